export const AUDIT_ACTION_LABEL: Record<string, string> = {
  "deal.created": "Deal created",
  "deal.updated": "Deal edited",
  "deal.archived": "Deal archived",
  "deal.restored": "Deal restored",
  "clause.updated": "Clause updated",
  "response.logged": "Vendor response logged",
};

export const AUDIT_ENTITY_LABEL: Record<string, string> = {
  Deal: "Deal",
  DealClause: "Clause",
  VendorResponse: "Vendor response",
  Review: "Review",
  RiskAcceptance: "Risk acceptance",
  DealRecommendation: "Process step",
};

/** The fields that differ between before and after, for a compact "what changed" view. */
export function changedFields(before: unknown, after: unknown): { field: string; from: unknown; to: unknown }[] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => k !== "version");
  return keys.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k])).map((k) => ({ field: k, from: b[k], to: a[k] }));
}

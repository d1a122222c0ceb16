import { AUDIT_ENTITY_LABEL, changedFields } from "./audit-labels";

const MAX_TEXT = 80;

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/** How a sign-in was made, as people read it: "password", or "SSO (<provider>)". */
export function signInMethodLabel(method: unknown): string {
  if (typeof method !== "string") return "unknown method";
  return method.startsWith("sso:") ? `SSO (${method.slice(4)})` : method;
}

/**
 * A compact account of one audit event for the log's "What" column: for a sign-in its method and
 * client address, for anything else the fields that changed, before → after (at most `max` lines).
 */
export function auditSummary(event: { action: string; before: unknown; after: unknown }, max = 4): { lines: string[]; more: number } {
  if (event.action.startsWith("signin.")) {
    const after = (event.after && typeof event.after === "object" ? event.after : {}) as Record<string, unknown>;
    const line = `${signInMethodLabel(after.method)} from ${show(after.ip)}${after.reason ? ` (${show(after.reason)})` : ""}`;
    return { lines: [line], more: 0 };
  }
  const changes = changedFields(event.before, event.after);
  const lines = changes.slice(0, max).map((c) => (event.before == null ? `${c.field}: ${show(c.to)}` : `${c.field}: ${show(c.from)} → ${show(c.to)}`));
  return { lines, more: Math.max(0, changes.length - max) };
}

export function auditEntityLabel(entityType: string): string {
  return AUDIT_ENTITY_LABEL[entityType] ?? entityType;
}

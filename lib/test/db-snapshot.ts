import { getDb } from "@/lib/db";

// A serialised copy of everything a deal or member mutation can touch in the given organisations, to prove a
// refused call wrote nothing: compare the snapshot before and after with toEqual.

function serialise(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? `${v}n` : v));
}

export async function snapshotOrgs(...organizationIds: string[]) {
  const db = getDb();
  const inOrgs = { organizationId: { in: organizationIds } };
  const [deals, dealClauses, vendorResponses, dealRecommendations, reviews, riskAcceptances, auditEvents, memberships, invitations, outboxMessages] =
    await Promise.all([
      db.deal.findMany({ where: inOrgs, orderBy: { id: "asc" } }),
      db.dealClause.findMany({ where: { deal: inOrgs }, orderBy: { id: "asc" } }),
      db.vendorResponse.findMany({ where: { deal: inOrgs }, orderBy: { id: "asc" } }),
      db.dealRecommendation.findMany({ where: { deal: inOrgs }, orderBy: { id: "asc" } }),
      db.review.findMany({ where: { deal: inOrgs }, orderBy: { id: "asc" } }),
      db.riskAcceptance.findMany({ where: { dealClause: { deal: inOrgs } }, orderBy: { id: "asc" } }),
      db.auditEvent.findMany({ where: inOrgs, orderBy: { id: "asc" } }),
      db.membership.findMany({ where: inOrgs, orderBy: { id: "asc" } }),
      db.invitation.findMany({ where: inOrgs, orderBy: { id: "asc" } }),
      db.outboxMessage.findMany({ where: inOrgs, orderBy: { id: "asc" } }),
    ]);
  return {
    Deal: serialise(deals),
    DealClause: serialise(dealClauses),
    VendorResponse: serialise(vendorResponses),
    DealRecommendation: serialise(dealRecommendations),
    Review: serialise(reviews),
    RiskAcceptance: serialise(riskAcceptances),
    AuditEvent: serialise(auditEvents),
    Membership: serialise(memberships),
    Invitation: serialise(invitations),
    OutboxMessage: serialise(outboxMessages),
    counts: { deals: deals.length, dealClauses: dealClauses.length, vendorResponses: vendorResponses.length, auditEvents: auditEvents.length },
  };
}

/**
 * Remembers the organisation's audit events now; `added()` returns the ones written since
 * (independent of timestamps, which can tie within a millisecond).
 */
export async function watchAudit(organizationId: string) {
  const db = getDb();
  const seen = new Set((await db.auditEvent.findMany({ where: { organizationId }, select: { id: true } })).map((e) => e.id));
  return {
    added: async () => (await db.auditEvent.findMany({ where: { organizationId }, orderBy: { createdAt: "asc" } })).filter((e) => !seen.has(e.id)),
  };
}

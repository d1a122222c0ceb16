import { getDb } from "@/lib/db";

// A serialised copy of everything a mutation can touch in the given organisations, to prove a
// refused call wrote nothing: compare the snapshot before and after with toEqual. Memberships are
// those of every member of the organisations, wherever they are: an organisation created by one of
// them shows as a new membership.

function serialise(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? `${v}n` : v));
}

export async function snapshotOrgs(...organizationIds: string[]) {
  const db = getDb();
  const inOrgs = { organizationId: { in: organizationIds } };
  const members = { memberships: { some: inOrgs } };
  const memberIds = (await db.user.findMany({ where: members, select: { id: true } })).map((u) => u.id);
  const [
    deals,
    dealClauses,
    vendorResponses,
    dealRecommendations,
    reviews,
    riskAcceptances,
    auditEvents,
    organizations,
    memberships,
    users,
    passwordResets,
    outbox,
    invitations,
    playbookDrafts,
    playbookVersions,
    dealSpecificClauses,
  ] = await Promise.all([
    db.deal.findMany({ where: inOrgs, orderBy: { id: "asc" } }),
    db.dealClause.findMany({ where: { deal: inOrgs }, orderBy: { id: "asc" } }),
    db.vendorResponse.findMany({ where: { deal: inOrgs }, orderBy: { id: "asc" } }),
    db.dealRecommendation.findMany({ where: { deal: inOrgs }, orderBy: { id: "asc" } }),
    db.review.findMany({ where: { deal: inOrgs }, orderBy: { id: "asc" } }),
    db.riskAcceptance.findMany({ where: { dealClause: { deal: inOrgs } }, orderBy: { id: "asc" } }),
    db.auditEvent.findMany({ where: inOrgs, orderBy: { id: "asc" } }),
    db.organization.findMany({ where: { id: { in: organizationIds } }, orderBy: { id: "asc" } }),
    // Every membership of the organisations' members (also in other organisations).
    db.membership.findMany({ where: { user: members }, orderBy: { id: "asc" } }),
    // The members' accounts; not their session version or `active` flag, which tests change on purpose and check themselves.
    db.user.findMany({ where: members, orderBy: { id: "asc" }, select: { id: true, email: true, name: true, passwordHash: true, passwordChangedAt: true } }),
    db.passwordResetToken.findMany({ where: { userId: { in: memberIds } }, orderBy: { id: "asc" } }),
    // The organisations' mail and their members' account mail (no organisation): which messages
    // exist and whether they failed, not the rest of their delivery state, which changes in the background.
    db.outboxMessage.findMany({
      where: { OR: [inOrgs, { organizationId: null, userId: { in: memberIds } }] },
      orderBy: { id: "asc" },
      select: { id: true, kind: true, toAddress: true, subject: true, organizationId: true, userId: true, status: true },
    }),
    db.invitation.findMany({ where: inOrgs, orderBy: { id: "asc" } }),
    db.playbookDraft.findMany({ where: inOrgs, orderBy: { organizationId: "asc" } }),
    // Every published version with its content (deal-specific clauses are a deal's, not the playbook's).
    db.playbook.findMany({
      where: inOrgs,
      orderBy: { id: "asc" },
      include: {
        layers: { orderBy: { id: "asc" } },
        clauses: {
          where: { dealId: null },
          orderBy: { id: "asc" },
          include: { scenarios: { orderBy: { scenarioId: "asc" } }, pitches: { orderBy: { pitchId: "asc" } } },
        },
        scenarios: { orderBy: { id: "asc" } },
        pitches: { orderBy: { id: "asc" } },
        recommendations: { orderBy: { id: "asc" } },
      },
    }),
    // Clauses added to one deal (a playbook upgrade moves them to the new version).
    db.clause.findMany({ where: { deal: inOrgs }, orderBy: { id: "asc" } }),
  ]);
  const drafts = await snapshotDrafts(organizationIds);
  return {
    Deal: serialise(deals),
    DealClause: serialise(dealClauses),
    VendorResponse: serialise(vendorResponses),
    DealRecommendation: serialise(dealRecommendations),
    Review: serialise(reviews),
    RiskAcceptance: serialise(riskAcceptances),
    AuditEvent: serialise(auditEvents),
    Organization: serialise(organizations),
    Membership: serialise(memberships),
    User: serialise(users),
    PasswordResetToken: serialise(passwordResets),
    OutboxMessage: serialise(outbox.map(({ status, ...message }) => ({ ...message, failed: status === "FAILED" }))),
    Invitation: serialise(invitations),
    PlaybookDraft: serialise(playbookDrafts),
    Playbook: serialise(playbookVersions),
    DealSpecificClause: serialise(dealSpecificClauses),
    ...drafts,
    counts: { deals: deals.length, dealClauses: dealClauses.length, vendorResponses: vendorResponses.length, auditEvents: auditEvents.length },
  };
}

/** The vendor drafts of the organisations: rounds, their review (passages, mappings, flags) and a digest of each file's bytes. */
async function snapshotDrafts(organizationIds: string[]) {
  const db = getDb();
  const inDrafts = { draft: { organizationId: { in: organizationIds } } };
  const [drafts, passages, mappings, flags, files] = await Promise.all([
    db.dealDraft.findMany({ where: { organizationId: { in: organizationIds } }, orderBy: { id: "asc" } }),
    db.draftPassage.findMany({ where: inDrafts, orderBy: { id: "asc" } }),
    db.draftPassageClause.findMany({ where: { passage: inDrafts }, orderBy: { id: "asc" } }),
    db.draftFlag.findMany({ where: { passage: inDrafts }, orderBy: { id: "asc" } }),
    // The bytes may be megabytes: PostgreSQL digests them, only the digest is compared.
    db.$queryRaw<{ draftId: string; digest: string }[]>`
      SELECT f."draftId", md5(f."bytes") AS digest FROM "DealDraftFile" f JOIN "DealDraft" d ON d."id" = f."draftId"
      WHERE d."organizationId" = ANY(${organizationIds}) ORDER BY f."draftId"`,
  ]);
  return {
    DealDraft: serialise(drafts),
    DraftPassage: serialise(passages),
    DraftPassageClause: serialise(mappings),
    DraftFlag: serialise(flags),
    DealDraftFile: serialise(files),
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

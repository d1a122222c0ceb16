import { getDb } from "@/lib/db";

// A fingerprint of everything a mutation can touch in the given organisations, to prove a refused
// call wrote nothing: compare the snapshot before and after with toEqual. Each table's rows (every
// column, via PostgreSQL's row-to-text) are hashed in the database in one query, so a snapshot costs
// one round trip whatever the data (the authorization matrix and the bad-input suite take two per
// case). Memberships are those of every member of the organisations, wherever they are: an
// organisation created by one of them shows as a new membership.

/** Each entry: the table's name in the snapshot → the SQL that hashes its rows ($1 = the organisation ids). */
const DEALS = `SELECT "id" FROM "Deal" WHERE "organizationId" = ANY($1)`;
const MEMBERS = `SELECT DISTINCT "userId" FROM "Membership" WHERE "organizationId" = ANY($1)`;
const PLAYBOOKS = `SELECT "id" FROM "Playbook" WHERE "organizationId" = ANY($1)`;
const PLAYBOOK_CLAUSES = `SELECT "id" FROM "Clause" WHERE "playbookId" IN (${PLAYBOOKS}) AND "dealId" IS NULL`;
const DRAFTS = `SELECT "id" FROM "DealDraft" WHERE "organizationId" = ANY($1)`;
const PASSAGES = `SELECT "id" FROM "DraftPassage" WHERE "draftId" IN (${DRAFTS})`;

const hashOf = (table: string, where: string, order: string, row = "t") =>
  `(SELECT md5(coalesce(string_agg((${row})::text, E'\\n' ORDER BY ${order}), '')) FROM "${table}" t WHERE ${where})`;

const TABLES = {
  Deal: hashOf("Deal", `t."organizationId" = ANY($1)`, `t."id"`),
  DealClause: hashOf("DealClause", `t."dealId" IN (${DEALS})`, `t."id"`),
  VendorResponse: hashOf("VendorResponse", `t."dealId" IN (${DEALS})`, `t."id"`),
  DealRecommendation: hashOf("DealRecommendation", `t."dealId" IN (${DEALS})`, `t."id"`),
  Review: hashOf("Review", `t."dealId" IN (${DEALS})`, `t."id"`),
  RiskAcceptance: hashOf("RiskAcceptance", `t."dealId" IN (${DEALS})`, `t."id"`),
  LicenceFindingAcceptance: hashOf("LicenceFindingAcceptance", `t."dealId" IN (${DEALS})`, `t."id"`),
  AuditEvent: hashOf("AuditEvent", `t."organizationId" = ANY($1)`, `t."id"`),
  Organization: hashOf("Organization", `t."id" = ANY($1)`, `t."id"`),
  // Every membership of the organisations' members (also in other organisations).
  Membership: hashOf("Membership", `t."userId" IN (${MEMBERS})`, `t."id"`),
  // The members' accounts; not their session version or `active` flag, which tests change on purpose and check themselves.
  User: hashOf("User", `t."id" IN (${MEMBERS})`, `t."id"`, `t."id", t."email", t."name", t."passwordHash", t."passwordChangedAt"`),
  PasswordResetToken: hashOf("PasswordResetToken", `t."userId" IN (${MEMBERS})`, `t."id"`),
  // The organisations' mail and their members' account mail (no organisation): which messages exist
  // and whether they failed, not the rest of their delivery state, which changes in the background.
  OutboxMessage: hashOf(
    "OutboxMessage",
    `(t."organizationId" = ANY($1) OR (t."organizationId" IS NULL AND t."userId" IN (${MEMBERS})))`,
    `t."id"`,
    `t."id", t."kind", t."toAddress", t."subject", t."organizationId", t."userId", t."status" = 'FAILED'`,
  ),
  Invitation: hashOf("Invitation", `t."organizationId" = ANY($1)`, `t."id"`),
  PlaybookDraft: hashOf("PlaybookDraft", `t."organizationId" = ANY($1)`, `t."organizationId"`),
  // Every published version with its content (deal-specific clauses are a deal's, not the playbook's), as one hash.
  Playbook: `md5(concat(${[
    hashOf("Playbook", `t."organizationId" = ANY($1)`, `t."id"`),
    hashOf("Layer", `t."playbookId" IN (${PLAYBOOKS})`, `t."id"`),
    hashOf("Clause", `t."id" IN (${PLAYBOOK_CLAUSES})`, `t."id"`),
    hashOf("ScenarioClause", `t."clauseId" IN (${PLAYBOOK_CLAUSES})`, `t."scenarioId", t."clauseId"`),
    hashOf("ClausePitch", `t."clauseId" IN (${PLAYBOOK_CLAUSES})`, `t."clauseId", t."pitchId"`),
    hashOf("Scenario", `t."playbookId" IN (${PLAYBOOKS})`, `t."id"`),
    hashOf("Pitch", `t."playbookId" IN (${PLAYBOOKS})`, `t."id"`),
    hashOf("Recommendation", `t."playbookId" IN (${PLAYBOOKS})`, `t."id"`),
  ].join(", ")}))`,
  // Clauses added to one deal (a playbook upgrade moves them to the new version).
  DealSpecificClause: hashOf("Clause", `t."dealId" IN (${DEALS})`, `t."id"`),
  // Vendor drafts: the rounds, their files (hashed by content), passages, mappings, flags and the responses' links.
  DealDraft: hashOf("DealDraft", `t."organizationId" = ANY($1)`, `t."id"`),
  DealDraftFile: hashOf("DealDraftFile", `t."draftId" IN (${DRAFTS})`, `t."draftId"`, `t."draftId", md5(t."bytes")`),
  DraftPassage: hashOf("DraftPassage", `t."id" IN (${PASSAGES})`, `t."id"`),
  DraftPassageClause: hashOf("DraftPassageClause", `t."passageId" IN (${PASSAGES})`, `t."id"`),
  DraftFlag: hashOf("DraftFlag", `t."passageId" IN (${PASSAGES})`, `t."id"`),
  ResponsePassage: hashOf("ResponsePassage", `t."passageId" IN (${PASSAGES})`, `t."responseId", t."passageId"`),
  // Teamwork: submissions, the clause discussions, notifications and the members' choices of delivery.
  DealSubmission: hashOf("DealSubmission", `t."dealId" IN (${DEALS})`, `t."id"`),
  ClauseComment: hashOf("ClauseComment", `t."dealId" IN (${DEALS})`, `t."id"`),
  Notification: hashOf("Notification", `t."organizationId" = ANY($1)`, `t."id"`),
  NotificationPreference: hashOf("NotificationPreference", `t."userId" IN (${MEMBERS})`, `t."userId", t."kind"`),
  // Model assets and escrow (issue 16).
  Deliverable: hashOf("Deliverable", `t."dealId" IN (${DEALS})`, `t."id"`),
  DeliverableVerification: hashOf("DeliverableVerification", `t."deliverableId" IN (SELECT "id" FROM "Deliverable" WHERE "dealId" IN (${DEALS}))`, `t."id"`),
  ManifestImport: hashOf("ManifestImport", `t."dealId" IN (${DEALS})`, `t."id"`),
  EscrowArrangement: hashOf("EscrowArrangement", `t."dealId" IN (${DEALS})`, `t."id"`),
  EscrowDeposit: hashOf("EscrowDeposit", `t."dealId" IN (${DEALS})`, `t."id"`),
  // Vendors as records and the merge proposals between them.
  Vendor: hashOf("Vendor", `t."organizationId" = ANY($1)`, `t."id"`),
  VendorMergeProposal: hashOf("VendorMergeProposal", `t."organizationId" = ANY($1)`, `t."id"`),
  // The public API (issue 17): tokens (not their last use, nor the log of uses: a refused call made with a
  // token is still a use), idempotency records, webhooks and their deliveries.
  ApiToken: hashOf(
    "ApiToken",
    `t."organizationId" = ANY($1)`,
    `t."id"`,
    `t."id", t."kind", t."ownerId", t."name", t."tokenHash", t."scopes", t."expiresAt", t."revokedAt", t."revokedById"`,
  ),
  IdempotencyKey: hashOf("IdempotencyKey", `t."organizationId" = ANY($1)`, `t."id"`),
  Webhook: hashOf("Webhook", `t."organizationId" = ANY($1)`, `t."id"`),
  // Which deliveries exist, not their delivery state (attempts, status), which changes in the background as for mail.
  WebhookDelivery: hashOf("WebhookDelivery", `t."organizationId" = ANY($1)`, `t."id"`, `t."id", t."webhookId", t."eventId", t."eventType", t."payload"`),
} satisfies Record<string, string>;

const COUNTS = {
  deals: `(SELECT count(*)::int FROM "Deal" WHERE "organizationId" = ANY($1))`,
  dealClauses: `(SELECT count(*)::int FROM "DealClause" WHERE "dealId" IN (${DEALS}))`,
  vendorResponses: `(SELECT count(*)::int FROM "VendorResponse" WHERE "dealId" IN (${DEALS}))`,
  auditEvents: `(SELECT count(*)::int FROM "AuditEvent" WHERE "organizationId" = ANY($1))`,
};

const SNAPSHOT_SQL = `SELECT ${[...Object.entries(TABLES), ...Object.entries(COUNTS)].map(([name, sql]) => `${sql} AS "${name}"`).join(",\n")}`;

export async function snapshotOrgs(...organizationIds: string[]) {
  const [row] = await getDb().$queryRawUnsafe<Record<string, string | number>[]>(SNAPSHOT_SQL, organizationIds);
  const tables = Object.fromEntries(Object.keys(TABLES).map((name) => [name, row[name] as string])) as Record<keyof typeof TABLES, string>;
  const counts = Object.fromEntries(Object.keys(COUNTS).map((name) => [name, row[name] as number])) as Record<keyof typeof COUNTS, number>;
  return { ...tables, counts };
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

import pg from "pg";

// Direct reads of the e2e database (DATABASE_URL, the one `next start` uses): ids to attack with, a
// fingerprint of the tables an attack could change, and the organisation tallies against a recount.

export function connect(): pg.Client {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (scripts/test-all.mjs sets it for Playwright)");
  return new pg.Client({ connectionString: url });
}

/** Not in the fingerprint: sign-in attempts and rate-limit hits are written by refused calls on purpose. */
const WATCHED_TABLES = [
  "Organization",
  "User",
  "Membership",
  "Deal",
  "Vendor",
  "VendorMergeProposal",
  "DealClause",
  "DealRecommendation",
  // Deal-specific clauses move to a new playbook version when a deal is upgraded.
  "Clause",
  "VendorResponse",
  "Review",
  "RiskAcceptance",
  "AuditEvent",
  "Invitation",
  "OutboxMessage",
  "PortfolioTally",
  "PushbackTally",
  "PitchTally",
  "Playbook",
  "PlaybookDraft",
  "ScenarioTally",
  // Vendor drafts: a review version, and counter wording on passages.
  "DealDraft",
  "DraftPassage",
  // Vendor drafts (the file bytes are covered by DealDraft.sha256).
  "DealDraft",
  "DraftPassage",
  "DraftPassageClause",
  "DraftFlag",
  // Teamwork: the inbox, each person's choices of delivery, clause comments.
  "Notification",
  "NotificationPreference",
  "ClauseComment",
  // Model assets and escrow (issue 16).
  "Deliverable",
  "DeliverableVerification",
  "ManifestImport",
  "EscrowArrangement",
  "EscrowDeposit",
  // The public API (issue 17): tokens (a refused create or revoke must leave them as they were).
  "ApiToken",
] as const;

/**
 * Row count and a checksum of every row of each watched table, in one query (one snapshot).
 * `ignore` leaves columns out ({ User: ["sessionVersion", "updatedAt"] } when a test signs out).
 */
export async function fingerprint(
  db: pg.Client,
  ignore: Partial<Record<(typeof WATCHED_TABLES)[number], string[]>> = {},
  /** Rows left out per table, as an SQL condition on its alias `t` (e.g. the events a sign-in writes on purpose). */
  skip: Partial<Record<(typeof WATCHED_TABLES)[number], string>> = {},
): Promise<Record<string, string>> {
  const sql = WATCHED_TABLES.map((table) => {
    const row = (ignore[table] ?? []).reduce((expr, column) => `${expr} - '${column}'`, "to_jsonb(t)");
    const where = skip[table] ? ` WHERE NOT (${skip[table]})` : "";
    return `SELECT '${table}' AS "table", count(*)::text || ':' || md5(coalesce(string_agg((${row})::text, '|' ORDER BY (${row})::text), '')) AS "print" FROM "${table}" t${where}`;
  }).join(" UNION ALL ");
  const { rows } = await db.query<{ table: string; print: string }>(sql);
  return Object.fromEntries(rows.map((r) => [r.table, r.print]));
}

export interface OrgFixture {
  orgId: string;
  /** Organization.version: what the settings form sends. */
  orgVersion: number;
  dealId: string;
  dealVersion: number;
  dealName: string;
  dealClauseId: string;
  clauseVersion: number;
  dealRecommendationId: string;
  /** A risk acceptance of the deal, or a well-formed id that names none. */
  riskAcceptanceId: string;
  layer: string;
  /** A member who may own deals (for a well-formed createDeal input). */
  ownerId: string;
  /** The membership of a viewer of the organisation (for the member actions). */
  membershipId: string;
  /** The deal's first vendor draft round (one is added when it has none), its version, and its first passage. */
  draftId: string;
  draftVersion: number;
  passageId: string;
  /** A notification of the organisation (of whoever), or a well-formed id that names none. */
  notificationId: string;
  /** The deal's vendor record, another vendor of the organisation, and a pending merge proposal (or a well-formed id that names none). */
  vendorId: string;
  otherVendorId: string;
  proposalId: string;
  /** A webhook of the organisation (the demo seeds one) and one of its deliveries, or well-formed ids that name none. */
  webhookId: string;
  webhookDeliveryId: string;
}

/** The newest live deal of the organisation with a clause, a process step and a layer to point at. */
export async function orgFixture(db: pg.Client, slug: string): Promise<OrgFixture> {
  const { rows } = await db.query(
    `SELECT o."id" AS "orgId", o."version" AS "orgVersion", d."id" AS "dealId", d."version" AS "dealVersion", d."name" AS "dealName",
            (SELECT c."id" FROM "DealClause" c WHERE c."dealId" = d."id" ORDER BY c."id" LIMIT 1) AS "dealClauseId",
            (SELECT c."version" FROM "DealClause" c WHERE c."dealId" = d."id" ORDER BY c."id" LIMIT 1) AS "clauseVersion",
            (SELECT r."id" FROM "DealRecommendation" r WHERE r."dealId" = d."id" ORDER BY r."id" LIMIT 1) AS "dealRecommendationId",
            coalesce((SELECT a."id" FROM "RiskAcceptance" a WHERE a."dealId" = d."id" ORDER BY a."id" LIMIT 1), 'cnoriskacceptance0000000') AS "riskAcceptanceId",
            (SELECT l."key" FROM "Layer" l WHERE l."playbookId" = d."playbookId" ORDER BY l."position" LIMIT 1) AS "layer",
            (SELECT m."userId" FROM "Membership" m WHERE m."organizationId" = o."id" AND m."role" IN ('ADMIN', 'NEGOTIATOR') ORDER BY m."id" LIMIT 1) AS "ownerId",
            (SELECT m."id" FROM "Membership" m WHERE m."organizationId" = o."id" AND m."role" = 'VIEWER' ORDER BY m."id" LIMIT 1) AS "membershipId",
            coalesce((SELECT n."id" FROM "Notification" n WHERE n."organizationId" = o."id" ORDER BY n."id" LIMIT 1), 'cnonotification0000000000') AS "notificationId",
            d."vendorId",
            coalesce((SELECT v."id" FROM "Vendor" v WHERE v."organizationId" = o."id" AND v."id" <> d."vendorId" ORDER BY v."id" LIMIT 1), 'cnovendor0000000000000000') AS "otherVendorId",
            coalesce((SELECT p."id" FROM "VendorMergeProposal" p WHERE p."organizationId" = o."id" AND p."status" = 'PENDING' ORDER BY p."id" LIMIT 1), 'cnoproposal00000000000000') AS "proposalId",
            coalesce((SELECT w."id" FROM "Webhook" w WHERE w."organizationId" = o."id" ORDER BY w."createdAt", w."id" LIMIT 1), 'cnowebhook000000000000000') AS "webhookId",
            coalesce((SELECT x."id" FROM "WebhookDelivery" x WHERE x."organizationId" = o."id" ORDER BY x."createdAt", x."id" LIMIT 1), 'cnowebhookdelivery0000000') AS "webhookDeliveryId"
     FROM "Organization" o JOIN "Deal" d ON d."organizationId" = o."id"
     WHERE o."slug" = $1 AND d."archivedAt" IS NULL
       -- A name no other organisation uses: finding it in an answer means this deal leaked.
       AND NOT EXISTS (SELECT 1 FROM "Deal" x WHERE x."name" = d."name" AND x."organizationId" <> d."organizationId")
     ORDER BY d."createdAt" DESC, d."id" LIMIT 1`,
    [slug],
  );
  if (!rows[0]) throw new Error(`No live deal in organisation ${slug}: is the e2e database seeded?`);
  return { ...rows[0], ...(await dealDraft(db, rows[0].dealId, rows[0].ownerId)) } as OrgFixture;
}

/**
 * The deal's first draft round and its first passage. The demo data has no drafts: when the deal has
 * none, one pasted round of one passage is written here (the smallest draft the pages and actions read).
 */
async function dealDraft(db: pg.Client, dealId: string, createdById: string): Promise<Pick<OrgFixture, "draftId" | "draftVersion" | "passageId">> {
  const find = () =>
    db.query(
      `SELECT dd."id" AS "draftId", dd."version" AS "draftVersion", p."id" AS "passageId"
       FROM "DealDraft" dd JOIN "DraftPassage" p ON p."draftId" = dd."id" AND p."ordinal" = 0
       WHERE dd."dealId" = $1 ORDER BY dd."round" LIMIT 1`,
      [dealId],
    );
  const found = await find();
  if (found.rows[0]) return found.rows[0];
  const text = "4.1 The Supplier shall not be required to deposit the model weights with any escrow agent.";
  const draftId = `httpdraft${dealId.slice(-12)}`;
  await db.query(
    `INSERT INTO "DealDraft" ("id", "organizationId", "dealId", "round", "title", "source", "receivedOn", "sha256", "text", "wordCount", "playbookId", "createdById")
     SELECT $1, d."organizationId", d."id", 1, 'Vendor draft (HTTP fixture)', 'TEXT', DATE '2026-11-20', md5($2) || md5($2), $2, 16, d."playbookId", $3
     FROM "Deal" d WHERE d."id" = $4 ON CONFLICT DO NOTHING`,
    [draftId, text, createdById, dealId],
  );
  await db.query(
    `INSERT INTO "DraftPassage" ("id", "draftId", "ordinal", "number", "kind", "text") VALUES ($1, $2, 0, '4.1', 'paragraph', $3) ON CONFLICT DO NOTHING`,
    [`${draftId}p0`, draftId, text],
  );
  // Kept like a pasted round's text (the original's download serves it), with its real checksum.
  await db.query(`INSERT INTO "DealDraftFile" ("draftId", "bytes") VALUES ($1, convert_to($2, 'UTF8')) ON CONFLICT DO NOTHING`, [draftId, text]);
  await db.query(`UPDATE "DealDraft" SET "sha256" = encode(sha256(convert_to($2, 'UTF8')), 'hex') WHERE "id" = $1`, [draftId, text]);
  return (await find()).rows[0];
}

/** Ids of a deal's newest vendor draft to attack with; well-formed ids that name nothing when it has none. */
export interface DraftFixture {
  draftId: string;
  draftVersion: number;
  passageId: string;
  mappingId: string;
  flagId: string;
}

export async function draftFixture(db: pg.Client, dealId: string): Promise<DraftFixture> {
  const { rows } = await db.query(
    `SELECT dd."id" AS "draftId", dd."version" AS "draftVersion",
            (SELECT p."id" FROM "DraftPassage" p WHERE p."draftId" = dd."id" ORDER BY p."ordinal" LIMIT 1) AS "passageId",
            (SELECT m."id" FROM "DraftPassageClause" m JOIN "DraftPassage" p ON p."id" = m."passageId" WHERE p."draftId" = dd."id" ORDER BY m."id" LIMIT 1) AS "mappingId",
            (SELECT f."id" FROM "DraftFlag" f JOIN "DraftPassage" p ON p."id" = f."passageId" WHERE p."draftId" = dd."id" ORDER BY f."id" LIMIT 1) AS "flagId"
     FROM "DealDraft" dd WHERE dd."dealId" = $1 ORDER BY dd."round" DESC LIMIT 1`,
    [dealId],
  );
  const none = "cnosuchdraftthing00000000";
  const row = rows[0] ?? {};
  return {
    draftId: row.draftId ?? none,
    draftVersion: row.draftVersion ?? 1,
    passageId: row.passageId ?? none,
    mappingId: row.mappingId ?? none,
    flagId: row.flagId ?? none,
  };
}

/**
 * The organisation's tallies as stored and as dp_rebuild_portfolio_tallies recounts them from the
 * rows (prisma/sql/portfolio-tallies.sql), in a transaction that is rolled back: the two must be equal.
 */
export async function talliesAndRecount(db: pg.Client, orgId: string): Promise<{ stored: unknown; recounted: unknown }> {
  const read = async () => {
    const { rows } = await db.query(
      `SELECT
         (SELECT coalesce(json_agg(t ORDER BY t::text), '[]') FROM "PortfolioTally" t
           WHERE t."organizationId" = $1 AND (t."deals" <> 0 OR t."valueMinor" <> 0)) AS "portfolio",
         (SELECT coalesce(json_agg(t ORDER BY t::text), '[]') FROM "ScenarioTally" t
           WHERE t."organizationId" = $1 AND (t."deals" <> 0 OR t."covered" <> 0)) AS "scenarios",
         (SELECT coalesce(json_agg(t ORDER BY t::text), '[]') FROM "PushbackTally" t
           WHERE t."organizationId" = $1 AND (t."counters" <> 0 OR t."rejects" <> 0 OR t."deals" <> 0)) AS "pushback",
         (SELECT coalesce(json_agg(t ORDER BY t::text), '[]') FROM "PitchTally" t WHERE t."organizationId" = $1 AND t."count" <> 0) AS "pitches",
         (SELECT coalesce(json_agg(json_build_array(d."id", d."pushbackTally", d."pitchTally") ORDER BY d."id"), '[]') FROM "Deal" d WHERE d."organizationId" = $1) AS "deals"`,
      [orgId],
    );
    return rows[0];
  };
  await db.query("BEGIN");
  try {
    const stored = await read();
    await db.query(`SELECT "dp_rebuild_portfolio_tallies"($1)`, [orgId]);
    const recounted = await read();
    return { stored, recounted };
  } finally {
    await db.query("ROLLBACK");
  }
}

/** Well-formed, never a draft: what a fixture without a draft puts in [draftId]. */
export const NO_SUCH_DRAFT = "cnosuchdraft0000000000000";

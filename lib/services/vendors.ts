import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { ClauseStatus, DealStage, OfferPosition } from "@/lib/domain/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/errors";
import { requirePermission } from "./access";
import type { MoneyByCurrency } from "./portfolio";

// Reading vendors: the list, a vendor's page (its memory across deals) and the leverage a clause page
// cites. Every read is scoped to the actor's organisation (another organisation's vendor is not
// found) and runs a fixed number of statements whatever the number of deals. Changes to vendors
// (rename, merge, proposals) are in vendor-merges.ts.

export interface VendorListItemDto {
  id: string;
  name: string;
  liveDeals: number;
  totalDeals: number;
  /** Contract value of the live (not archived) deals, per currency. */
  value: MoneyByCurrency;
  /** Contract value of the live deals with no secured route to the model. */
  exposedValue: MoneyByCurrency;
  /** The latest change to any of its deals (null: no deals). */
  lastActivity: string | null;
}

interface TotalsRow {
  id: string;
  name: string;
  currency: string | null;
  live: number;
  total: number;
  value: string;
  exposed: string;
  last: Date | null;
}

function totalsSql(organizationId: string, vendorId?: string) {
  return Prisma.sql`
    SELECT v."id", v."name", d."currency",
           count(d."id") FILTER (WHERE d."archivedAt" IS NULL)::int AS live,
           count(d."id")::int AS total,
           coalesce(sum(d."contractValueMinor") FILTER (WHERE d."archivedAt" IS NULL), 0)::text AS value,
           coalesce(sum(d."contractValueMinor") FILTER (WHERE d."archivedAt" IS NULL AND d."lockInExposed"), 0)::text AS exposed,
           max(d."updatedAt") AS last
    FROM "Vendor" v LEFT JOIN "Deal" d ON d."vendorId" = v."id" AND d."organizationId" = v."organizationId"
    WHERE v."organizationId" = ${organizationId} ${vendorId ? Prisma.sql`AND v."id" = ${vendorId}` : Prisma.empty}
    GROUP BY v."id", v."name", d."currency"
    ORDER BY v."name", v."id"`;
}

/** Rows per (vendor, currency) folded into one item per vendor, in name order. */
function foldTotals(rows: TotalsRow[]): VendorListItemDto[] {
  const items = new Map<string, VendorListItemDto>();
  for (const row of rows) {
    const item = items.get(row.id) ?? { id: row.id, name: row.name, liveDeals: 0, totalDeals: 0, value: {}, exposedValue: {}, lastActivity: null };
    item.liveDeals += row.live;
    item.totalDeals += row.total;
    if (row.currency && row.value !== "0") item.value[row.currency] = row.value;
    if (row.currency && row.exposed !== "0") item.exposedValue[row.currency] = row.exposed;
    const last = row.last?.toISOString() ?? null;
    if (last && (!item.lastActivity || last > item.lastActivity)) item.lastActivity = last;
    items.set(row.id, item);
  }
  return [...items.values()];
}

/** The organisation's vendors with their deals and values (one statement). */
export async function listVendors(actor: Actor): Promise<VendorListItemDto[]> {
  requirePermission(actor, "vendor:read");
  return foldTotals(await getDb().$queryRaw<TotalsRow[]>(totalsSql(actor.organizationId)));
}

/** Names for the deal form's vendor picker, with how many deals each has (one statement). */
export async function listVendorOptions(actor: Actor): Promise<{ id: string; name: string; deals: number }[]> {
  requirePermission(actor, "deal:read");
  return getDb().$queryRaw`
    SELECT v."id", v."name", (SELECT count(*) FROM "Deal" d WHERE d."vendorId" = v."id")::int AS deals
    FROM "Vendor" v WHERE v."organizationId" = ${actor.organizationId} ORDER BY v."name", v."id" LIMIT 2000`;
}

export interface VendorDealDto {
  id: string;
  name: string;
  stage: DealStage;
  readinessScore: number;
  readinessReady: boolean;
  archived: boolean;
  lockInExposed: boolean;
  contractValueMinor: string;
  currency: string;
  updatedAt: string;
}

/** A clause the vendor settled on a deal: our must-have met or our fallback accepted, with the agreed words. */
export interface ConcessionDto {
  dealId: string;
  dealName: string;
  dealClauseId: string;
  archived: boolean;
  status: Extract<ClauseStatus, "MUST_HAVE_MET" | "FALLBACK_ACCEPTED">;
  agreedLanguage: string;
  contractReference: string;
  settledAt: string;
}

/** A vendor response that accepted, in the vendor's own words. */
export interface AcceptanceDto {
  id: string;
  dealId: string;
  dealName: string;
  dealClauseId: string;
  offerPosition: OfferPosition;
  vendorText: string;
  occurredOn: string;
}

export interface VendorClauseMemoryDto {
  clauseKey: string;
  title: string;
  concessions: ConcessionDto[];
  acceptances: AcceptanceDto[];
}

export interface VendorPageDto {
  vendor: VendorListItemDto & { version: number; createdAt: string };
  /** Newest first; at most VENDOR_PAGE_DEALS (totals above count them all). */
  deals: VendorDealDto[];
  /** Per playbook clause key: those with words to quote first, then in title order. */
  clauses: VendorClauseMemoryDto[];
  /** Pitches recognised in its words over all its deals, most used first. */
  pitches: { pitchKey: string; quote: string; count: number; deals: number }[];
  /** Counters and rejections per clause over all its deals, most first. */
  pushback: { clauseKey: string; title: string; counters: number; rejects: number; deals: number }[];
}

export const VENDOR_PAGE_DEALS = 200;
/** Concessions and acceptances read per page: the newest, enough for any real vendor. */
const MEMORY_LIMIT = 500;

interface MemoryRow {
  kind: "concession" | "acceptance";
  id: string;
  clauseKey: string;
  title: string;
  dealId: string;
  dealName: string;
  dealClauseId: string;
  archived: boolean;
  status: string;
  text: string;
  contractReference: string;
  at: Date;
}

/**
 * A vendor's page: totals, deals, what it conceded on each clause (settled clauses with the agreed
 * language, and responses that accepted), the pitches it used and where it pushed back — over all
 * its deals, archived ones included (what a vendor conceded stays on record). Five statements.
 */
export async function getVendorPage(actor: Actor, vendorId: string): Promise<VendorPageDto> {
  requirePermission(actor, "vendor:read");
  const db = getDb();
  const org = actor.organizationId;
  const [record] = await db.$queryRaw<{ id: string; version: number; createdAt: Date }[]>`
    SELECT "id", "version", "createdAt" FROM "Vendor" WHERE "id" = ${vendorId} AND "organizationId" = ${org}`;
  if (!record) throw notFound("The vendor");
  const [totals, deals, memory, tallies] = await Promise.all([
    db.$queryRaw<TotalsRow[]>(totalsSql(org, vendorId)),
    db.$queryRaw<
      (Omit<VendorDealDto, "archived" | "updatedAt" | "contractValueMinor"> & { archivedAt: Date | null; updatedAt: Date; contractValueMinor: bigint })[]
    >`
      SELECT d."id", d."name", d."stage"::text AS stage, d."readinessScore", d."readinessReady", d."archivedAt", d."lockInExposed", d."contractValueMinor",
             d."currency", d."updatedAt"
      FROM "Deal" d WHERE d."vendorId" = ${vendorId} AND d."organizationId" = ${org}
      ORDER BY (d."archivedAt" IS NOT NULL), d."updatedAt" DESC, d."id" LIMIT ${VENDOR_PAGE_DEALS}`,
    db.$queryRaw<MemoryRow[]>`
      (SELECT 'concession' AS kind, dc."id", c."key" AS "clauseKey", c."title", d."id" AS "dealId", d."name" AS "dealName", dc."id" AS "dealClauseId",
              d."archivedAt" IS NOT NULL AS archived, dc."status"::text AS status, dc."agreedLanguage" AS text, dc."contractReference", dc."updatedAt" AS at
       FROM "Deal" d JOIN "DealClause" dc ON dc."dealId" = d."id" JOIN "Clause" c ON c."id" = dc."clauseId"
       WHERE d."vendorId" = ${vendorId} AND d."organizationId" = ${org} AND dc."retiredAt" IS NULL AND dc."status" IN ('MUST_HAVE_MET', 'FALLBACK_ACCEPTED')
       ORDER BY dc."updatedAt" DESC LIMIT ${MEMORY_LIMIT})
      UNION ALL
      (SELECT 'acceptance', vr."id", c."key", c."title", d."id", d."name", vr."dealClauseId", d."archivedAt" IS NOT NULL, vr."offerPosition"::text, vr."vendorText", '',
              vr."occurredOn"
       FROM "Deal" d JOIN "VendorResponse" vr ON vr."dealId" = d."id" AND vr."stance" = 'ACCEPTS'
       JOIN "DealClause" dc ON dc."id" = vr."dealClauseId" JOIN "Clause" c ON c."id" = dc."clauseId"
       WHERE d."vendorId" = ${vendorId} AND d."organizationId" = ${org}
       ORDER BY vr."occurredOn" DESC, vr."createdAt" DESC LIMIT ${MEMORY_LIMIT})`,
    db.$queryRaw<{ kind: "pushback" | "pitch"; key: string; title: string | null; a: number; b: number; deals: number }[]>`
      WITH vendor_deals AS (
        SELECT d."pushbackTally", d."pitchTally" FROM "Deal" d WHERE d."vendorId" = ${vendorId} AND d."organizationId" = ${org}
      ), clause_titles AS (
        -- Titles from the current playbook, or the latest version that has the key.
        SELECT DISTINCT ON (c."key") c."key", c."title" FROM "Clause" c JOIN "Playbook" pb ON pb."id" = c."playbookId"
        WHERE pb."organizationId" = ${org} AND c."dealId" IS NULL ORDER BY c."key", pb."isCurrent" DESC, pb."version" DESC
      ), pitch_quotes AS (
        SELECT DISTINCT ON (pi."key") pi."key", pi."quote" FROM "Pitch" pi JOIN "Playbook" pb ON pb."id" = pi."playbookId"
        WHERE pb."organizationId" = ${org} ORDER BY pi."key", pb."isCurrent" DESC, pb."version" DESC
      )
      SELECT 'pushback' AS kind, p.key, min(t."title") AS title, sum((p.value->>'counters')::int)::int AS a, sum((p.value->>'rejects')::int)::int AS b,
             count(*)::int AS deals
      FROM vendor_deals d CROSS JOIN LATERAL jsonb_each(d."pushbackTally") p LEFT JOIN clause_titles t ON t."key" = p.key GROUP BY p.key
      UNION ALL
      SELECT 'pitch', p.key, min(q."quote"), sum(p.value::int)::int, 0, count(*)::int
      FROM vendor_deals d CROSS JOIN LATERAL jsonb_each_text(d."pitchTally") p LEFT JOIN pitch_quotes q ON q."key" = p.key GROUP BY p.key`,
  ]);
  const [vendor] = foldTotals(totals);
  return {
    vendor: { ...vendor, version: record.version, createdAt: record.createdAt.toISOString() },
    deals: deals.map(({ archivedAt, updatedAt, contractValueMinor, ...d }) => ({
      ...d,
      archived: archivedAt !== null,
      contractValueMinor: contractValueMinor.toString(),
      updatedAt: updatedAt.toISOString(),
    })),
    clauses: clauseMemory(memory),
    pitches: tallies
      .filter((t) => t.kind === "pitch" && t.a > 0)
      .map((t) => ({ pitchKey: t.key, quote: t.title ?? t.key, count: t.a, deals: t.deals }))
      .sort((x, y) => y.count - x.count || (x.pitchKey < y.pitchKey ? -1 : 1)),
    pushback: tallies
      .filter((t) => t.kind === "pushback" && t.a + t.b > 0)
      .map((t) => ({ clauseKey: t.key, title: t.title ?? t.key, counters: t.a, rejects: t.b, deals: t.deals }))
      .sort((x, y) => y.counters + y.rejects - (x.counters + x.rejects) || (x.title < y.title ? -1 : 1)),
  };
}

function clauseMemory(rows: MemoryRow[]): VendorClauseMemoryDto[] {
  const byKey = new Map<string, VendorClauseMemoryDto>();
  for (const row of rows) {
    const entry = byKey.get(row.clauseKey) ?? { clauseKey: row.clauseKey, title: row.title, concessions: [], acceptances: [] };
    if (row.kind === "concession") {
      entry.concessions.push({
        dealId: row.dealId,
        dealName: row.dealName,
        dealClauseId: row.dealClauseId,
        archived: row.archived,
        status: row.status as ConcessionDto["status"],
        agreedLanguage: row.text,
        contractReference: row.contractReference,
        settledAt: row.at.toISOString(),
      });
    } else {
      entry.acceptances.push({
        id: row.id,
        dealId: row.dealId,
        dealName: row.dealName,
        dealClauseId: row.dealClauseId,
        offerPosition: row.status as OfferPosition,
        vendorText: row.text,
        occurredOn: row.at.toISOString().slice(0, 10),
      });
    }
    byKey.set(row.clauseKey, entry);
  }
  // Clauses with words to quote (agreed language, the vendor's acceptance) first: the strongest memory.
  const quotable = (c: VendorClauseMemoryDto) => c.acceptances.length > 0 || c.concessions.some((x) => x.agreedLanguage !== "");
  return [...byKey.values()].sort((a, b) => Number(quotable(b)) - Number(quotable(a)) || a.title.localeCompare(b.title, "en"));
}

/** One earlier deal where the vendor gave way on this clause: strongest first (our must-have, then our fallback). */
export interface LeverageDto {
  strength: "MUST_HAVE" | "FALLBACK";
  dealId: string;
  dealName: string;
  dealClauseId: string;
  archived: boolean;
  /** When the clause was settled, or when the vendor said it accepts. */
  on: string;
  /** The agreed contract language, or the vendor's own words when only a response shows it. */
  quote: string;
  quoteKind: "agreed" | "vendor";
}

export const LEVERAGE_LIMIT = 3;

/**
 * For a clause of a deal: the vendor's other deals in the organisation where the same playbook clause
 * (by key) was settled at our must-have or fallback, or where the vendor accepted at that position —
 * must-haves first, newest first, at most three, one per deal. Archived deals count: what a vendor
 * once signed up to is leverage whether or not that deal went ahead. One statement.
 */
export async function getClauseLeverage(actor: Actor, dealClauseId: string): Promise<{ vendorId: string; vendor: string; items: LeverageDto[] }> {
  requirePermission(actor, "vendor:read");
  const rows = await getDb().$queryRaw<(Omit<LeverageDto, "on"> & { on: Date; vendorId: string; vendor: string })[]>`
    WITH target AS (
      SELECT d."id" AS "dealId", d."vendorId", d."vendor", c."key"
      FROM "DealClause" dc JOIN "Deal" d ON d."id" = dc."dealId" JOIN "Clause" c ON c."id" = dc."clauseId"
      WHERE dc."id" = ${dealClauseId} AND d."organizationId" = ${actor.organizationId}
    ), evidence AS (
      SELECT CASE dc."status" WHEN 'MUST_HAVE_MET' THEN 'MUST_HAVE' ELSE 'FALLBACK' END AS strength, d."id" AS "dealId", d."name" AS "dealName",
             dc."id" AS "dealClauseId", d."archivedAt" IS NOT NULL AS archived, dc."updatedAt" AS "on", dc."agreedLanguage" AS quote, 'agreed' AS "quoteKind"
      FROM target t JOIN "Deal" d ON d."vendorId" = t."vendorId" AND d."id" <> t."dealId"
      JOIN "DealClause" dc ON dc."dealId" = d."id" AND dc."status" IN ('MUST_HAVE_MET', 'FALLBACK_ACCEPTED') AND dc."retiredAt" IS NULL
      JOIN "Clause" c ON c."id" = dc."clauseId" AND c."key" = t."key"
      UNION ALL
      SELECT vr."offerPosition"::text, d."id", d."name", vr."dealClauseId", d."archivedAt" IS NOT NULL, vr."occurredOn", vr."vendorText", 'vendor'
      FROM target t JOIN "Deal" d ON d."vendorId" = t."vendorId" AND d."id" <> t."dealId"
      JOIN "VendorResponse" vr ON vr."dealId" = d."id" AND vr."stance" = 'ACCEPTS' AND vr."offerPosition" IN ('MUST_HAVE', 'FALLBACK') AND vr."clauseKey" = t."key"
    ), best AS (
      -- One item per deal: its strongest, then newest, evidence; agreed language before the vendor's words.
      SELECT DISTINCT ON (e."dealId") e.* FROM evidence e
      ORDER BY e."dealId", (e.strength = 'MUST_HAVE') DESC, (e."quoteKind" = 'agreed') DESC, e."on" DESC
    )
    SELECT b.*, t."vendorId", t."vendor" FROM target t LEFT JOIN best b ON true
    ORDER BY (b.strength = 'MUST_HAVE') DESC, b."on" DESC NULLS LAST, b."dealId"
    LIMIT ${LEVERAGE_LIMIT}`;
  if (!rows.length) throw notFound("The clause");
  return {
    vendorId: rows[0].vendorId,
    vendor: rows[0].vendor,
    items: rows.filter((r) => r.dealId).map(({ vendorId: _v, vendor: _n, on, ...item }) => ({ ...item, on: on.toISOString().slice(0, 10) })),
  };
}

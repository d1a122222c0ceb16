import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { queryPrepared } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEAL_STAGES, LAYER_KEYS, type DealStage, type LayerKey } from "@/lib/domain/enums";
import type { HeatCells } from "@/lib/domain/heat-map";
import { READINESS_BANDS, type ReadinessBand } from "@/lib/domain/readiness-band";
import type { TPortfolioFilter } from "@/lib/validation/portfolio";
import { requirePermission } from "./access";
import { isUnfiltered, portfolioDealSql, startOfTodayUtc } from "./portfolio-filter";

export const AT_RISK_WINDOW_DAYS = 30;
export const HEATMAP_MAX_DEALS = 150;
export const PITCH_TOP_VENDORS = 5;

/** Money per currency, as strings of minor units (sums can exceed 2^53). */
export type MoneyByCurrency = Record<string, string>;

/** An unready open deal signing within the at-risk window. */
export interface AtRiskDealDto {
  id: string;
  name: string;
  vendor: string;
  owner: string;
  score: number;
  blockers: number;
  targetSigningDate: string;
  valueMinor: string;
  currency: string;
}

export interface PortfolioDto {
  totalDeals: number;
  byStage: Record<DealStage, number>;
  byBand: Record<ReadinessBand, { deals: number; value: MoneyByCurrency }>;
  exposed: { deals: number; value: MoneyByCurrency };
  totalValue: MoneyByCurrency;
  /**
   * The current playbook's scenarios in its order, then any scenario only live deals of older
   * versions still carry (`current` false), with titles from the latest version that has it. Counts
   * are over the deals whose version has the scenario.
   */
  scenarios: { key: string; title: string; current: boolean; covered: number; uncovered: number }[];
  atRisk: { total: number; deals: AtRiskDealDto[] };
  /** `cells`: {layerKey: letter}, read with heatCellAt (lib/domain/heat-map.ts). */
  heatmap: { totalDeals: number; layers: { key: LayerKey; title: string }[]; deals: { id: string; name: string; vendor: string; cells: HeatCells }[] };
  pushback: { clauseKey: string; title: string; counters: number; rejects: number; deals: number }[];
  /** Every pitch heard, most heard first; per pitch its PITCH_TOP_VENDORS vendors who use it most, and how many vendors do. */
  pitches: { pitchKey: string; quote: string; total: number; vendorCount: number; vendors: { vendor: string; count: number }[] }[];
}

function addMoney(target: MoneyByCurrency, currency: string, minor: bigint) {
  target[currency] = (BigInt(target[currency] ?? "0") + minor).toString();
}

/**
 * Where the aggregates come from. Unfiltered, the organisation's tallies, which database triggers
 * keep in the same transaction as every change (prisma/sql/portfolio-tallies.sql): a few dozen rows whatever
 * the number of deals. Filtered, the same columns computed from the matching deals' cached columns
 * (readiness cache, per-deal response tallies), so no panel reads clause or response rows.
 */
function sources(actor: Actor, filter: TPortfolioFilter) {
  const org = actor.organizationId;
  if (isUnfiltered(filter)) {
    return {
      summary: Prisma.sql`SELECT "stage", "band", "currency", "lockInExposed", "deals", "valueMinor" FROM "PortfolioTally" WHERE "organizationId" = ${org}`,
      scenarios: Prisma.sql`SELECT "scenarioKey", "deals", "covered" FROM "ScenarioTally" WHERE "organizationId" = ${org}`,
      pushback: Prisma.sql`SELECT "clauseKey", "counters", "rejects", "deals" FROM "PushbackTally" WHERE "organizationId" = ${org}`,
      pitches: Prisma.sql`SELECT "pitchKey", "vendor", "count" FROM "PitchTally" WHERE "organizationId" = ${org}`,
    };
  }
  const where = portfolioDealSql(actor, filter);
  return {
    summary: Prisma.sql`
      SELECT d."stage", "dp_readiness_band"(d."readinessScore", d."readinessReady") AS "band", d."currency", d."lockInExposed", 1 AS "deals",
             d."contractValueMinor" AS "valueMinor"
      FROM "Deal" d WHERE ${where}`,
    scenarios: Prisma.sql`
      SELECT s.key AS "scenarioKey", 1 AS "deals", (s.value = 'true'::jsonb)::int AS "covered"
      FROM "Deal" d CROSS JOIN LATERAL jsonb_each(d."scenarioCoverage") s WHERE ${where}`,
    pushback: Prisma.sql`
      SELECT p.key AS "clauseKey", (p.value->>'counters')::int AS "counters", (p.value->>'rejects')::int AS "rejects", 1 AS "deals"
      FROM "Deal" d CROSS JOIN LATERAL jsonb_each(d."pushbackTally") p WHERE ${where}`,
    pitches: Prisma.sql`
      SELECT p.key AS "pitchKey", d."vendor", p.value::int AS "count"
      FROM "Deal" d CROSS JOIN LATERAL jsonb_each_text(d."pitchTally") p WHERE ${where}`,
  };
}

/** The document the single portfolio statement returns (sums of money as text: they can pass 2^53). */
interface PortfolioRows {
  summary: {
    stage: DealStage;
    band: ReadinessBand;
    currency: string;
    deals: number;
    value: string;
    exposed: number;
    exposedValue: string;
  }[];
  scenarios: { key: string; title: string; current: boolean; deals: number; covered: number }[];
  layers: { key: LayerKey; title: string }[];
  atRiskTotal: number;
  atRisk: AtRiskDealDto[];
  heatmap: { id: string; name: string; vendor: string; cells: HeatCells }[];
  pushback: { clauseKey: string; title: string; counters: number; rejects: number; deals: number }[];
  pitches: { pitchKey: string; quote: string | null; vendor: string; count: number }[];
}

/**
 * Every figure of the manager dashboard, aggregated in SQL in one statement (one round trip)
 * whatever the portfolio size. The same filter applies to every panel.
 */
export async function getPortfolio(actor: Actor, filter: TPortfolioFilter): Promise<PortfolioDto> {
  requirePermission(actor, "portfolio:read");
  const org = actor.organizationId;
  const where = portfolioDealSql(actor, filter);
  const from = sources(actor, filter);
  const today = startOfTodayUtc();
  const riskEnd = new Date(today.getTime() + AT_RISK_WINDOW_DAYS * 86_400_000);
  const atRisk = Prisma.sql`${where} AND NOT d."readinessReady" AND d."stage" NOT IN ('SIGNED', 'WALKED_AWAY')
    AND d."targetSigningDate" BETWEEN ${today}::date AND ${riskEnd}::date`;

  const [{ doc }] = await queryPrepared<{ doc: PortfolioRows }>(Prisma.sql`
    WITH playbook AS (
      SELECT p."id" FROM "Playbook" p WHERE p."organizationId" = ${org} AND p."isCurrent" ORDER BY p."version" DESC LIMIT 1
    ), clause_titles AS (
      -- Titles and quotes from the current playbook, or the latest one that has the key (a deal
      -- pinned to an older version may log a clause or pitch the current one dropped).
      SELECT DISTINCT ON (c."key") c."key", c."title" FROM "Clause" c JOIN "Playbook" pb ON pb."id" = c."playbookId"
      WHERE pb."organizationId" = ${org} AND c."dealId" IS NULL ORDER BY c."key", pb."isCurrent" DESC, pb."version" DESC
    ), pitch_quotes AS (
      SELECT DISTINCT ON (pi."key") pi."key", pi."quote" FROM "Pitch" pi JOIN "Playbook" pb ON pb."id" = pi."playbookId"
      WHERE pb."organizationId" = ${org} ORDER BY pi."key", pb."isCurrent" DESC, pb."version" DESC
    ), scenario_titles AS (
      -- Every scenario key of the organisation's versions: the current version's row if it has the
      -- key, else the latest version's.
      SELECT DISTINCT ON (s."key") s."key", s."title", pb."isCurrent" AS "current", s."position"
      FROM "Scenario" s JOIN "Playbook" pb ON pb."id" = s."playbookId"
      WHERE pb."organizationId" = ${org} ORDER BY s."key", pb."isCurrent" DESC, pb."version" DESC
    ), scenario_counts AS (
      SELECT x."scenarioKey", sum(x."deals")::int AS deals, sum(x."covered")::int AS covered FROM (${from.scenarios}) x GROUP BY 1
    ), scenarios AS (
      SELECT t."key", t."title", t."current", t."position", coalesce(c.deals, 0) AS deals, coalesce(c.covered, 0) AS covered
      FROM scenario_titles t LEFT JOIN scenario_counts c ON c."scenarioKey" = t."key"
      WHERE t."current" OR c.deals > 0
    ), summary AS (
      SELECT s."stage", s."band", s."currency", sum(s."deals")::int AS deals, sum(s."valueMinor")::text AS value,
             coalesce(sum(s."deals") FILTER (WHERE s."lockInExposed"), 0)::int AS exposed,
             coalesce(sum(s."valueMinor") FILTER (WHERE s."lockInExposed"), 0)::text AS "exposedValue"
      FROM (${from.summary}) s
      GROUP BY 1, 2, 3
      HAVING sum(s."deals") > 0
    ), at_risk_ids AS (
      -- The 30-day window's unready open deals, ranked from the partial index alone.
      SELECT d."id" FROM "Deal" d WHERE ${atRisk}
      ORDER BY d."readinessScore" ASC, d."targetSigningDate" ASC, d."id"
      LIMIT 10
    ), at_risk AS (
      SELECT d."id", d."name", d."vendor", u."name" AS owner, d."readinessScore" AS score, d."blockerCount" AS blockers,
             to_char(d."targetSigningDate", 'YYYY-MM-DD') AS "targetSigningDate", d."contractValueMinor"::text AS "valueMinor", d."currency"
      FROM at_risk_ids a JOIN "Deal" d ON d."id" = a."id" JOIN "User" u ON u."id" = d."ownerId"
    ), heatmap AS (
      -- Deals in negotiation, soonest signing first; then closed deals, latest first. Each branch
      -- reads a partial index in order and stops at the limit.
      (SELECT 1 AS branch, row_number() OVER (ORDER BY d."targetSigningDate" ASC NULLS LAST, d."id") AS rank, d."id", d."name", d."vendor", d."heatCells" AS cells
        FROM "Deal" d WHERE ${where} AND d."stage" NOT IN ('SIGNED', 'WALKED_AWAY')
        ORDER BY d."targetSigningDate" ASC NULLS LAST, d."id" LIMIT ${HEATMAP_MAX_DEALS})
      UNION ALL
      (SELECT 2 AS branch, row_number() OVER (ORDER BY d."targetSigningDate" DESC NULLS LAST, d."id") AS rank, d."id", d."name", d."vendor", d."heatCells" AS cells
        FROM "Deal" d WHERE ${where} AND d."stage" IN ('SIGNED', 'WALKED_AWAY')
        ORDER BY d."targetSigningDate" DESC NULLS LAST, d."id" LIMIT ${HEATMAP_MAX_DEALS})
      ORDER BY branch, rank
      LIMIT ${HEATMAP_MAX_DEALS}
    ), pushback AS (
      SELECT p."clauseKey", coalesce(min(c."title"), p."clauseKey") AS title,
             sum(p."counters")::int AS counters, sum(p."rejects")::int AS rejects, sum(p."deals")::int AS deals
      FROM (${from.pushback}) p
      LEFT JOIN clause_titles c ON c."key" = p."clauseKey"
      GROUP BY p."clauseKey"
      HAVING sum(p."counters") + sum(p."rejects") > 0
      ORDER BY sum(p."counters") + sum(p."rejects") DESC, p."clauseKey"
      LIMIT 10
    ), pitches AS (
      SELECT p."pitchKey", min(pi."quote") AS quote, p."vendor", sum(p."count")::int AS count
      FROM (${from.pitches}) p
      LEFT JOIN pitch_quotes pi ON pi."key" = p."pitchKey"
      GROUP BY p."pitchKey", p."vendor"
      HAVING sum(p."count") > 0
    )
    SELECT json_build_object(
      'summary', (SELECT coalesce(json_agg(s), '[]') FROM summary s),
      'scenarios', (SELECT coalesce(json_agg(json_build_object('key', s."key", 'title', s."title", 'current', s."current", 'deals', s.deals, 'covered', s.covered)
                    ORDER BY s."current" DESC, CASE WHEN s."current" THEN s."position" END, s."title" COLLATE "C", s."key" COLLATE "C"), '[]') FROM scenarios s),
      'layers', (SELECT coalesce(json_agg(json_build_object('key', l."key", 'title', l."title") ORDER BY l."position"), '[]')
                 FROM "Layer" l WHERE l."playbookId" = (SELECT "id" FROM playbook)),
      'atRiskTotal', (SELECT count(*) FROM "Deal" d WHERE ${atRisk}),
      'atRisk', (SELECT coalesce(json_agg(r ORDER BY r.score, r."targetSigningDate", r."id"), '[]') FROM at_risk r),
      'heatmap', (SELECT coalesce(json_agg(json_build_object('id', h."id", 'name', h."name", 'vendor', h."vendor", 'cells', h.cells) ORDER BY h.branch, h.rank), '[]') FROM heatmap h),
      'pushback', (SELECT coalesce(json_agg(p ORDER BY p.counters + p.rejects DESC, p."clauseKey"), '[]') FROM pushback p),
      'pitches', (SELECT coalesce(json_agg(p), '[]') FROM pitches p)
    ) AS doc`);

  const byStage = Object.fromEntries(DEAL_STAGES.map((s) => [s, 0])) as Record<DealStage, number>;
  const byBand = Object.fromEntries(READINESS_BANDS.map((b) => [b, { deals: 0, value: {} as MoneyByCurrency }])) as PortfolioDto["byBand"];
  const exposed = { deals: 0, value: {} as MoneyByCurrency };
  const totalValue: MoneyByCurrency = {};
  let totalDeals = 0;
  for (const row of doc.summary) {
    const deals = Number(row.deals);
    totalDeals += deals;
    byStage[row.stage] += deals;
    byBand[row.band].deals += deals;
    addMoney(byBand[row.band].value, row.currency, BigInt(row.value));
    addMoney(totalValue, row.currency, BigInt(row.value));
    exposed.deals += row.exposed;
    if (row.exposed > 0) addMoney(exposed.value, row.currency, BigInt(row.exposedValue));
  }

  const pitches = new Map<string, PortfolioDto["pitches"][number]>();
  for (const row of doc.pitches) {
    const entry = pitches.get(row.pitchKey) ?? { pitchKey: row.pitchKey, quote: row.quote ?? row.pitchKey, total: 0, vendorCount: 0, vendors: [] };
    entry.total += row.count;
    entry.vendorCount += 1;
    entry.vendors.push({ vendor: row.vendor, count: row.count });
    pitches.set(row.pitchKey, entry);
  }
  // Code-unit order breaks ties, so the same vendors make the cut on every call.
  const byCountThenName = (a: { count: number; vendor: string }, b: { count: number; vendor: string }) =>
    b.count - a.count || (a.vendor < b.vendor ? -1 : a.vendor > b.vendor ? 1 : 0);

  return {
    totalDeals,
    byStage,
    byBand,
    exposed,
    totalValue,
    scenarios: doc.scenarios.map((s) => ({ key: s.key, title: s.title, current: s.current, covered: s.covered, uncovered: s.deals - s.covered })),
    atRisk: { total: doc.atRiskTotal, deals: doc.atRisk },
    heatmap: {
      totalDeals,
      layers: doc.layers.length ? doc.layers : LAYER_KEYS.map((key) => ({ key, title: key })),
      deals: doc.heatmap,
    },
    pushback: doc.pushback.map(({ clauseKey, title, counters, rejects, deals }) => ({ clauseKey, title, counters, rejects, deals })),
    pitches: [...pitches.values()]
      .map((p) => ({ ...p, vendors: p.vendors.sort(byCountThenName).slice(0, PITCH_TOP_VENDORS) }))
      .sort((a, b) => b.total - a.total || (a.pitchKey < b.pitchKey ? -1 : 1)),
  };
}

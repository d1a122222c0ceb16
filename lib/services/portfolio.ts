import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { DEAL_STAGES, LAYER_KEYS, type DealStage, type LayerKey } from "@/lib/domain/enums";
import { READINESS_BANDS, type ReadinessBand } from "@/lib/domain/readiness-band";
import type { TPortfolioFilter } from "@/lib/validation/portfolio";
import { requirePermission } from "./access";
import { portfolioDealSql, startOfTodayUtc } from "./portfolio-filter";

export const AT_RISK_WINDOW_DAYS = 30;
export const HEATMAP_MAX_DEALS = 150;

/** Money per currency, as strings of minor units (sums can exceed 2^53). */
export type MoneyByCurrency = Record<string, string>;

export interface PortfolioDto {
  totalDeals: number;
  byStage: Record<DealStage, number>;
  byBand: Record<ReadinessBand, { deals: number; value: MoneyByCurrency }>;
  exposed: { deals: number; value: MoneyByCurrency };
  totalValue: MoneyByCurrency;
  scenarios: { key: string; title: string; position: number; covered: number; uncovered: number }[];
  atRisk: { total: number; deals: { id: string; name: string; vendor: string; owner: string; score: number; blockers: number; targetSigningDate: string; valueMinor: string; currency: string }[] };
  heatmap: { totalDeals: number; layers: { key: LayerKey; title: string }[]; deals: { id: string; name: string; vendor: string; cells: Record<string, HeatCell> }[] };
  pushback: { clauseKey: string; title: string; counters: number; rejects: number; deals: number }[];
  pitches: { pitchKey: string; quote: string; total: number; vendors: { vendor: string; count: number }[] }[];
}

/** Colour class of one deal × section cell: worst status first. */
export type HeatCell = "below" | "open" | "partial" | "settled" | "na";

function addMoney(target: MoneyByCurrency, currency: string, minor: bigint) {
  target[currency] = (BigInt(target[currency] ?? "0") + minor).toString();
}

function heatCell(counts: { total: number; below: number; settled: number; na: number }): HeatCell {
  if (counts.below > 0) return "below";
  if (counts.total === counts.na) return "na";
  if (counts.settled === counts.total - counts.na) return "settled";
  return counts.settled > 0 ? "partial" : "open";
}

/**
 * Every figure of the manager dashboard, aggregated in SQL over the cached readiness columns, in a
 * fixed number of queries whatever the portfolio size. The same filter applies to every panel.
 */
export async function getPortfolio(actor: Actor, filter: TPortfolioFilter): Promise<PortfolioDto> {
  requirePermission(actor, "portfolio:read");
  const db = getDb();
  const where = portfolioDealSql(actor, filter);
  const today = startOfTodayUtc();
  const riskEnd = new Date(today.getTime() + AT_RISK_WINDOW_DAYS * 86_400_000);

  const [summary, scenarioRows, atRiskRows, heatRows, pushbackRows, pitchRows] = await Promise.all([
    db.$queryRaw<{ stage: DealStage; band: ReadinessBand; currency: string; deals: bigint; value: bigint; exposed: bigint; exposedValue: bigint; covered: number[] }[]>`
      SELECT d."stage", 
             CASE WHEN d."readinessReady" THEN 'ready' WHEN d."readinessScore" >= 70 THEN 'close' WHEN d."readinessScore" >= 40 THEN 'partial' ELSE 'early' END AS band,
             d."currency", count(*) AS deals, coalesce(sum(d."contractValueMinor"), 0)::bigint AS value,
             count(*) FILTER (WHERE d."lockInExposed") AS exposed,
             coalesce(sum(d."contractValueMinor") FILTER (WHERE d."lockInExposed"), 0)::bigint AS "exposedValue",
             ARRAY[sum((d."scenariosCoveredMask" >> 0) & 1), sum((d."scenariosCoveredMask" >> 1) & 1), sum((d."scenariosCoveredMask" >> 2) & 1), sum((d."scenariosCoveredMask" >> 3) & 1),
                   sum((d."scenariosCoveredMask" >> 4) & 1), sum((d."scenariosCoveredMask" >> 5) & 1), sum((d."scenariosCoveredMask" >> 6) & 1), sum((d."scenariosCoveredMask" >> 7) & 1)]::int[] AS covered
      FROM "Deal" d WHERE ${where}
      GROUP BY 1, 2, 3`,
    db.$queryRaw<{ key: string; title: string; position: number; layers: { key: string; title: string }[] }[]>`
      SELECT s."key", s."title", s."position",
             (SELECT json_agg(json_build_object('key', l."key", 'title', l."title") ORDER BY l."position") FROM "Layer" l WHERE l."playbookId" = p."id") AS layers
      FROM "Playbook" p LEFT JOIN "Scenario" s ON s."playbookId" = p."id"
      WHERE p."organizationId" = ${actor.organizationId} AND p."isCurrent"
      ORDER BY p."version" DESC, s."position"`,
    db.$queryRaw<{ id: string; name: string; vendor: string; owner: string; score: number; blockers: number; targetSigningDate: Date; valueMinor: bigint; currency: string; total: bigint }[]>`
      SELECT d."id", d."name", d."vendor", u."name" AS owner, d."readinessScore" AS score, d."blockerCount" AS blockers, d."targetSigningDate",
             d."contractValueMinor" AS "valueMinor", d."currency", count(*) OVER () AS total
      FROM "Deal" d JOIN "User" u ON u."id" = d."ownerId"
      WHERE ${where} AND NOT d."readinessReady" AND d."stage" NOT IN ('SIGNED', 'WALKED_AWAY')
        AND d."targetSigningDate" BETWEEN ${today}::date AND ${riskEnd}::date
      ORDER BY d."readinessScore" ASC, d."targetSigningDate" ASC, d."id"
      LIMIT 10`,
    db.$queryRaw<{ id: string; name: string; vendor: string; totalDeals: bigint; layer: LayerKey; total: number; below: number; settled: number; na: number }[]>`
      WITH picked AS (
        SELECT d."id", d."name", d."vendor", d."targetSigningDate", count(*) OVER () AS "totalDeals"
        FROM "Deal" d WHERE ${where}
        ORDER BY d."targetSigningDate" ASC NULLS LAST, d."id" LIMIT ${HEATMAP_MAX_DEALS}
      )
      SELECT p."id", p."name", p."vendor", p."totalDeals", l."key" AS layer,
             count(*)::int AS total,
             count(*) FILTER (WHERE dc."status" = 'BELOW_WALK_AWAY')::int AS below,
             count(*) FILTER (WHERE dc."status" IN ('MUST_HAVE_MET', 'FALLBACK_ACCEPTED'))::int AS settled,
             count(*) FILTER (WHERE dc."status" = 'NOT_APPLICABLE')::int AS na
      FROM picked p
      JOIN "DealClause" dc ON dc."dealId" = p."id"
      JOIN "Clause" c ON c."id" = dc."clauseId"
      JOIN "Layer" l ON l."id" = c."layerId"
      GROUP BY p."id", p."name", p."vendor", p."targetSigningDate", p."totalDeals", l."key"
      ORDER BY p."targetSigningDate" ASC NULLS LAST, p."id"`,
    db.$queryRaw<{ clauseKey: string; title: string; counters: bigint; rejects: bigint; deals: bigint }[]>`
      WITH pushed AS (
        SELECT vr."clauseKey",
               count(*) FILTER (WHERE vr."stance" = 'COUNTERS') AS counters,
               count(*) FILTER (WHERE vr."stance" = 'REJECTS') AS rejects,
               count(DISTINCT d."id") AS deals
        FROM "VendorResponse" vr
        JOIN "Deal" d ON d."id" = vr."dealId"
        WHERE ${where} AND vr."stance" IN ('COUNTERS', 'REJECTS')
        GROUP BY vr."clauseKey"
        ORDER BY count(*) DESC, vr."clauseKey"
        LIMIT 10
      )
      SELECT p."clauseKey", coalesce(
               (SELECT min(c."title") FROM "Clause" c JOIN "Playbook" pb ON pb."id" = c."playbookId"
                WHERE c."key" = p."clauseKey" AND pb."organizationId" = ${actor.organizationId}), p."clauseKey") AS title,
             p.counters, p.rejects, p.deals
      FROM pushed p
      ORDER BY p.counters + p.rejects DESC, p."clauseKey"`,
    db.$queryRaw<{ pitchKey: string; quote: string | null; vendor: string; count: bigint }[]>`
      SELECT pk AS "pitchKey", (SELECT p."quote" FROM "Pitch" p WHERE p."playbookId" = d."playbookId" AND p."key" = pk LIMIT 1) AS quote,
             d."vendor", count(*) AS count
      FROM "VendorResponse" vr
      JOIN "Deal" d ON d."id" = vr."dealId"
      CROSS JOIN LATERAL unnest(vr."pitchKeys") AS pk
      WHERE ${where}
      GROUP BY pk, d."playbookId", d."vendor"`,
  ]);

  const byStage = Object.fromEntries(DEAL_STAGES.map((s) => [s, 0])) as Record<DealStage, number>;
  const byBand = Object.fromEntries(READINESS_BANDS.map((b) => [b, { deals: 0, value: {} as MoneyByCurrency }])) as PortfolioDto["byBand"];
  const exposed = { deals: 0, value: {} as MoneyByCurrency };
  const totalValue: MoneyByCurrency = {};
  const coveredByPosition = new Array<number>(8).fill(0);
  let totalDeals = 0;
  for (const row of summary) {
    const deals = Number(row.deals);
    totalDeals += deals;
    byStage[row.stage] += deals;
    byBand[row.band].deals += deals;
    addMoney(byBand[row.band].value, row.currency, BigInt(row.value));
    addMoney(totalValue, row.currency, BigInt(row.value));
    exposed.deals += Number(row.exposed);
    if (Number(row.exposed) > 0) addMoney(exposed.value, row.currency, BigInt(row.exposedValue));
    row.covered.forEach((n, i) => (coveredByPosition[i] += Number(n)));
  }

  const layers = (scenarioRows[0]?.layers ?? []).map((l) => ({ key: l.key as LayerKey, title: l.title }));
  const heatDeals = new Map<string, PortfolioDto["heatmap"]["deals"][number]>();
  for (const row of heatRows) {
    const deal = heatDeals.get(row.id) ?? { id: row.id, name: row.name, vendor: row.vendor, cells: {} };
    deal.cells[row.layer] = heatCell(row);
    heatDeals.set(row.id, deal);
  }

  const pitches = new Map<string, PortfolioDto["pitches"][number]>();
  for (const row of pitchRows) {
    const entry = pitches.get(row.pitchKey) ?? { pitchKey: row.pitchKey, quote: row.quote ?? row.pitchKey, total: 0, vendors: [] };
    entry.total += Number(row.count);
    const vendor = entry.vendors.find((v) => v.vendor === row.vendor);
    if (vendor) vendor.count += Number(row.count);
    else entry.vendors.push({ vendor: row.vendor, count: Number(row.count) });
    pitches.set(row.pitchKey, entry);
  }

  return {
    totalDeals,
    byStage,
    byBand,
    exposed,
    totalValue,
    scenarios: scenarioRows
      .filter((s) => s.key !== null)
      .map((s) => ({ key: s.key, title: s.title, position: s.position, covered: coveredByPosition[s.position] ?? 0, uncovered: totalDeals - (coveredByPosition[s.position] ?? 0) })),
    atRisk: {
      total: Number(atRiskRows[0]?.total ?? 0),
      deals: atRiskRows.map((r) => ({
        id: r.id,
        name: r.name,
        vendor: r.vendor,
        owner: r.owner,
        score: r.score,
        blockers: r.blockers,
        targetSigningDate: r.targetSigningDate.toISOString().slice(0, 10),
        valueMinor: BigInt(r.valueMinor).toString(),
        currency: r.currency,
      })),
    },
    heatmap: {
      totalDeals: Number(heatRows[0]?.totalDeals ?? 0),
      layers: layers.length ? layers : LAYER_KEYS.map((key) => ({ key, title: key })),
      deals: [...heatDeals.values()],
    },
    pushback: pushbackRows.map((r) => ({ clauseKey: r.clauseKey, title: r.title, counters: Number(r.counters), rejects: Number(r.rejects), deals: Number(r.deals) })),
    pitches: [...pitches.values()]
      .map((p) => ({ ...p, vendors: p.vendors.sort((a, b) => b.count - a.count || a.vendor.localeCompare(b.vendor)) }))
      .sort((a, b) => b.total - a.total || a.pitchKey.localeCompare(b.pitchKey)),
  };
}

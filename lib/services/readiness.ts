import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { ClauseStatus, LayerKey, Priority } from "@/lib/domain/enums";
import { dealLicenceFindings } from "@/lib/domain/deal-licence";
import { computeReadiness, type Readiness, type ReadinessScenario } from "@/lib/domain/readiness";
import type { LicenceFinding } from "@/lib/licences/types";
import { Prisma } from "@/lib/generated/prisma/client";
import { requireDeal, requirePermission } from "./access";

type Db = Prisma.TransactionClient;

export interface DealReadinessDto extends Readiness {
  /** Clause key → deal clause id, so blockers can link to the clause page. */
  clauseLinks: Record<string, { dealClauseId: string; layerKey: LayerKey }>;
  clauseStatuses: { clauseKey: string; status: ClauseStatus }[];
  /** Every base-model licence finding of the deal, and the keys of those accepted in writing (standing acceptances). */
  licence: { findings: LicenceFinding[]; acceptedKeys: string[]; openBlocking: number };
}

/** Readiness of one deal from its current clause statuses, scenarios and active risk acceptances. */
export async function getDealReadiness(actor: Actor, dealId: string): Promise<DealReadinessDto> {
  requirePermission(actor, "deal:read");
  return readinessFor(getDb(), actor, dealId);
}

/** The same, inside a caller's transaction (a review freezes exactly what it decided on). */
export async function readinessFor(db: Db, actor: Actor, dealId: string): Promise<DealReadinessDto> {
  const deal = await requireDeal(db, actor, dealId);
  return (await readinessOfDeals(db, [deal])).get(deal.id)!;
}

/**
 * Readiness of many deals (already scoped to one organisation by the caller) in four queries,
 * whatever their number: clauses, scenarios of their playbooks, active risk acceptances, and the
 * licence facts with the standing licence-finding acceptances.
 */
export async function readinessOfDeals(db: Db, deals: { id: string; playbookId: string }[]): Promise<Map<string, DealReadinessDto>> {
  const result = new Map<string, DealReadinessDto>();
  if (!deals.length) return result;
  const dealIds = deals.map((d) => d.id);
  const playbookIds = [...new Set(deals.map((d) => d.playbookId))];
  // Raw SQL: one statement each (Prisma would issue one per nested relation).
  const [clauses, scenarioRows, acceptances, licenceRows] = await Promise.all([
    db.$queryRaw<
      { id: string; dealId: string; status: string; key: string; title: string; priority: string; layerKey: string; recheckReason: string | null }[]
    >`
      SELECT dc."id", dc."dealId", dc."status"::text AS status, c."key", c."title", dc."priority"::text AS priority, l."key" AS "layerKey",
             dc."recheckReason"
      FROM "DealClause" dc JOIN "Clause" c ON c."id" = dc."clauseId" JOIN "Layer" l ON l."id" = c."layerId"
      WHERE dc."dealId" IN (${Prisma.join(dealIds)}) AND dc."retiredAt" IS NULL
      ORDER BY c."position"`,
    db.$queryRaw<{ playbookId: string; key: string; title: string; ifUncovered: string; defendedBy: string[] | null }[]>`
      SELECT s."playbookId", s."key", s."title", s."ifUncovered",
             array_agg(c."key" ORDER BY c."position") FILTER (WHERE c."key" IS NOT NULL) AS "defendedBy"
      FROM "Scenario" s
      LEFT JOIN "ScenarioClause" sc ON sc."scenarioId" = s."id"
      LEFT JOIN "Clause" c ON c."id" = sc."clauseId"
      WHERE s."playbookId" IN (${Prisma.join(playbookIds)})
      GROUP BY s."id", s."playbookId", s."key", s."title", s."ifUncovered", s."position"
      ORDER BY s."position"`,
    db.riskAcceptance.findMany({ where: { dealId: { in: dealIds }, revokedAt: null }, select: { dealClauseId: true } }),
    db.$queryRaw<
      {
        id: string;
        baseModelLicenceKey: string | null;
        baseModelLicence: string;
        baseModel: string;
        expectedMonthlyUsers: number | null;
        useCaseCategory: string;
        hostingModel: string;
        accepted: string[] | null;
      }[]
    >`
      SELECT d."id", d."baseModelLicenceKey", d."baseModelLicence", d."baseModel", d."expectedMonthlyUsers", d."useCaseCategory"::text AS "useCaseCategory",
             d."hostingModel"::text AS "hostingModel",
             (SELECT array_agg(a."findingKey") FROM "LicenceFindingAcceptance" a WHERE a."dealId" = d."id" AND a."revokedAt" IS NULL) AS accepted
      FROM "Deal" d WHERE d."id" IN (${Prisma.join(dealIds)})`,
  ]);
  const licenceByDeal = new Map(licenceRows.map((row) => [row.id, row]));
  const accepted = new Set(acceptances.map((a) => a.dealClauseId));
  const scenariosByPlaybook = new Map<string, ReadinessScenario[]>();
  for (const s of scenarioRows) {
    const list = scenariosByPlaybook.get(s.playbookId) ?? [];
    list.push({ key: s.key, title: s.title, ifUncovered: s.ifUncovered, defendedBy: s.defendedBy ?? [] });
    scenariosByPlaybook.set(s.playbookId, list);
  }
  const clausesByDeal = new Map<string, typeof clauses>();
  for (const c of clauses) {
    const list = clausesByDeal.get(c.dealId) ?? [];
    list.push(c);
    clausesByDeal.set(c.dealId, list);
  }
  for (const deal of deals) {
    const own = clausesByDeal.get(deal.id) ?? [];
    const facts = licenceByDeal.get(deal.id);
    const acceptedKeys = facts?.accepted ?? [];
    const licence = facts ? dealLicenceFindings(facts, new Set(acceptedKeys)) : { findings: [], open: [] };
    const readiness = computeReadiness({
      clauses: own.map((c) => ({
        clauseKey: c.key,
        title: c.title,
        layerKey: c.layerKey as LayerKey,
        priority: c.priority as Priority,
        status: c.status as ClauseStatus,
        riskAccepted: accepted.has(c.id),
        needsRecheck: c.recheckReason !== null,
        recheckReason: c.recheckReason ?? undefined,
      })),
      scenarios: scenariosByPlaybook.get(deal.playbookId) ?? [],
      licenceFindings: licence.open,
    });
    result.set(deal.id, {
      ...readiness,
      clauseLinks: Object.fromEntries(own.map((c) => [c.key, { dealClauseId: c.id, layerKey: c.layerKey as LayerKey }])),
      clauseStatuses: own.map((c) => ({ clauseKey: c.key, status: c.status as ClauseStatus })),
      licence: { findings: licence.findings, acceptedKeys, openBlocking: licence.open.length },
    });
  }
  return result;
}

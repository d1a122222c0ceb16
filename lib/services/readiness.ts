import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { ClauseStatus, LayerKey, Priority, ScenarioKey } from "@/lib/domain/enums";
import { computeReadiness, type Readiness, type ReadinessScenario } from "@/lib/domain/readiness";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireDeal, requirePermission } from "./access";

type Db = Prisma.TransactionClient;

export interface DealReadinessDto extends Readiness {
  /** Clause key → deal clause id, so blockers can link to the clause page. */
  clauseLinks: Record<string, { dealClauseId: string; layerKey: LayerKey }>;
  clauseStatuses: { clauseKey: string; status: ClauseStatus }[];
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
 * Readiness of many deals (already scoped to one organisation by the caller) in three queries,
 * whatever their number: clauses, scenarios of their playbooks, active risk acceptances.
 */
export async function readinessOfDeals(db: Db, deals: { id: string; playbookId: string }[]): Promise<Map<string, DealReadinessDto>> {
  const result = new Map<string, DealReadinessDto>();
  if (!deals.length) return result;
  const dealIds = deals.map((d) => d.id);
  const playbookIds = [...new Set(deals.map((d) => d.playbookId))];
  const [clauses, scenarios, acceptances] = await Promise.all([
    db.dealClause.findMany({
      where: { dealId: { in: dealIds } },
      select: { id: true, dealId: true, status: true, clause: { select: { key: true, title: true, priority: true, position: true, layer: { select: { key: true } } } } },
      orderBy: { clause: { position: "asc" } },
    }),
    db.scenario.findMany({
      where: { playbookId: { in: playbookIds } },
      orderBy: { position: "asc" },
      select: { playbookId: true, key: true, title: true, ifUncovered: true, clauses: { select: { clause: { select: { key: true, position: true } } } } },
    }),
    db.riskAcceptance.findMany({ where: { dealId: { in: dealIds }, revokedAt: null }, select: { dealClauseId: true } }),
  ]);
  const accepted = new Set(acceptances.map((a) => a.dealClauseId));
  const scenariosByPlaybook = new Map<string, ReadinessScenario[]>();
  for (const s of scenarios) {
    const list = scenariosByPlaybook.get(s.playbookId) ?? [];
    list.push({
      key: s.key as ScenarioKey,
      title: s.title,
      ifUncovered: s.ifUncovered,
      defendedBy: [...s.clauses].sort((a, b) => a.clause.position - b.clause.position).map((x) => x.clause.key),
    });
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
    const readiness = computeReadiness({
      clauses: own.map((c) => ({
        clauseKey: c.clause.key,
        title: c.clause.title,
        layerKey: c.clause.layer.key as LayerKey,
        priority: c.clause.priority as Priority,
        status: c.status as ClauseStatus,
        riskAccepted: accepted.has(c.id),
      })),
      scenarios: scenariosByPlaybook.get(deal.playbookId) ?? [],
    });
    result.set(deal.id, {
      ...readiness,
      clauseLinks: Object.fromEntries(own.map((c) => [c.clause.key, { dealClauseId: c.id, layerKey: c.clause.layer.key as LayerKey }])),
      clauseStatuses: own.map((c) => ({ clauseKey: c.clause.key, status: c.status as ClauseStatus })),
    });
  }
  return result;
}

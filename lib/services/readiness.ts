import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { ClauseStatus, LayerKey, Priority, ScenarioKey } from "@/lib/domain/enums";
import { computeReadiness, type Readiness } from "@/lib/domain/readiness";
import { requireDeal, requirePermission } from "./access";

export interface DealReadinessDto extends Readiness {
  /** Clause key → deal clause id, so blockers can link to the clause page. */
  clauseLinks: Record<string, { dealClauseId: string; layerKey: LayerKey }>;
}

/** Readiness of one deal from its current clause statuses, scenarios and active risk acceptances. */
export async function getDealReadiness(actor: Actor, dealId: string): Promise<DealReadinessDto> {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const deal = await requireDeal(db, actor, dealId);
  const [clauses, scenarios, acceptances] = await Promise.all([
    db.dealClause.findMany({
      where: { dealId: deal.id },
      select: { id: true, status: true, clause: { select: { key: true, title: true, priority: true, position: true, layer: { select: { key: true } } } } },
      orderBy: { clause: { position: "asc" } },
    }),
    db.scenario.findMany({
      where: { playbookId: deal.playbookId },
      orderBy: { position: "asc" },
      select: { key: true, title: true, ifUncovered: true, clauses: { select: { clause: { select: { key: true, position: true } } } } },
    }),
    db.riskAcceptance.findMany({ where: { dealId: deal.id, revokedAt: null }, select: { dealClauseId: true } }),
  ]);
  const accepted = new Set(acceptances.map((a) => a.dealClauseId));
  const readiness = computeReadiness({
    clauses: clauses.map((c) => ({
      clauseKey: c.clause.key,
      title: c.clause.title,
      layerKey: c.clause.layer.key as LayerKey,
      priority: c.clause.priority as Priority,
      status: c.status as ClauseStatus,
      riskAccepted: accepted.has(c.id),
    })),
    scenarios: scenarios.map((s) => ({
      key: s.key as ScenarioKey,
      title: s.title,
      ifUncovered: s.ifUncovered,
      defendedBy: s.clauses.sort((a, b) => a.clause.position - b.clause.position).map((x) => x.clause.key),
    })),
  });
  return {
    ...readiness,
    clauseLinks: Object.fromEntries(clauses.map((c) => [c.clause.key, { dealClauseId: c.id, layerKey: c.clause.layer.key as LayerKey }])),
  };
}

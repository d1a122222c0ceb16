import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { DealStage } from "@/lib/domain/enums";
import { requirePermission } from "./access";
import { readinessOfDeals } from "./readiness";

const ACTIVE_STAGES: DealStage[] = ["INTAKE", "NEGOTIATING", "CIO_REVIEW", "APPROVED"];

export interface MyDealDto {
  id: string;
  name: string;
  vendor: string;
  stage: DealStage;
  targetSigningDate: string | null;
  score: number;
  ready: boolean;
  nextActions: { message: string; href: string }[];
  blockerCount: number;
}

/** A negotiator's active deals with their next actions (the blockers to clear first). */
export async function getMyDeals(actor: Actor, limit = 12): Promise<MyDealDto[]> {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const deals = await db.deal.findMany({
    where: { organizationId: actor.organizationId, ownerId: actor.userId, archivedAt: null, stage: { in: ACTIVE_STAGES } },
    orderBy: [{ targetSigningDate: { sort: "asc", nulls: "last" } }, { updatedAt: "desc" }],
    take: limit,
  });
  const readiness = await readinessOfDeals(db, deals);
  return deals.map((deal) => {
    const r = readiness.get(deal.id)!;
    return {
      id: deal.id,
      name: deal.name,
      vendor: deal.vendor,
      stage: deal.stage as DealStage,
      targetSigningDate: deal.targetSigningDate?.toISOString().slice(0, 10) ?? null,
      score: r.score,
      ready: r.ready,
      blockerCount: r.blockers.length,
      nextActions: r.blockers
        .filter((b) => b.clauseKey)
        .slice(0, 3)
        .map((b) => ({ message: b.message, href: `/deals/${deal.id}/clauses/${r.clauseLinks[b.clauseKey!].dealClauseId}` })),
    };
  });
}

/** Deal counts by stage for the organisation (active deals only). */
export async function getStageCounts(actor: Actor): Promise<Record<DealStage, number>> {
  requirePermission(actor, "deal:read");
  const rows = await getDb().deal.groupBy({ by: ["stage"], where: { organizationId: actor.organizationId, archivedAt: null }, _count: { _all: true } });
  const counts = { INTAKE: 0, NEGOTIATING: 0, CIO_REVIEW: 0, APPROVED: 0, SIGNED: 0, WALKED_AWAY: 0 } as Record<DealStage, number>;
  for (const row of rows) counts[row.stage as DealStage] = row._count._all;
  return counts;
}

import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { ClauseStatus, DealStage } from "@/lib/domain/enums";
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

/** Statuses that need no more work: a clause in one of them is not "open" however it is assigned. */
const DONE_STATUSES: ClauseStatus[] = ["MUST_HAVE_MET", "FALLBACK_ACCEPTED", "NOT_APPLICABLE"];

export interface MyOpenClauseDto {
  dealClauseId: string;
  dealId: string;
  dealName: string;
  clauseTitle: string;
  status: ClauseStatus;
  dueOn: string | null;
}

/**
 * Clauses assigned to the actor that still need work, on live deals of the current organisation,
 * soonest due first (so overdue ones lead) and undated last. One query, by DealClause.assigneeId.
 */
export async function getMyOpenClauses(actor: Actor, limit = 50): Promise<MyOpenClauseDto[]> {
  requirePermission(actor, "deal:read");
  const rows = await getDb().dealClause.findMany({
    where: {
      assigneeId: actor.userId,
      retiredAt: null,
      status: { notIn: DONE_STATUSES },
      deal: { organizationId: actor.organizationId, archivedAt: null, stage: { in: ACTIVE_STAGES } },
    },
    select: { id: true, dealId: true, status: true, dueOn: true, deal: { select: { name: true } }, clause: { select: { title: true } } },
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { deal: { name: "asc" } }, { id: "asc" }],
    take: limit,
  });
  return rows.map((r) => ({
    dealClauseId: r.id,
    dealId: r.dealId,
    dealName: r.deal.name,
    clauseTitle: r.clause.title,
    status: r.status as ClauseStatus,
    dueOn: r.dueOn?.toISOString().slice(0, 10) ?? null,
  }));
}

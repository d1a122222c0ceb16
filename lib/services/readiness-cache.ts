import "server-only";
import { isLockInExposed, scenarioMask } from "@/lib/domain/lock-in";
import { Prisma } from "@/lib/generated/prisma/client";
import { readinessOfDeals } from "./readiness";

type Tx = Prisma.TransactionClient;

const BATCH = 500;

/**
 * Recomputes the readiness cache columns of the given deals with THE readiness function. Call it in
 * the same transaction as any change to clause statuses or risk acceptances of those deals.
 */
export async function refreshReadinessCache(tx: Tx, dealIds: string[]): Promise<void> {
  for (let i = 0; i < dealIds.length; i += BATCH) {
    const ids = dealIds.slice(i, i + BATCH);
    const deals = await tx.deal.findMany({ where: { id: { in: ids } }, select: { id: true, playbookId: true } });
    if (!deals.length) continue;
    const readiness = await readinessOfDeals(tx, deals);
    const rows = deals.map((deal) => {
      const r = readiness.get(deal.id)!;
      return Prisma.sql`(${deal.id}, ${r.score}::int, ${r.ready}::boolean, ${r.blockers.length}::int, ${scenarioMask(r.scenarios)}::int, ${isLockInExposed(r.clauseStatuses)}::boolean)`;
    });
    await tx.$executeRaw`
      UPDATE "Deal" AS d
      SET "readinessScore" = v.score, "readinessReady" = v.ready, "blockerCount" = v.blockers,
          "scenariosCoveredMask" = v.mask, "lockInExposed" = v.exposed
      FROM (VALUES ${Prisma.join(rows)}) AS v(id, score, ready, blockers, mask, exposed)
      WHERE d.id = v.id`;
  }
}

/** Deals whose cache was never computed (created before the cache existed): a computed deal always
 * has a score above 0 or at least one blocker. */
export async function backfillReadinessCache(tx: Tx): Promise<number> {
  const stale = await tx.deal.findMany({ where: { readinessScore: 0, blockerCount: 0 }, select: { id: true } });
  await refreshReadinessCache(tx, stale.map((d) => d.id));
  return stale.length;
}

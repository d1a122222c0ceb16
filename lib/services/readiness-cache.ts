import "server-only";
import { encodeHeatCells } from "@/lib/domain/heat-map";
import { isLockInExposed } from "@/lib/domain/lock-in";
import { coverageByScenario } from "@/lib/domain/scenario-coverage";
import { Prisma } from "@/lib/generated/prisma/client";
import { refreshExitReadinessCache } from "./exit-readiness";
import { readinessOfDeals } from "./readiness";

type Tx = Prisma.TransactionClient;

const BATCH = 500;

/**
 * Recomputes the readiness cache columns of the given deals with THE readiness function. Only the
 * after-change step (deal-changes.ts) calls it, in the transaction of the change.
 */
export async function refreshReadinessCache(tx: Tx, dealIds: string[]): Promise<void> {
  for (let i = 0; i < dealIds.length; i += BATCH) {
    const ids = dealIds.slice(i, i + BATCH);
    const deals = await tx.deal.findMany({ where: { id: { in: ids } }, select: { id: true, playbookId: true } });
    if (!deals.length) continue;
    const readiness = await readinessOfDeals(tx, deals);
    const rows = deals.map((deal) => {
      const r = readiness.get(deal.id)!;
      const heatCells = encodeHeatCells(r.clauseStatuses.map((c) => ({ layerKey: r.clauseLinks[c.clauseKey].layerKey, status: c.status })));
      return Prisma.sql`(${deal.id}, ${r.score}::int, ${r.ready}::boolean, ${r.blockers.length}::int, ${JSON.stringify(coverageByScenario(r.scenarios))}::jsonb, ${isLockInExposed(r.clauseStatuses)}::boolean, ${JSON.stringify(heatCells)}::jsonb, ${r.licence.openBlocking}::int)`;
    });
    await tx.$executeRaw`
      UPDATE "Deal" AS d
      SET "readinessScore" = v.score, "readinessReady" = v.ready, "blockerCount" = v.blockers,
          "scenarioCoverage" = v.coverage, "lockInExposed" = v.exposed, "heatCells" = v.cells,
          "openLicenceFindings" = v.licence
      FROM (VALUES ${Prisma.join(rows)}) AS v(id, score, ready, blockers, coverage, exposed, cells, licence)
      WHERE d.id = v.id`;
    await refreshExitReadinessCache(tx, ids);
  }
}

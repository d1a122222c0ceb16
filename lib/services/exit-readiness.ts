import "server-only";
import { deliverableStatus, type DeliverableStatus } from "@/lib/assets/deliverable-status";
import { escrowFreshness, type EscrowFreshness } from "@/lib/assets/escrow-freshness";
import { clockFreeScore, exitReadiness, type ExitReadiness } from "@/lib/assets/exit-readiness";
import type { ClauseStatus, DeliverableKind, HostingModel, LayerKey, Priority, VerificationMethod } from "@/lib/domain/enums";
import { LOCK_IN_DEFENCE_CLAUSES } from "@/lib/domain/lock-in";
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDateInDays } from "@/lib/validation/review";

type Db = Prisma.TransactionClient;

// The exit-readiness of deals, read in a constant number of statements whatever their number: the
// deal's hosting, each deliverable with its latest check on the hash delivered now, the escrow
// arrangement with its latest deposit, and the clauses that make a route out. The page and the cache
// both go through here, so they cannot disagree.

export interface DealExitFacts {
  readiness: ExitReadiness;
  escrow: EscrowFreshness & { lastDepositOn: string | null; freshnessDays: number | null };
  statuses: Map<string, DeliverableStatus>;
}

export async function exitReadinessOfDeals(db: Db, dealIds: readonly string[], today = isoDateInDays(0)): Promise<Map<string, DealExitFacts>> {
  const result = new Map<string, DealExitFacts>();
  if (!dealIds.length) return result;
  const ids = Prisma.join([...dealIds]);
  const [deals, deliverables, escrows, clauses] = await Promise.all([
    db.$queryRaw<{ id: string; hostingModel: HostingModel }[]>`SELECT "id", "hostingModel"::text AS "hostingModel" FROM "Deal" WHERE "id" IN (${ids})`,
    db.$queryRaw<
      {
        id: string;
        dealId: string;
        kind: DeliverableKind;
        dueOn: Date | null;
        expectedSha256: string | null;
        deliveredSha256: string | null;
        passed: boolean | null;
        method: VerificationMethod | null;
        checkedAt: Date | null;
      }[]
    >`
      SELECT d."id", d."dealId", d."kind"::text AS kind, d."dueOn", d."expectedSha256", d."deliveredSha256",
             v."passed", v."method"::text AS method, v."createdAt" AS "checkedAt"
      FROM "Deliverable" d
      LEFT JOIN LATERAL (
        SELECT dv."passed", dv."method", dv."createdAt" FROM "DeliverableVerification" dv
        WHERE dv."deliverableId" = d."id" AND dv."sha256" = d."deliveredSha256"
        ORDER BY dv."createdAt" DESC, dv."id" DESC LIMIT 1
      ) v ON true
      WHERE d."dealId" IN (${ids})`,
    db.$queryRaw<{ dealId: string; freshnessDays: number; lastDepositOn: Date | null }[]>`
      SELECT a."dealId", a."freshnessDays", (SELECT max(e."depositedOn") FROM "EscrowDeposit" e WHERE e."dealId" = a."dealId") AS "lastDepositOn"
      FROM "EscrowArrangement" a WHERE a."dealId" IN (${ids})`,
    db.$queryRaw<{ dealId: string; clauseKey: string; layerKey: LayerKey; priority: Priority; status: ClauseStatus }[]>`
      SELECT dc."dealId", c."key" AS "clauseKey", l."key" AS "layerKey", dc."priority"::text AS priority, dc."status"::text AS status
      FROM "DealClause" dc JOIN "Clause" c ON c."id" = dc."clauseId" JOIN "Layer" l ON l."id" = c."layerId"
      WHERE dc."dealId" IN (${ids}) AND dc."retiredAt" IS NULL
        AND ((l."key" = 'deployment-exit' AND dc."priority" = 'MUST_HAVE') OR c."key" IN (${Prisma.join([...LOCK_IN_DEFENCE_CLAUSES])}))`,
  ]);
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  for (const deal of deals) {
    const own = deliverables.filter((d) => d.dealId === deal.id);
    const statuses = new Map(
      own.map((d) => [
        d.id,
        deliverableStatus(
          { kind: d.kind, dueOn: day(d.dueOn), expectedSha256: d.expectedSha256, deliveredSha256: d.deliveredSha256 },
          d.passed === null ? [] : [{ method: d.method!, passed: d.passed, sha256: d.deliveredSha256, createdAt: d.checkedAt!.toISOString() }],
          today,
        ),
      ]),
    );
    const arrangement = escrows.find((e) => e.dealId === deal.id) ?? null;
    const lastDepositOn = day(arrangement?.lastDepositOn ?? null);
    const freshness = escrowFreshness(arrangement, lastDepositOn, today);
    const readiness = exitReadiness({
      hostingModel: deal.hostingModel,
      deliverables: own.map((d) => ({ kind: d.kind, status: statuses.get(d.id)! })),
      escrow: freshness.status,
      clauses: clauses.filter((c) => c.dealId === deal.id),
    });
    result.set(deal.id, { readiness, statuses, escrow: { ...freshness, lastDepositOn, freshnessDays: arrangement?.freshnessDays ?? null } });
  }
  return result;
}

/**
 * Writes the exit-readiness cache of the given deals (called with the readiness cache, by the
 * after-change step): the clock-free part of the score, whether escrow counts, the latest deposit and
 * the required freshness. The portfolio adds the escrow part against current_date.
 */
export async function refreshExitReadinessCache(tx: Db, dealIds: readonly string[]): Promise<void> {
  const facts = await exitReadinessOfDeals(tx, dealIds);
  if (!facts.size) return;
  const rows = [...facts].map(
    ([id, f]) =>
      Prisma.sql`(${id}, ${clockFreeScore(f.readiness)}::int, ${f.readiness.escrowCounts}::boolean, ${f.escrow.lastDepositOn}::date, ${f.escrow.freshnessDays}::int)`,
  );
  await tx.$executeRaw`
    UPDATE "Deal" AS d
    SET "exitReadinessBase" = v.base, "exitEscrowCounts" = v.counts, "escrowLastDepositOn" = v.last, "escrowFreshnessDays" = v.days
    FROM (VALUES ${Prisma.join(rows)}) AS v(id, base, counts, last, days)
    WHERE d.id = v.id`;
}

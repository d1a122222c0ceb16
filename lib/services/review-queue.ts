import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { DealStage } from "@/lib/domain/enums";
import { uncoveredScenarioCount } from "@/lib/domain/scenario-coverage";
import { requirePermission } from "./access";
import { startOfTodayUtc } from "./portfolio-filter";

export const QUEUE_SIGNING_WINDOW_DAYS = 30;
const QUEUE_LIMIT = 100;

export interface QueueItemDto {
  id: string;
  name: string;
  vendor: string;
  stage: DealStage;
  owner: string;
  targetSigningDate: string | null;
  daysToSigning: number | null;
  contractValueMinor: string;
  currency: string;
  score: number;
  ready: boolean;
  blockerCount: number;
  scenariosUncovered: number;
  reason: "CIO_REVIEW" | "SIGNING_SOON";
}

/** The CIO's queue: deals awaiting review and deals signing within 30 days, worst readiness first. */
export async function getReviewQueue(actor: Actor): Promise<QueueItemDto[]> {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const today = startOfTodayUtc();
  const windowEnd = new Date(today.getTime() + QUEUE_SIGNING_WINDOW_DAYS * 86_400_000);
  const deals = await db.deal.findMany({
    where: {
      organizationId: actor.organizationId,
      archivedAt: null,
      OR: [{ stage: "CIO_REVIEW" }, { stage: { notIn: ["SIGNED", "WALKED_AWAY"] }, targetSigningDate: { lte: windowEnd } }],
    },
    include: { owner: { select: { name: true } } },
    orderBy: { targetSigningDate: { sort: "asc", nulls: "last" } },
    take: QUEUE_LIMIT,
  });
  // Readiness from the cache on each deal (kept equal to computeReadiness in the same transaction as
  // every change), not recomputed from up to a hundred checklists on every visit to the home page.
  return deals
    .map((d) => ({
      id: d.id,
      name: d.name,
      vendor: d.vendor,
      stage: d.stage as DealStage,
      owner: d.owner.name,
      targetSigningDate: d.targetSigningDate?.toISOString().slice(0, 10) ?? null,
      daysToSigning: d.targetSigningDate ? Math.round((d.targetSigningDate.getTime() - today.getTime()) / 86_400_000) : null,
      contractValueMinor: d.contractValueMinor.toString(),
      currency: d.currency,
      score: d.readinessScore,
      ready: d.readinessReady,
      blockerCount: d.blockerCount,
      scenariosUncovered: uncoveredScenarioCount(d.scenarioCoverage),
      reason: d.stage === "CIO_REVIEW" ? ("CIO_REVIEW" as const) : ("SIGNING_SOON" as const),
    }))
    .sort((a, b) => Number(a.ready) - Number(b.ready) || a.score - b.score || (a.daysToSigning ?? 1e9) - (b.daysToSigning ?? 1e9));
}

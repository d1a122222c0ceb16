import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { TUpdateProcessStep } from "@/lib/validation/review";
import { requireDeal, requirePermission } from "./access";
import { afterDealChange, beginDealChange } from "./deal-changes";

export interface ProcessStepDto {
  id: string;
  key: string;
  title: string;
  detail: string;
  done: boolean;
  note: string;
}

/** The playbook's seven recommendations as this deal's process checklist. */
export async function listProcessSteps(actor: Actor, dealId: string): Promise<ProcessStepDto[]> {
  requirePermission(actor, "deal:read");
  const db = getDb();
  // One statement, scoped to the organisation through the deal.
  const steps = await db.$queryRaw<ProcessStepDto[]>`
    SELECT dr."id", r."key", r."title", r."detail", dr."done", dr."note"
    FROM "DealRecommendation" dr
    JOIN "Deal" d ON d."id" = dr."dealId"
    JOIN "Recommendation" r ON r."id" = dr."recommendationId"
    WHERE dr."dealId" = ${dealId} AND d."organizationId" = ${actor.organizationId}
    ORDER BY r."position"`;
  if (!steps.length) await requireDeal(db, actor, dealId); // not found, or a deal without steps
  return steps;
}

export async function updateProcessStep(actor: Actor, input: TUpdateProcessStep) {
  requirePermission(actor, "process:update");
  return getDb().$transaction(async (tx) => {
    const deal = await beginDealChange(tx, actor, { dealId: input.dealId });
    const step = await tx.dealRecommendation.findFirst({
      where: { id: input.dealRecommendationId, dealId: deal.id },
      include: { recommendation: { select: { key: true } } },
    });
    if (!step) throw notFound("The process step");
    await tx.dealRecommendation.update({ where: { id: step.id }, data: { done: input.done, note: input.note, updatedById: actor.userId } });
    await afterDealChange(tx, actor, deal.id, {
      entityType: "DealRecommendation",
      entityId: step.id,
      action: "process.updated",
      before: { step: step.recommendation.key, done: step.done, note: step.note },
      after: { step: step.recommendation.key, done: input.done, note: input.note },
    });
    return { id: step.id, done: input.done };
  });
}

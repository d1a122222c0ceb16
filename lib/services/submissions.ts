import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import type { DealStage } from "@/lib/domain/enums";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { memberIdsWithRole } from "@/lib/notifications/recipients";
import type { TSubmitForReview } from "@/lib/validation/review";
import { requireDeal, requirePermission } from "./access";
import { afterDealChange, beginDealChange } from "./deal-changes";
import { reviewLink } from "./review-recipients";

/** The stages a deal is submitted for review from: the way into CIO review. */
export const SUBMITTABLE_STAGES: readonly DealStage[] = ["INTAKE", "NEGOTIATING"];

export interface SubmissionDto {
  id: string;
  submittedBy: string;
  note: string;
  createdAt: string;
}

/**
 * Hands a deal to the CIOs: the submission is recorded, the deal moves to CIO review and every CIO
 * of the organisation is told. The form's deal version must still be the deal's (someone else's
 * change meanwhile is refused, as in the deal edit form).
 */
export async function submitForReview(actor: Actor, input: TSubmitForReview) {
  requirePermission(actor, "deal:submit-for-review");
  return getDb().$transaction(async (tx) => {
    const deal = await beginDealChange(tx, actor, { dealId: input.dealId });
    if (deal.version !== input.version) {
      throw new AppError("CONFLICT", "Someone changed this deal since you opened it. Reload the page to see their change, then submit again.");
    }
    if (!SUBMITTABLE_STAGES.includes(deal.stage as DealStage)) {
      throw new AppError(
        "CONFLICT",
        deal.stage === "CIO_REVIEW" ? "This deal is already in CIO review." : "Only a deal in intake or negotiation can be submitted for review.",
      );
    }
    const submission = await tx.dealSubmission.create({ data: { dealId: deal.id, submittedById: actor.userId, note: input.note } });
    const updated = await tx.deal.update({ where: { id: deal.id }, data: { stage: "CIO_REVIEW", version: { increment: 1 } }, select: { version: true } });
    await notify(tx, {
      organizationId: actor.organizationId,
      kind: "SUBMITTED",
      recipients: await memberIdsWithRole(tx, actor.organizationId, ["CIO"]),
      actorId: actor.userId,
      dealId: deal.id,
      title: `${actor.name} submitted ${deal.name} for CIO review`,
      body: input.note,
      link: reviewLink(deal.id),
      dedupeKey: `submitted:${submission.id}`,
    });
    await afterDealChange(tx, actor, deal.id, {
      entityType: "DealSubmission",
      entityId: submission.id,
      action: "deal.submitted",
      before: { stage: deal.stage },
      after: { stage: "CIO_REVIEW", note: input.note },
    });
    return { id: submission.id, version: updated.version };
  });
}

/** The deal's latest submission for review (the overview and the review page show it), and whether the actor may submit it now. */
export async function getSubmissionPanel(
  actor: Actor,
  dealId: string,
): Promise<{ dealId: string; version: number; stage: DealStage; latest: SubmissionDto | null; canSubmit: boolean }> {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const deal = await requireDeal(db, actor, dealId);
  const latest = await db.dealSubmission.findFirst({
    where: { dealId: deal.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { submittedBy: { select: { name: true } } },
  });
  return {
    dealId: deal.id,
    version: deal.version,
    stage: deal.stage as DealStage,
    latest: latest ? { id: latest.id, submittedBy: latest.submittedBy.name, note: latest.note, createdAt: latest.createdAt.toISOString() } : null,
    canSubmit: can(actor.role, "deal:submit-for-review") && !deal.archivedAt && SUBMITTABLE_STAGES.includes(deal.stage as DealStage),
  };
}

import { z } from "zod";
import { REVIEW_DECISIONS } from "@/lib/domain/enums";
import { oneOf, text, ZDate, ZId, ZVersion } from "./common";

/** How far out an accepted risk's review date lies unless the CIO picks another. */
export const RISK_REVIEW_DEFAULT_DAYS = 90;

/** Today's date (UTC) as YYYY-MM-DD, shifted by `days`. */
export function isoDateInDays(days: number, now = new Date()): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days)).toISOString().slice(0, 10);
}

export const ZAcceptRisk = z.object({
  dealId: ZId,
  dealClauseId: ZId,
  rationale: text("Risk acceptance", 4000).min(20, "Write at least a sentence (20 characters) on why this gap is acceptable"),
  /** Who looks at the risk again; "" or absent for the accepting CIO. Whether they are a member is checked by the service. */
  ownerId: z.union([z.literal("").transform(() => null), ZId]).default(null),
  /** When the risk is looked at again: a date after today; "" or absent for 90 days out. */
  reviewOn: z
    .union([z.literal("").transform(() => null), ZDate])
    .default(null)
    .refine((date) => date === null || date.toISOString().slice(0, 10) > isoDateInDays(0), "Choose a review date in the future"),
});
export type TAcceptRisk = z.output<typeof ZAcceptRisk>;

export const ZRevokeRisk = z.object({ dealId: ZId, riskAcceptanceId: ZId });
export type TRevokeRisk = z.output<typeof ZRevokeRisk>;

export const ZDecideReview = z
  .object({
    dealId: ZId,
    decision: oneOf(REVIEW_DECISIONS, "decision"),
    comment: text("Comment", 4000).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "CHANGES_REQUESTED" && value.comment.length < 5) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Say what needs to change" });
    }
  });
export type TDecideReview = z.output<typeof ZDecideReview>;

/** The second approver's decision (approval policy): the same shape as a CIO's. */
export const ZSecondApproval = ZDecideReview;
export type TSecondApproval = TDecideReview;

export const SUBMISSION_NOTE_MAX = 2000;

export const ZSubmitForReview = z.object({
  dealId: ZId,
  version: ZVersion,
  note: text("Note", SUBMISSION_NOTE_MAX).default(""),
});
export type TSubmitForReview = z.output<typeof ZSubmitForReview>;

export const ZUpdateProcessStep = z.object({
  dealId: ZId,
  dealRecommendationId: ZId,
  done: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")], { error: "Choose done or not done" }),
  note: text("Note", 2000).default(""),
});
export type TUpdateProcessStep = z.output<typeof ZUpdateProcessStep>;

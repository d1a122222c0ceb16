import { z } from "zod";
import { REVIEW_DECISIONS } from "@/lib/domain/enums";
import { oneOf, text, ZId } from "./common";

export const ZAcceptRisk = z.object({
  dealId: ZId,
  dealClauseId: ZId,
  rationale: text("Risk acceptance", 4000).min(20, "Write at least a sentence (20 characters) on why this gap is acceptable"),
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

export const ZUpdateProcessStep = z.object({
  dealId: ZId,
  dealRecommendationId: ZId,
  done: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")], { error: "Choose done or not done" }),
  note: text("Note", 2000).default(""),
});
export type TUpdateProcessStep = z.output<typeof ZUpdateProcessStep>;

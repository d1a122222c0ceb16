"use server";

import { defineDealAction } from "@/lib/actions/define-deal-action";
import { updateProcessStep as updateProcessStepService } from "@/lib/services/process";
import { acceptRisk as acceptRiskService, decideReview as decideReviewService, revokeRisk as revokeRiskService } from "@/lib/services/reviews";
import { ZAcceptRisk, ZDecideReview, ZRevokeRisk, ZUpdateProcessStep } from "@/lib/validation/review";

export const acceptRisk = defineDealAction({ name: "acceptRisk", permission: "risk:accept", schema: ZAcceptRisk, service: acceptRiskService });

export const revokeRisk = defineDealAction({ name: "revokeRisk", permission: "risk:accept", schema: ZRevokeRisk, service: revokeRiskService });

export const decideReview = defineDealAction({ name: "decideReview", permission: "review:decide", schema: ZDecideReview, service: decideReviewService });

export const updateProcessStep = defineDealAction({
  name: "updateProcessStep",
  permission: "process:update",
  schema: ZUpdateProcessStep,
  service: updateProcessStepService,
});

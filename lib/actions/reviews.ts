"use server";

import { defineDealAction } from "@/lib/actions/define-deal-action";
import { updateProcessStep as updateProcessStepService } from "@/lib/services/process";
import {
  acceptRisk as acceptRiskService,
  decideReview as decideReviewService,
  giveSecondApproval as giveSecondApprovalService,
  revokeRisk as revokeRiskService,
} from "@/lib/services/reviews";
import { submitForReview as submitForReviewService } from "@/lib/services/submissions";
import { ZAcceptRisk, ZDecideReview, ZRevokeRisk, ZSecondApproval, ZSubmitForReview, ZUpdateProcessStep } from "@/lib/validation/review";

export const acceptRisk = defineDealAction({ name: "acceptRisk", permission: "risk:accept", schema: ZAcceptRisk, service: acceptRiskService });

export const revokeRisk = defineDealAction({ name: "revokeRisk", permission: "risk:accept", schema: ZRevokeRisk, service: revokeRiskService });

export const decideReview = defineDealAction({ name: "decideReview", permission: "review:decide", schema: ZDecideReview, service: decideReviewService });

export const giveSecondApproval = defineDealAction({
  name: "giveSecondApproval",
  permission: "review:second-approve",
  schema: ZSecondApproval,
  service: giveSecondApprovalService,
});

export const submitForReview = defineDealAction({
  name: "submitForReview",
  permission: "deal:submit-for-review",
  schema: ZSubmitForReview,
  service: submitForReviewService,
});

export const updateProcessStep = defineDealAction({
  name: "updateProcessStep",
  permission: "process:update",
  schema: ZUpdateProcessStep,
  service: updateProcessStepService,
});

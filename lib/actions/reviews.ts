"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { updateProcessStep as updateProcessStepService } from "@/lib/services/process";
import { acceptRisk as acceptRiskService, decideReview as decideReviewService, revokeRisk as revokeRiskService } from "@/lib/services/reviews";
import { ZAcceptRisk, ZDecideReview, ZRevokeRisk, ZUpdateProcessStep } from "@/lib/validation/review";

export const acceptRisk = defineAction({
  name: "acceptRisk",
  permission: "risk:accept",
  schema: ZAcceptRisk,
  handler: async (actor, input) => {
    const result = await acceptRiskService(actor, input);
    revalidatePath(`/deals/${input.dealId}`, "layout");
    return result;
  },
});

export const revokeRisk = defineAction({
  name: "revokeRisk",
  permission: "risk:accept",
  schema: ZRevokeRisk,
  handler: async (actor, input) => {
    const result = await revokeRiskService(actor, input);
    revalidatePath(`/deals/${input.dealId}`, "layout");
    return result;
  },
});

export const decideReview = defineAction({
  name: "decideReview",
  permission: "review:decide",
  schema: ZDecideReview,
  handler: async (actor, input) => {
    const result = await decideReviewService(actor, input);
    revalidatePath(`/deals/${input.dealId}`, "layout");
    revalidatePath("/");
    return result;
  },
});

export const updateProcessStep = defineAction({
  name: "updateProcessStep",
  permission: "process:update",
  schema: ZUpdateProcessStep,
  handler: async (actor, input) => {
    const result = await updateProcessStepService(actor, input);
    revalidatePath(`/deals/${input.dealId}`, "layout");
    return result;
  },
});

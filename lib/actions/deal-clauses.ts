"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { logVendorResponse as logVendorResponseService, updateDealClause as updateDealClauseService } from "@/lib/services/deal-clauses";
import { ZLogVendorResponse, ZUpdateDealClause } from "@/lib/validation/deal-clause";

export const updateDealClause = defineAction({
  name: "updateDealClause",
  permission: "clause:update",
  schema: ZUpdateDealClause,
  handler: async (actor, input) => {
    const result = await updateDealClauseService(actor, input);
    revalidatePath("/deals", "layout");
    return result;
  },
});

export const logVendorResponse = defineAction({
  name: "logVendorResponse",
  permission: "response:log",
  schema: ZLogVendorResponse,
  handler: async (actor, input) => {
    const result = await logVendorResponseService(actor, input);
    revalidatePath("/deals", "layout");
    return result;
  },
});

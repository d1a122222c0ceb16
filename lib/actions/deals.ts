"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { createDeal as createDealService, setDealArchived, updateDeal as updateDealService } from "@/lib/services/deals";
import { ZArchiveDeal, ZCreateDeal, ZUpdateDeal } from "@/lib/validation/deal";

export const createDeal = defineAction({
  name: "createDeal",
  permission: "deal:create",
  schema: ZCreateDeal,
  handler: async (actor, input) => {
    const result = await createDealService(actor, input);
    revalidatePath("/deals");
    revalidatePath("/");
    return result;
  },
});

export const updateDeal = defineAction({
  name: "updateDeal",
  permission: "deal:update",
  schema: ZUpdateDeal,
  handler: async (actor, input) => {
    const result = await updateDealService(actor, input);
    revalidatePath(`/deals/${input.dealId}`, "layout");
    revalidatePath("/deals");
    return result;
  },
});

export const archiveDeal = defineAction({
  name: "archiveDeal",
  permission: "deal:archive",
  schema: ZArchiveDeal,
  handler: async (actor, input) => {
    const result = await setDealArchived(actor, input);
    revalidatePath(`/deals/${input.dealId}`, "layout");
    revalidatePath("/deals");
    return result;
  },
});

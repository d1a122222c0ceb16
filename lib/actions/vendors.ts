"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { dismissVendorProposal as dismiss, mergeVendors as merge, renameVendor as rename } from "@/lib/services/vendor-merges";
import { ZDismissVendorProposal, ZMergeVendors, ZRenameVendor } from "@/lib/validation/vendor";

// Vendor records: merge and dismiss on /admin/vendors (admins), rename on a vendor's page. Deal pages
// show the vendor's name, so the whole app is revalidated after a change.

export const mergeVendors = defineAction({
  name: "mergeVendors",
  permission: "vendor:merge",
  schema: ZMergeVendors,
  handler: async (actor, input) => {
    const result = await merge(actor, input);
    revalidatePath("/", "layout");
    return result;
  },
});

export const dismissVendorProposal = defineAction({
  name: "dismissVendorProposal",
  permission: "vendor:merge",
  schema: ZDismissVendorProposal,
  handler: async (actor, input) => {
    const result = await dismiss(actor, input);
    revalidatePath("/admin/vendors");
    return result;
  },
});

export const renameVendor = defineAction({
  name: "renameVendor",
  permission: "vendor:manage",
  schema: ZRenameVendor,
  handler: async (actor, input) => {
    const result = await rename(actor, input);
    revalidatePath("/", "layout");
    return result;
  },
});

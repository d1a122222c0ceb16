import { z } from "zod";
import { tidyVendorName } from "@/lib/domain/vendor-names";
import { requiredText, ZId, ZVersion } from "./common";

/** A vendor's name as typed: tidied (one space between words), and with a letter or digit to key it by. */
export function vendorName(label: string) {
  return requiredText(label, 200)
    .transform(tidyVendorName)
    .refine((name) => /[\p{L}\p{N}]/u.test(name), `${label} needs at least one letter or digit`);
}

export const ZRenameVendor = z.object({ vendorId: ZId, version: ZVersion, name: vendorName("Name") });
export type TRenameVendor = z.output<typeof ZRenameVendor>;

/** Merges `mergedId` into `survivorId`: the survivor keeps its name and gets every deal. */
export const ZMergeVendors = z
  .object({ survivorId: ZId, mergedId: ZId })
  .refine((input) => input.survivorId !== input.mergedId, { path: ["mergedId"], message: "Choose two different vendors" });
export type TMergeVendors = z.output<typeof ZMergeVendors>;

export const ZDismissVendorProposal = z.object({ proposalId: ZId });
export type TDismissVendorProposal = z.output<typeof ZDismissVendorProposal>;

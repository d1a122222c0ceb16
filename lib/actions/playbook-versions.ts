"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { importPlaybookDraft as importPlaybookDraftService, publishPlaybookDraft as publishPlaybookDraftService } from "@/lib/services/playbook-versions";
import { ZImportPlaybookDraft, ZPublishPlaybookDraft } from "@/lib/validation/playbook-versions";

export const publishPlaybookDraft = defineAction({
  name: "publishPlaybookDraft",
  permission: "playbook:edit",
  schema: ZPublishPlaybookDraft,
  handler: async (actor, input) => {
    const result = await publishPlaybookDraftService(actor, input);
    // The playbook pages, the version history and every page that names the current version.
    revalidatePath("/", "layout");
    return result;
  },
});

export const importPlaybookDraft = defineAction({
  name: "importPlaybookDraft",
  permission: "playbook:edit",
  schema: ZImportPlaybookDraft,
  handler: async (actor, input) => {
    const result = await importPlaybookDraftService(actor, input);
    revalidatePath("/playbook", "layout");
    return result;
  },
});

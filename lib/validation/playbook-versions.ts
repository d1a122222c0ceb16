import { z } from "zod";
import { text, ZId, ZVersion } from "./common";

export const CHANGE_SUMMARY_MIN = 10;
export const CHANGE_SUMMARY_MAX = 2000;

// Both forms name the organisation they were opened in: an admin of several organisations who
// switched in another tab is refused instead of publishing or importing into the wrong one.

export const ZPublishPlaybookDraft = z.object({
  organizationId: ZId,
  draftVersion: ZVersion,
  changeSummary: text("The change summary", CHANGE_SUMMARY_MAX).min(
    CHANGE_SUMMARY_MIN,
    `Say in at least ${CHANGE_SUMMARY_MIN} characters what changed and why: people reading the version history rely on it`,
  ),
});
export type TPublishPlaybookDraft = z.infer<typeof ZPublishPlaybookDraft>;

/** The largest playbook file an import takes, in bytes: well inside the app's limit for an action's whole request (512 KB). */
export const PLAYBOOK_IMPORT_MAX_BYTES = 400 * 1024;

const ZCheckbox = z.union([z.boolean(), z.enum(["true", "false", "on"]).transform((v) => v !== "false")], { error: "Missing choice" }).default(false);

export const ZImportPlaybookDraft = z.object({
  organizationId: ZId,
  /** The file's text (read in the browser) or the pasted JSON; checked as a playbook by the service, problem by problem. */
  json: z
    .string({ error: "Choose a JSON file or paste the playbook" })
    .min(1, "Choose a JSON file or paste the playbook")
    .refine((s) => s.trim().length > 0, "Choose a JSON file or paste the playbook")
    .refine((s) => new TextEncoder().encode(s).length <= PLAYBOOK_IMPORT_MAX_BYTES, `The playbook can be at most ${PLAYBOOK_IMPORT_MAX_BYTES / 1024} KB`),
  /** Must be set when the organisation already has a draft: the import replaces it as a whole. */
  replaceDraft: ZCheckbox,
});
export type TImportPlaybookDraft = z.infer<typeof ZImportPlaybookDraft>;

export const ZPlaybookVersionParam = z.coerce.number().int().min(1).max(1_000_000);

import { z } from "zod";
import { MAX_PASTED_DRAFT_CHARS } from "@/lib/drafts/limits";
import { oneOf, requiredText, text, ZDate, ZId, ZVersion } from "./common";

// The vendor-draft workbench's inputs: adding a round (an uploaded file's metadata, or pasted text),
// deleting an unlogged round, and the review's edits (every one names the draft version it read).

export const DRAFT_TITLE_MAX = 200;
export const DRAFT_FILE_NAME_MAX = 255;
export const DISMISS_REASON_MIN = 3;
export const DISMISS_REASON_MAX = 500;

export const PASTED_DRAFT_KINDS = ["TEXT", "EMAIL"] as const;

/** What a round is called when the person leaves the title empty. */
export const defaultDraftTitle = (round: number) => `Vendor draft, round ${round}`;

const roundFields = {
  /** "" → "Vendor draft, round N" (N worked out when the round is written). */
  title: text("Title", DRAFT_TITLE_MAX).default(""),
  receivedOn: ZDate,
};

/**
 * The metadata of an upload, sent in the query string next to the raw file body. The media type the
 * browser claims is only a hint: the file is read by its magic bytes and stored with the type found.
 */
export const ZUploadDraftQuery = z.object({
  ...roundFields,
  fileName: requiredText("File name", DRAFT_FILE_NAME_MAX).refine((name) => !/[\\/\r\n]/.test(name), "A file name cannot contain slashes or line breaks"),
  mediaType: text("Media type", 200)
    .regex(/^$|^[\w.+-]+\/[\w.+-]+$/, "Not a media type")
    .default(""),
});
export type TUploadDraftQuery = z.output<typeof ZUploadDraftQuery>;

export const ZAddPastedDraft = z.object({
  dealId: ZId,
  ...roundFields,
  kind: oneOf(PASTED_DRAFT_KINDS, "kind of text"),
  text: requiredText("Text", MAX_PASTED_DRAFT_CHARS),
});
export type TAddPastedDraft = z.output<typeof ZAddPastedDraft>;

/** Every review edit: the draft and the version of its review the page read. */
const draftRef = { draftId: ZId, version: ZVersion };

export const ZDeleteDraft = z.object(draftRef);
export type TDeleteDraft = z.output<typeof ZDeleteDraft>;

export const ZDraftMappingChange = z.object({ ...draftRef, mappingId: ZId });
export type TDraftMappingChange = z.output<typeof ZDraftMappingChange>;

/** "Map to another clause…": the passage now addresses this deal clause (a manual, accepted mapping). */
export const ZRemapDraftPassage = z.object({ ...draftRef, passageId: ZId, dealClauseId: ZId });
export type TRemapDraftPassage = z.output<typeof ZRemapDraftPassage>;

export const ZDismissDraftFlag = z.object({
  ...draftRef,
  flagId: ZId,
  reason: requiredText("Reason", DISMISS_REASON_MAX).min(DISMISS_REASON_MIN, `Reason needs at least ${DISMISS_REASON_MIN} characters`),
});
export type TDismissDraftFlag = z.output<typeof ZDismissDraftFlag>;

export const ZRestoreDraftFlag = z.object({ ...draftRef, flagId: ZId });
export type TRestoreDraftFlag = z.output<typeof ZRestoreDraftFlag>;

/** The review page's passage filter (a GET parameter: anything else is "all"). */
export const DRAFT_PASSAGE_FILTERS = ["all", "flagged", "mapped", "unmapped"] as const;
export type DraftPassageFilter = (typeof DRAFT_PASSAGE_FILTERS)[number];
export const ZDraftPassageFilter = z.enum(DRAFT_PASSAGE_FILTERS).catch("all");

import { z } from "zod";
import { CLAUSE_STATUSES, OFFER_POSITIONS, RESPONSE_CHANNELS, VENDOR_STANCES } from "@/lib/domain/enums";
import { oneOf, requiredText, text, ZDate, ZId, ZVersion } from "./common";

export const MAX_VENDOR_TEXT = 20_000;

export const ZUpdateDealClause = z.object({
  dealClauseId: ZId,
  version: ZVersion,
  status: oneOf(CLAUSE_STATUSES, "status"),
  notApplicableReason: text("Reason", 1000).default(""),
  agreedLanguage: text("Agreed language", 20_000).default(""),
  contractReference: text("Contract section", 200).default(""),
  notes: text("Notes", 20_000).default(""),
});
export type TUpdateDealClause = z.output<typeof ZUpdateDealClause>;

export const ZLogVendorResponse = z.object({
  dealClauseId: ZId,
  /** The clause version the form read: a status change in the same step must not overwrite a newer one. */
  version: ZVersion,
  occurredOn: ZDate,
  channel: oneOf(RESPONSE_CHANNELS, "channel"),
  vendorText: requiredText("What the vendor said", MAX_VENDOR_TEXT),
  stance: oneOf(VENDOR_STANCES, "stance"),
  offerPosition: oneOf(OFFER_POSITIONS, "position"),
  counterNextStep: text("Our counter / next step", 5000).default(""),
  /** "" keeps the clause status as it is. */
  newStatus: z.union([z.literal(""), oneOf(CLAUSE_STATUSES, "status")]).default(""),
  notApplicableReason: text("Reason", 1000).default(""),
  /** With a settled status: the agreed language and contract section to record (absent or "" keeps what the clause holds). */
  agreedLanguage: text("Agreed language", 20_000).optional(),
  contractReference: text("Contract section", 200).optional(),
});
export type TLogVendorResponse = z.output<typeof ZLogVendorResponse>;

export const ZAnalyzeText = z.object({
  text: z
    .string({ error: (issue) => (issue.input === undefined ? "text is required" : "text must be a string") })
    .min(1, "text must not be empty")
    .max(MAX_VENDOR_TEXT, `text can be at most ${MAX_VENDOR_TEXT.toLocaleString("en")} characters`),
});

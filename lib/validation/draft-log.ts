import { z } from "zod";
import { CLAUSE_STATUSES, OFFER_POSITIONS, VENDOR_STANCES } from "@/lib/domain/enums";
import { oneOf, requiredText, text, ZId, ZVersion } from "./common";
import { MAX_VENDOR_TEXT } from "./deal-clause";

/** More entries than a deal has clauses is no round; bounds the matcher's work per call too. */
export const MAX_ROUND_ENTRIES = 200;
/** All the vendor text of a round: a 40-page draft is about 120,000 characters; an entry may quote a passage another quotes too. */
export const MAX_ROUND_TEXT = 400_000;
const MAX_PASSAGES_PER_ENTRY = 200;

/** One confirmed response of a round: the clause, the passages it quotes, and what the negotiator edited. */
export const ZDraftRoundEntry = z.object({
  dealClauseId: ZId,
  /** The clause version the page read: a status change must not overwrite a newer one. */
  version: ZVersion,
  passageIds: z.array(ZId, { error: "Choose the passages" }).min(1, "Quote at least one passage").max(MAX_PASSAGES_PER_ENTRY, "Too many passages"),
  vendorText: requiredText("What the vendor said", MAX_VENDOR_TEXT),
  stance: oneOf(VENDOR_STANCES, "stance"),
  offerPosition: oneOf(OFFER_POSITIONS, "position"),
  counterNextStep: text("Our counter / next step", 5000).default(""),
  /** "" keeps the clause status as it is. */
  newStatus: z.union([z.literal(""), oneOf(CLAUSE_STATUSES, "status")]).default(""),
  notApplicableReason: text("Reason", 1000).default(""),
  agreedLanguage: text("Agreed language", 20_000).optional(),
  contractReference: text("Contract section", 200).optional(),
});

export const ZLogDraftRound = z.object({
  draftId: ZId,
  /** The draft version the page read (its review must not have moved since). */
  version: ZVersion,
  entries: z
    .array(ZDraftRoundEntry, { error: "Choose the responses to log" })
    .min(1, "Include at least one response to log")
    .max(MAX_ROUND_ENTRIES, `A round can log at most ${MAX_ROUND_ENTRIES} responses`)
    .superRefine((entries, ctx) => {
      const total = entries.reduce((sum, e) => sum + e.vendorText.length, 0);
      if (total > MAX_ROUND_TEXT) {
        ctx.addIssue({ code: "custom", message: `A round can quote at most ${MAX_ROUND_TEXT.toLocaleString("en")} characters of vendor text in all` });
      }
      const seen = new Set<string>();
      entries.forEach((entry, index) => {
        if (seen.has(entry.dealClauseId))
          ctx.addIssue({ code: "custom", path: [index, "dealClauseId"], message: "This clause already has a response in this round" });
        seen.add(entry.dealClauseId);
      });
    }),
});
export type TLogDraftRound = z.output<typeof ZLogDraftRound>;
export type TDraftRoundEntry = z.output<typeof ZDraftRoundEntry>;

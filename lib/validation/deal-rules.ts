import { z } from "zod";
import { LAYER_KEYS, PRIORITIES } from "@/lib/domain/enums";
import { oneOf, requiredText, text, ZId, ZVersion } from "./common";

/** A negotiator sets a clause's applicability rules aside on one deal, saying why. */
export const ZOverrideClauseRules = z.object({
  dealClauseId: ZId,
  version: ZVersion,
  reason: requiredText("Reason", 1000),
});
export type TOverrideClauseRules = z.output<typeof ZOverrideClauseRules>;

/** The rules apply again. */
export const ZRestoreClauseRules = z.object({ dealClauseId: ZId, version: ZVersion });
export type TRestoreClauseRules = z.output<typeof ZRestoreClauseRules>;

/** A clause that is not in the playbook, added to one deal with its own positions. */
export const ZAddDealSpecificClause = z.object({
  dealId: ZId,
  layerKey: oneOf(LAYER_KEYS, "section"),
  title: requiredText("Title", 200),
  whyItMatters: requiredText("Why it matters", 4000),
  mustHave: requiredText("Must-have", 4000),
  fallback: requiredText("Fallback", 4000),
  walkAway: requiredText("Walk-away", 4000),
  priority: oneOf(PRIORITIES, "priority"),
  sampleLanguage: text("Sample language", 8000).default(""),
});
export type TAddDealSpecificClause = z.output<typeof ZAddDealSpecificClause>;

/** Removes a deal-specific clause nobody has negotiated yet. */
export const ZRemoveDealSpecificClause = z.object({ dealClauseId: ZId, version: ZVersion });
export type TRemoveDealSpecificClause = z.output<typeof ZRemoveDealSpecificClause>;

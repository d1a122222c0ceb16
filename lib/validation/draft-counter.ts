import { z } from "zod";
import { oneOf, requiredText, ZId, ZVersion } from "./common";

/** Where a counter's wording started: the mapped clause's sample language, its fallback, or the vendor's own text. */
export const COUNTER_SOURCES = ["sample", "fallback", "own"] as const;
export type CounterSource = (typeof COUNTER_SOURCES)[number];

/** Longer than any clause's sample language (8,000) with room to edit. */
export const MAX_COUNTER_TEXT = 10_000;

const ZPassageRef = z.object({
  draftId: ZId,
  /** The draft version the page read: a counter saved on a stale page is refused. */
  version: ZVersion,
  passageId: ZId,
});

export const ZSetDraftCounter = ZPassageRef.extend({
  counterFrom: oneOf(COUNTER_SOURCES, "starting point"),
  counterText: requiredText("Our wording", MAX_COUNTER_TEXT),
});
export type TSetDraftCounter = z.output<typeof ZSetDraftCounter>;

export const ZClearDraftCounter = ZPassageRef;
export type TClearDraftCounter = z.output<typeof ZClearDraftCounter>;

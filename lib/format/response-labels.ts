import type { OfferPosition, ResponseChannel, VendorStance } from "@/lib/domain/enums";
import type { Tone } from "./tone";

export const CHANNEL_LABEL: Record<ResponseChannel, string> = { REDLINE: "Redline", EMAIL: "Email", CALL: "Call", MEETING: "Meeting" };
export const STANCE_LABEL: Record<VendorStance, string> = { ACCEPTS: "Accepts", COUNTERS: "Counters", REJECTS: "Rejects", DEFERS: "Defers" };
export const STANCE_TONE: Record<VendorStance, Tone> = { ACCEPTS: "good", COUNTERS: "warn", REJECTS: "bad", DEFERS: "open" };
export const OFFER_LABEL: Record<OfferPosition, string> = {
  MUST_HAVE: "Reaches our must-have",
  FALLBACK: "Reaches our fallback",
  BELOW_WALK_AWAY: "Below walk-away",
  UNCLEAR: "Unclear yet",
};

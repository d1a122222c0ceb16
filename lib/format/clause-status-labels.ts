import type { ClauseStatus } from "@/lib/domain/enums";
import type { Tone } from "./tone";

/** The tones a clause status can take (the PDF report has a colour for each). */
export type StatusTone = Extract<Tone, "good" | "ok" | "bad" | "open" | "muted">;

export const CLAUSE_STATUS_LABEL: Record<ClauseStatus, string> = {
  NOT_STARTED: "Not started",
  IN_NEGOTIATION: "In negotiation",
  MUST_HAVE_MET: "Must-have met",
  FALLBACK_ACCEPTED: "Fallback accepted",
  BELOW_WALK_AWAY: "Below walk-away",
  NOT_APPLICABLE: "Not applicable",
};

export const CLAUSE_STATUS_TONE: Record<ClauseStatus, StatusTone> = {
  NOT_STARTED: "open",
  IN_NEGOTIATION: "open",
  MUST_HAVE_MET: "good",
  FALLBACK_ACCEPTED: "ok",
  BELOW_WALK_AWAY: "bad",
  NOT_APPLICABLE: "muted",
};

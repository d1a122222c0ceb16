// Readiness bands used by the portfolio: a deal is "ready" when it has no blockers, whatever its
// score; otherwise its score places it. The SQL function dp_readiness_band() (prisma/sql/
// portfolio-tallies.sql) repeats these thresholds; an integration test holds the two equal.

export const READINESS_BANDS = ["ready", "close", "partial", "early"] as const;
export type ReadinessBand = (typeof READINESS_BANDS)[number];

/** The lowest score of each band that a blocked deal can reach: the only place these numbers live. */
export const READINESS_BAND_MIN_SCORE = { close: 70, partial: 40 } as const;

export function readinessBand(score: number, ready: boolean): ReadinessBand {
  if (ready) return "ready";
  if (score >= READINESS_BAND_MIN_SCORE.close) return "close";
  if (score >= READINESS_BAND_MIN_SCORE.partial) return "partial";
  return "early";
}

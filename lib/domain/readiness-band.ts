// Readiness bands used by the portfolio: a deal is "ready" when it has no blockers, whatever its
// score; otherwise its score places it.

export const READINESS_BANDS = ["ready", "close", "partial", "early"] as const;
export type ReadinessBand = (typeof READINESS_BANDS)[number];

export const READINESS_BAND_LABEL: Record<ReadinessBand, string> = {
  ready: "Ready to sign",
  close: "Close (70+, blocked)",
  partial: "Partial (40–69)",
  early: "Early (under 40)",
};

export function readinessBand(score: number, ready: boolean): ReadinessBand {
  if (ready) return "ready";
  if (score >= 70) return "close";
  if (score >= 40) return "partial";
  return "early";
}

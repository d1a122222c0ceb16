import { READINESS_BAND_MIN_SCORE, type ReadinessBand } from "@/lib/domain/readiness-band";

const { close, partial } = READINESS_BAND_MIN_SCORE;

export const READINESS_BAND_LABEL: Record<ReadinessBand, string> = {
  ready: "Ready to sign",
  close: `Close (${close}+, blocked)`,
  partial: `Partial (${partial}–${close - 1})`,
  early: `Early (under ${partial})`,
};

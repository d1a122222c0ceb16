import type { ReadinessBand } from "@/lib/domain/readiness-band";
import { findLicence } from "@/lib/licences/findings";
import { READINESS_BAND_LABEL } from "./readiness-labels";

const SIGNING: Record<string, string> = {
  overdue: "signing date passed",
  "30": "signing within 30 days",
  "90": "signing within 90 days",
  "180": "signing within 180 days",
};

export const DRILL_DOWN_LABEL: Record<
  "signing" | "band" | "exposed" | "atRisk" | "uncovered" | "pushback" | "pitch" | "licence" | "licenceFindings",
  (value: string) => string
> = {
  signing: (v) => SIGNING[v] ?? v,
  band: (v) => `readiness: ${READINESS_BAND_LABEL[v as ReadinessBand] ?? v}`,
  exposed: () => "exposed to lock-in",
  atRisk: () => "at risk (signing within 30 days, not ready)",
  uncovered: (v) => `failure scenario not covered: ${v.replace(/-/g, " ")}`,
  pushback: (v) => `vendor pushed back on ${v.replace(/-/g, " ")}`,
  pitch: (v) => `pitch heard: ${v.replace(/-/g, " ")}`,
  licence: (v) => `base-model licence: ${v === "unchecked" ? "unchecked (free text)" : v === "none" ? "none stated" : (findLicence(v)?.name ?? v)}`,
  licenceFindings: () => "open blocking licence findings",
};

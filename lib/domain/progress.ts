import { LAYER_KEYS } from "./enums";
import type { ClauseStatus, LayerKey } from "./enums";

// Clause counts per checklist section (IP layer). Unweighted: this is "how far along are we",
// not readiness (see readiness.ts for the weighted, documented score).

export interface ProgressCounts {
  total: number;
  mustHave: number;
  fallback: number;
  belowWalkAway: number;
  /** NOT_STARTED + IN_NEGOTIATION. */
  open: number;
  notApplicable: number;
  /** round(100 × (mustHave + fallback) / (total − notApplicable)); 0 when nothing applies. */
  settledPercent: number;
}

export interface SectionProgress extends ProgressCounts {
  layerKey: LayerKey;
}

export interface ProgressItem {
  layerKey: LayerKey;
  status: ClauseStatus;
  /** How many clauses this item stands for (a grouped SQL row); 1 when absent. */
  count?: number;
}

function count(items: readonly { status: ClauseStatus; count?: number }[]): ProgressCounts {
  let mustHave = 0;
  let fallback = 0;
  let belowWalkAway = 0;
  let open = 0;
  let notApplicable = 0;
  let total = 0;
  for (const { status, count: n = 1 } of items) {
    total += n;
    switch (status) {
      case "MUST_HAVE_MET":
        mustHave += n;
        break;
      case "FALLBACK_ACCEPTED":
        fallback += n;
        break;
      case "BELOW_WALK_AWAY":
        belowWalkAway += n;
        break;
      case "NOT_STARTED":
      case "IN_NEGOTIATION":
        open += n;
        break;
      case "NOT_APPLICABLE":
        notApplicable += n;
        break;
    }
  }
  const applicable = total - notApplicable;
  const settledPercent = applicable === 0 ? 0 : Math.round((100 * (mustHave + fallback)) / applicable);
  return { total, mustHave, fallback, belowWalkAway, open, notApplicable, settledPercent };
}

/** One entry per layer, in LAYER_KEYS order, including layers with no clauses (all zeros). */
export function sectionProgress(items: readonly ProgressItem[]): SectionProgress[] {
  return LAYER_KEYS.map((layerKey) => ({
    layerKey,
    ...count(items.filter((item) => item.layerKey === layerKey)),
  }));
}

/** The same counts over the whole deal. */
export function overallProgress(items: readonly { status: ClauseStatus; count?: number }[]): ProgressCounts {
  return count(items);
}

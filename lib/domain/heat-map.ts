import { isSettled } from "./clause-status";
import { LAYER_KEYS, type ClauseStatus, type LayerKey } from "./enums";

// One cell of the portfolio heat map: a deal's checklist section, coloured by its worst clause.
// A deal's cells are cached as one letter per section, in LAYER_KEYS order ("Deal"."heatCells"),
// so the heat map reads one short column per deal instead of every clause row.

export const HEAT_CELLS = ["below", "open", "partial", "settled", "na"] as const;
export type HeatCell = (typeof HEAT_CELLS)[number];

const CODE: Record<HeatCell, string> = { below: "b", open: "o", partial: "p", settled: "s", na: "n" };
const BY_CODE = Object.fromEntries(HEAT_CELLS.map((cell) => [CODE[cell], cell])) as Record<string, HeatCell>;

/** Worst first: any clause below walk-away; all not applicable; all settled; some settled; none. */
export function heatCell(statuses: readonly ClauseStatus[]): HeatCell {
  if (statuses.includes("BELOW_WALK_AWAY")) return "below";
  const applicable = statuses.filter((s) => s !== "NOT_APPLICABLE");
  if (!applicable.length) return "na";
  const settled = applicable.filter(isSettled).length;
  if (settled === applicable.length) return "settled";
  return settled > 0 ? "partial" : "open";
}

/** The cached form: one letter per section in LAYER_KEYS order; a section without clauses is "n". */
export function encodeHeatCells(clauses: readonly { layerKey: LayerKey; status: ClauseStatus }[]): string {
  return LAYER_KEYS.map((layer) => CODE[heatCell(clauses.filter((c) => c.layerKey === layer).map((c) => c.status))]).join("");
}

/** The cell of one section from the cached letters; unknown or missing letters read as "na". */
export function heatCellAt(encoded: string, layer: LayerKey): HeatCell {
  return BY_CODE[encoded.charAt(LAYER_KEYS.indexOf(layer))] ?? "na";
}

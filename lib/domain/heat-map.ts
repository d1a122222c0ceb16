import { isSettled } from "./clause-status";
import { LAYER_KEYS, type ClauseStatus } from "./enums";

// One cell of the portfolio heat map: a deal's checklist section, coloured by its worst clause.
// A deal's cells are cached as {layerKey: letter} ("Deal"."heatCells"), so the heat map reads one
// short column per deal instead of every clause row; keyed, so no reader depends on a section order.

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

/** The cached form: {layerKey: letter}. */
export type HeatCells = Record<string, string>;

/** One letter per section (every section of LAYER_KEYS, and any other a clause names); a section without clauses is "n". */
export function encodeHeatCells(clauses: readonly { layerKey: string; status: ClauseStatus }[]): HeatCells {
  const layers = new Set<string>([...LAYER_KEYS, ...clauses.map((c) => c.layerKey)]);
  return Object.fromEntries([...layers].map((layer) => [layer, CODE[heatCell(clauses.filter((c) => c.layerKey === layer).map((c) => c.status))]]));
}

/** The cell of one section from the cached letters; a missing section or unknown letter reads as "na". */
export function heatCellAt(cells: HeatCells | null | undefined, layer: string): HeatCell {
  const code = cells && Object.hasOwn(cells, layer) ? cells[layer] : undefined;
  return (typeof code === "string" && BY_CODE[code]) || "na";
}

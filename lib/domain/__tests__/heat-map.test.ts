import { describe, expect, it } from "vitest";
import { LAYER_KEYS, type ClauseStatus } from "../enums";
import { encodeHeatCells, heatCell, heatCellAt } from "../heat-map";

describe("heatCell: a section's colour is its worst clause", () => {
  it.each<[ClauseStatus[], string]>([
    [["MUST_HAVE_MET", "BELOW_WALK_AWAY", "NOT_APPLICABLE"], "below"],
    [["NOT_APPLICABLE", "NOT_APPLICABLE"], "na"],
    [[], "na"],
    [["MUST_HAVE_MET", "FALLBACK_ACCEPTED", "NOT_APPLICABLE"], "settled"],
    [["MUST_HAVE_MET", "IN_NEGOTIATION"], "partial"],
    [["NOT_STARTED", "IN_NEGOTIATION", "NOT_APPLICABLE"], "open"],
  ])("%j → %s", (statuses, cell) => {
    expect(heatCell(statuses)).toBe(cell);
  });
});

describe("the cached letters", () => {
  it("hold one letter per section in LAYER_KEYS order, and read back cell by cell", () => {
    const encoded = encodeHeatCells([
      { layerKey: "training-data", status: "BELOW_WALK_AWAY" },
      { layerKey: "training-data", status: "MUST_HAVE_MET" },
      { layerKey: "weights-artifacts", status: "MUST_HAVE_MET" },
      { layerKey: "outputs", status: "IN_NEGOTIATION" },
      { layerKey: "outputs", status: "FALLBACK_ACCEPTED" },
      { layerKey: "know-how", status: "NOT_STARTED" },
    ]);
    expect(encoded).toHaveLength(LAYER_KEYS.length);
    expect(LAYER_KEYS.map((layer) => heatCellAt(encoded, layer))).toEqual(
      LAYER_KEYS.map(
        (layer) => ({ "training-data": "below", "weights-artifacts": "settled", outputs: "partial", "know-how": "open" })[layer as string] ?? "na",
      ),
    );
  });

  it("read a deal whose letters were never computed as not applicable, not as an error", () => {
    expect(heatCellAt("", "training-data")).toBe("na");
    expect(heatCellAt("zz", "base-model")).toBe("na");
  });
});

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
  it("hold one letter per section, keyed by section, and read back cell by cell", () => {
    const encoded = encodeHeatCells([
      { layerKey: "training-data", status: "BELOW_WALK_AWAY" },
      { layerKey: "training-data", status: "MUST_HAVE_MET" },
      { layerKey: "weights-artifacts", status: "MUST_HAVE_MET" },
      { layerKey: "outputs", status: "IN_NEGOTIATION" },
      { layerKey: "outputs", status: "FALLBACK_ACCEPTED" },
      { layerKey: "know-how", status: "NOT_STARTED" },
    ]);
    expect(encoded).toEqual({
      "training-data": "b",
      "base-model": "n",
      "weights-artifacts": "s",
      "derived-data": "n",
      outputs: "p",
      "know-how": "o",
      "deployment-exit": "n",
    });
    expect(LAYER_KEYS.map((layer) => heatCellAt(encoded, layer))).toEqual(
      LAYER_KEYS.map(
        (layer) => ({ "training-data": "below", "weights-artifacts": "settled", outputs: "partial", "know-how": "open" })[layer as string] ?? "na",
      ),
    );
  });

  it("do not depend on the order of the keys", () => {
    const cells = { "deployment-exit": "b", "training-data": "s" };
    expect(heatCellAt(cells, "training-data")).toBe("settled");
    expect(heatCellAt(cells, "deployment-exit")).toBe("below");
    expect(heatCellAt({ ...cells, "training-data": "o" }, "training-data")).toBe("open");
  });

  it("read a deal whose letters were never computed as not applicable, not as an error", () => {
    expect(heatCellAt({}, "training-data")).toBe("na");
    expect(heatCellAt(null, "training-data")).toBe("na");
    expect(heatCellAt({ "base-model": "zz" }, "base-model")).toBe("na");
    expect(heatCellAt({ toString: "b" } as Record<string, string>, "constructor")).toBe("na");
  });
});

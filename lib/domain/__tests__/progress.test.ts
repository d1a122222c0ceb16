import { describe, expect, it } from "vitest";
import { LAYER_KEYS } from "@/lib/domain/enums";
import { overallProgress, sectionProgress } from "@/lib/domain/progress";

describe("sectionProgress", () => {
  it("returns all seven layers in order, even when empty", () => {
    const result = sectionProgress([]);
    expect(result.map((s) => s.layerKey)).toEqual([...LAYER_KEYS]);
    for (const s of result)
      expect(s).toEqual({
        layerKey: s.layerKey,
        total: 0,
        mustHave: 0,
        fallback: 0,
        belowWalkAway: 0,
        open: 0,
        notApplicable: 0,
        settledPercent: 0,
      });
  });

  it("counts each status and computes settledPercent without N/A", () => {
    const result = sectionProgress([
      { layerKey: "training-data", status: "MUST_HAVE_MET" },
      { layerKey: "training-data", status: "FALLBACK_ACCEPTED" },
      { layerKey: "training-data", status: "NOT_STARTED" },
      { layerKey: "training-data", status: "IN_NEGOTIATION" },
      { layerKey: "training-data", status: "BELOW_WALK_AWAY" },
      { layerKey: "training-data", status: "NOT_APPLICABLE" },
      { layerKey: "deployment-exit", status: "MUST_HAVE_MET" },
      { layerKey: "deployment-exit", status: "IN_NEGOTIATION" },
      { layerKey: "deployment-exit", status: "IN_NEGOTIATION" },
      { layerKey: "outputs", status: "NOT_APPLICABLE" },
    ]);
    const byLayer = Object.fromEntries(result.map((s) => [s.layerKey, s]));
    // 2 settled of 6 − 1 N/A = 5 applicable → round(40) = 40
    expect(byLayer["training-data"]).toEqual({
      layerKey: "training-data",
      total: 6,
      mustHave: 1,
      fallback: 1,
      belowWalkAway: 1,
      open: 2,
      notApplicable: 1,
      settledPercent: 40,
    });
    // 1 of 3 → round(33.33) = 33
    expect(byLayer["deployment-exit"].settledPercent).toBe(33);
    expect(byLayer["deployment-exit"].open).toBe(2);
    // everything N/A → denominator 0 → 0
    expect(byLayer["outputs"]).toMatchObject({ total: 1, notApplicable: 1, settledPercent: 0 });
    expect(byLayer["base-model"].total).toBe(0);
  });

  it("rounds to the nearest integer (2 of 3 → 67)", () => {
    const [first] = sectionProgress([
      { layerKey: "training-data", status: "MUST_HAVE_MET" },
      { layerKey: "training-data", status: "FALLBACK_ACCEPTED" },
      { layerKey: "training-data", status: "NOT_STARTED" },
    ]);
    expect(first.settledPercent).toBe(67);
  });
});

describe("overallProgress", () => {
  it("sums the same counts over all layers", () => {
    const items = [
      { layerKey: "training-data", status: "MUST_HAVE_MET" },
      { layerKey: "base-model", status: "FALLBACK_ACCEPTED" },
      { layerKey: "outputs", status: "NOT_APPLICABLE" },
      { layerKey: "know-how", status: "BELOW_WALK_AWAY" },
      { layerKey: "deployment-exit", status: "NOT_STARTED" },
    ] as const;
    const overall = overallProgress(items);
    // 2 settled of 5 − 1 = 4 applicable → 50
    expect(overall).toEqual({
      total: 5,
      mustHave: 1,
      fallback: 1,
      belowWalkAway: 1,
      open: 1,
      notApplicable: 1,
      settledPercent: 50,
    });
    const sections = sectionProgress(items);
    for (const key of ["total", "mustHave", "fallback", "belowWalkAway", "open", "notApplicable"] as const)
      expect(sections.reduce((sum, s) => sum + s[key], 0)).toBe(overall[key]);
  });

  it("is 0 % for an empty deal", () => {
    expect(overallProgress([]).settledPercent).toBe(0);
  });
});

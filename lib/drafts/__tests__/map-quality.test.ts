import { describe, expect, it } from "vitest";
import { measureMapping } from "../eval/measure";
import { HELD_OUT_SET, MAPPING_SET, type LabelledPassage } from "../eval/mapping-set";

// Precision and recall of the clause mapper over (passage, clause) pairs (lib/drafts/eval/measure.ts).
// SHOW_MAPPING=1 prints the numbers and every passage mapped differently from its label.

function measure(set: readonly LabelledPassage[]) {
  const result = measureMapping(set);
  if (process.env.SHOW_MAPPING) console.log(result);
  return result;
}

describe("clause mapping quality", () => {
  it("holds at least 60 labelled passages", () => {
    expect(MAPPING_SET.length).toBeGreaterThanOrEqual(60);
  });

  it("maps the labelled set with precision and recall of at least 85 %", () => {
    const { precision, recall, misses } = measure(MAPPING_SET);
    expect(precision, misses.join("\n")).toBeGreaterThanOrEqual(0.85);
    expect(recall, misses.join("\n")).toBeGreaterThanOrEqual(0.85);
  });

  // Measured once before any change to the mapper (precision 87 %, recall 65 %), then after the
  // general stemming and party-name changes (88 % / 70 %); no term was added for these sentences.
  // A guard that wording the terms were not written for keeps mapping, not a target.
  it("holds on the held-out passages the terms were not tuned on", () => {
    const { precision, recall, misses } = measure(HELD_OUT_SET);
    expect(precision, misses.join("\n")).toBeGreaterThanOrEqual(0.8);
    expect(recall, misses.join("\n")).toBeGreaterThanOrEqual(0.65);
  });
});

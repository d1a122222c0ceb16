import { describe, expect, it } from "vitest";
import { measureMapping } from "../eval/measure";
import { BLIND_HELD_OUT, BLIND_TUNING } from "../eval/blind-set";
import { BLIND_SECOND } from "../eval/blind-set-2";
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
  // The concept rules (concepts.ts) were written after reading what this set missed, by type, so its
  // later numbers (91 % / 100 %) overstate unseen wording: the blind set's held-out part is the honest one.
  it("holds on the held-out passages the terms were not tuned on", () => {
    const { precision, recall, misses } = measure(HELD_OUT_SET);
    expect(precision, misses.join("\n")).toBeGreaterThanOrEqual(0.8);
    expect(recall, misses.join("\n")).toBeGreaterThanOrEqual(0.65);
  });

  // Written by someone who never saw the mapper; mapped at 58 % precision / 80 % recall (all 45
  // passages) before any tuning on it. Guards, not targets.
  it("holds on the tuning part of the blind set, mapping no unrelated passage", () => {
    const { precision, recall, unrelatedMapped, misses } = measure(BLIND_TUNING);
    expect(precision, misses.join("\n")).toBeGreaterThanOrEqual(0.7);
    expect(recall, misses.join("\n")).toBeGreaterThanOrEqual(0.8);
    expect(unrelatedMapped, misses.join("\n")).toBe(0);
  });

  // Before tuning, this part mapped at 52 % precision / 85 % recall; it was never read while tuning.
  it("holds on the blind set's held-out part at least as well as before tuning", () => {
    const { precision, recall } = measure(BLIND_HELD_OUT);
    expect(precision).toBeGreaterThanOrEqual(0.52);
    expect(recall).toBeGreaterThanOrEqual(0.84);
  });

  // Measured once, untouched, after every change of issue 14 (58 % / 67 %): a floor against regressions, never a target to tune to.
  it("does not fall below its first measurement on the second blind set", () => {
    const { precision, recall } = measure(BLIND_SECOND);
    expect(precision).toBeGreaterThanOrEqual(0.58);
    expect(recall).toBeGreaterThanOrEqual(0.67);
  });
});

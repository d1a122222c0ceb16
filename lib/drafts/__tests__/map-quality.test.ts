import { describe, expect, it } from "vitest";
import { detectRedFlags } from "@/lib/domain/red-flags";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import { DEFAULT_CLAUSES } from "../eval/default-clauses";
import { HELD_OUT_SET, MAPPING_SET, type LabelledPassage } from "../eval/mapping-set";
import { buildClauseMapper } from "../map";
import { riskClauseKeysOf } from "../risk-clauses";
import type { PassageFlag } from "../types";

// Precision and recall of the clause mapper over (passage, clause) pairs. SHOW_MAPPING=1 prints the
// numbers and every passage mapped differently from its label.

const PITCHES = DEFAULT_PLAYBOOK.pitches.map((p) => ({ ...p, phrases: p.phrases ?? [] }));
const mapper = buildClauseMapper(DEFAULT_CLAUSES, riskClauseKeysOf);

function flagsOf(text: string): PassageFlag[] {
  return detectRedFlags(text, PITCHES).map((f) => ({ ...f, start: f.match.start, end: f.match.end }));
}

function measure(set: readonly LabelledPassage[]) {
  let truePositives = 0;
  let predicted = 0;
  let expected = 0;
  const misses: string[] = [];
  for (const item of set) {
    const got = mapper.map(item.text, flagsOf(item.text), item.heading).map((m) => m.clauseKey);
    const right = got.filter((k) => item.clauses.includes(k)).length;
    truePositives += right;
    predicted += got.length;
    expected += item.clauses.length;
    if (right !== got.length || right !== item.clauses.length)
      misses.push(`${item.text.slice(0, 60)} → got [${got.join(", ")}], expected [${item.clauses.join(", ")}]`);
  }
  const result = { precision: predicted ? truePositives / predicted : 1, recall: truePositives / expected, misses };
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

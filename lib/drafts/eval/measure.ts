import { detectRedFlags } from "@/lib/domain/red-flags";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import { buildClauseMapper, type ClauseMapper } from "../map";
import { riskClauseKeysOf } from "../risk-clauses";
import type { PassageFlag } from "../types";
import { DEFAULT_CLAUSES } from "./default-clauses";
import type { LabelledPassage } from "./mapping-set";

// Precision and recall of the clause mapper over (passage, clause) pairs, the way a draft is analysed:
// the default playbook's clauses (plus the labelled set's organisation clauses), its pitches flagged in
// the passage, risky wording tied to clauses by risk-clauses.ts.

const PITCHES = DEFAULT_PLAYBOOK.pitches.map((p) => ({ ...p, phrases: p.phrases ?? [] }));

export function flagsOf(text: string): PassageFlag[] {
  return detectRedFlags(text, PITCHES).map((f) => ({ ...f, start: f.match.start, end: f.match.end }));
}

export interface MappingMeasure {
  passages: number;
  truePositives: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
  /** Passages labelled as addressing no clause, and how many of them got a mapping anyway. */
  unrelated: number;
  unrelatedMapped: number;
  misses: string[];
}

export function measureMapping(set: readonly LabelledPassage[], mapper: ClauseMapper = buildClauseMapper(DEFAULT_CLAUSES, riskClauseKeysOf)): MappingMeasure {
  let truePositives = 0;
  let predicted = 0;
  let expected = 0;
  let unrelated = 0;
  let unrelatedMapped = 0;
  const misses: string[] = [];
  for (const item of set) {
    const got = mapper.map(item.text, flagsOf(item.text), item.heading).map((m) => m.clauseKey);
    const right = got.filter((k) => item.clauses.includes(k)).length;
    truePositives += right;
    predicted += got.length;
    expected += item.clauses.length;
    if (item.clauses.length === 0) {
      unrelated += 1;
      if (got.length) unrelatedMapped += 1;
    }
    if (right !== got.length || right !== item.clauses.length)
      misses.push(`${item.text.slice(0, 70)} → got [${got.join(", ")}], expected [${item.clauses.join(", ")}]`);
  }
  return {
    passages: set.length,
    truePositives,
    predicted,
    expected,
    precision: predicted ? truePositives / predicted : 1,
    recall: expected ? truePositives / expected : 1,
    unrelated,
    unrelatedMapped,
    misses,
  };
}

import { describe, expect, it } from "vitest";
import { detectRedFlags } from "@/lib/domain/red-flags";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import { DEFAULT_CLAUSES } from "../eval/default-clauses";
import { MAPPING_SET } from "../eval/mapping-set";
import { buildClauseMapper } from "../map";
import { riskClauseKeysOf } from "../risk-clauses";
import type { PassageFlag } from "../types";

const PITCHES = DEFAULT_PLAYBOOK.pitches.map((p) => ({ ...p, phrases: p.phrases ?? [] }));

function flagsOf(text: string): PassageFlag[] {
  return detectRedFlags(text, PITCHES).map((f) => ({ ...f, start: f.match.start, end: f.match.end }));
}

describe("clause mapping quality on the labelled set", () => {
  const mapper = buildClauseMapper(DEFAULT_CLAUSES, riskClauseKeysOf);
  let truePositives = 0;
  let predicted = 0;
  let expected = 0;
  const misses: string[] = [];
  for (const item of MAPPING_SET) {
    const got = mapper.map(item.text, flagsOf(item.text), item.heading).map((m) => m.clauseKey);
    truePositives += got.filter((k) => item.clauses.includes(k)).length;
    predicted += got.length;
    expected += item.clauses.length;
    if (got.join() !== [...item.clauses].join() && new Set(got).size + new Set(item.clauses).size !== 2 * got.filter((k) => item.clauses.includes(k)).length) {
      misses.push(`${item.text.slice(0, 60)} → got [${got.join(", ")}], expected [${item.clauses.join(", ")}]`);
    }
  }
  const precision = truePositives / predicted;
  const recall = truePositives / expected;

  it("holds at least 60 labelled passages", () => {
    expect(MAPPING_SET.length).toBeGreaterThanOrEqual(60);
  });

  it("maps with precision and recall of at least 85 %", () => {
    if (process.env.SHOW_MAPPING) console.log({ precision, recall, misses });
    expect(precision, misses.join("\n")).toBeGreaterThanOrEqual(0.85);
    expect(recall, misses.join("\n")).toBeGreaterThanOrEqual(0.85);
  });
});

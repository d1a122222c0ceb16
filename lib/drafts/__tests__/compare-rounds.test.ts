import { describe, expect, it } from "vitest";
import { compareRounds, type CompareClause, type RoundPassage } from "../compare-rounds";

const clauses: CompareClause[] = [
  { id: "outputs", key: "outputs", title: "Outputs", priority: "IMPORTANT" },
  { id: "data", key: "data", title: "Data use", priority: "MUST_HAVE" },
];
const risky = { key: "data-any-purpose", title: "Any purpose", severity: "high", kind: "risky-language" };
const pitch = { key: "trust-us", title: "Trust us", severity: "high", kind: "pitch" };

let ordinal = 0;
function p(clauseId: string, text: string, flags: RoundPassage["flags"] = [], number = "6.1"): RoundPassage {
  return { id: `p${ordinal}`, ordinal: ordinal++, number, text, mappings: [{ dealClauseId: clauseId, state: "ACCEPTED" }], flags };
}
function verdict(before: RoundPassage[], after: RoundPassage[]) {
  const result = compareRounds({ clauses, before, after });
  return result.clauses.find((c) => c.clause.id === "data")!;
}

describe("comparing two rounds of a vendor draft", () => {
  it("conceded: the risky wording is gone", () => {
    const c = verdict(
      [p("data", "The Supplier may use Customer Data for any purpose.", [risky])],
      [p("data", "The Supplier uses Customer Data for the Customer's model.")],
    );
    expect(c.verdict).toBe("conceded");
    expect(c.flagsLost.map((f) => f.key)).toEqual(["data-any-purpose"]);
    expect(c.diff.some((s) => s.kind === "removed" && s.text.includes("any"))).toBe(true);
  });

  it("conceded: the wording now grants our right", () => {
    expect(verdict([p("data", "Data is discussed later.")], [p("data", "The Customer owns all Customer Data.")]).verdict).toBe("conceded");
  });

  it("hardened: a new pitch, even with the old flag gone", () => {
    const c = verdict([p("data", "Any purpose.", [risky])], [p("data", "Trust us with the data.", [pitch])]);
    expect(c.verdict).toBe("hardened");
    expect(c.flagsGained.map((f) => f.key)).toEqual(["trust-us"]);
  });

  it("hardened: wording that granted our right is gone", () => {
    expect(verdict([p("data", "The Customer owns all Customer Data.")], [p("data", "Customer Data is handled as agreed later.")]).verdict).toBe("hardened");
  });

  it("changed: new words, the same flags", () => {
    expect(verdict([p("data", "May use data for any purpose.", [risky])], [p("data", "May use the data for any purpose at all.", [risky])]).verdict).toBe(
      "changed",
    );
  });

  it("unchanged: the same words (whitespace aside) and flags, even renumbered", () => {
    expect(verdict([p("data", "Data  is held in the EU.", [], "6.1")], [p("data", "Data is held in the EU.", [], "7.1")]).verdict).toBe("unchanged");
  });

  it("newly addressed, and now silent — worse for a must-have", () => {
    expect(verdict([], [p("data", "Data is held in the EU.")]).verdict).toBe("newly-addressed");
    const silent = verdict([p("data", "Data is held in the EU.")], []);
    expect(silent).toMatchObject({ verdict: "now-silent", worse: true });
    const result = compareRounds({ clauses, before: [p("outputs", "Outputs are shared.")], after: [] });
    expect(result.clauses[0]).toMatchObject({ verdict: "now-silent", worse: false });
  });

  it("lists must-haves first, counts the verdicts and leaves out clauses neither round addresses or only rejected mappings", () => {
    const rejected: RoundPassage = { ...p("outputs", "x"), mappings: [{ dealClauseId: "outputs", state: "REJECTED" }] };
    const result = compareRounds({
      clauses: [...clauses, { id: "escrow", key: "escrow", title: "Escrow", priority: "MUST_HAVE" }],
      before: [p("outputs", "Outputs are shared."), p("data", "Any purpose.", [risky]), rejected],
      after: [p("outputs", "Outputs are shared."), p("data", "Only for the Customer.")],
    });
    expect(result.clauses.map((c) => [c.clause.id, c.verdict])).toEqual([
      ["data", "conceded"],
      ["outputs", "unchanged"],
    ]);
    expect(result.counts).toMatchObject({ conceded: 1, unchanged: 1, hardened: 0 });
  });
});

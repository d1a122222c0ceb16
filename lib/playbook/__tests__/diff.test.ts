import { describe, expect, it } from "vitest";
import { DEFAULT_PLAYBOOK } from "../default-playbook";
import { clausePositionsChanged, diffPlaybooks, wordDiff, WORD_DIFF_MAX_CELLS } from "../diff";
import type { PlaybookDocument } from "../format";

const copy = (): PlaybookDocument => structuredClone(DEFAULT_PLAYBOOK);
const joined = (segments: { kind: string; text: string }[], keep: "from" | "to") =>
  segments
    .filter((s) => s.kind === "same" || s.kind === (keep === "from" ? "removed" : "added"))
    .map((s) => s.text)
    .join("");

describe("wordDiff", () => {
  it("marks the one word that changed in a sentence", () => {
    expect(wordDiff("The vendor deletes the data within 30 days.", "The vendor deletes the data within 10 days.")).toEqual([
      { kind: "same", text: "The vendor deletes the data within " },
      { kind: "removed", text: "30" },
      { kind: "added", text: "10" },
      { kind: "same", text: " days." },
    ]);
  });

  it("shows inserted and removed words, and whitespace as it is", () => {
    expect(wordDiff("Keep the weights.", "Keep all the  weights.")).toEqual([
      { kind: "same", text: "Keep " },
      { kind: "added", text: "all " },
      { kind: "same", text: "the" },
      { kind: "removed", text: " " },
      { kind: "added", text: "  " },
      { kind: "same", text: "weights." },
    ]);
    expect(wordDiff("a b c", "a c")).toEqual([
      { kind: "same", text: "a " },
      { kind: "removed", text: "b " },
      { kind: "same", text: "c" },
    ]);
  });

  it("is all same for equal texts, all added from empty, and always rebuilds both sides", () => {
    expect(wordDiff("same words", "same words")).toEqual([{ kind: "same", text: "same words" }]);
    expect(wordDiff("", "new text")).toEqual([{ kind: "added", text: "new text" }]);
    const a = "one two three four five six seven";
    const b = "zero two four three five seven eight";
    expect(joined(wordDiff(a, b), "from")).toBe(a);
    expect(joined(wordDiff(a, b), "to")).toBe(b);
  });

  it("stays fast on very long texts: the changed middle becomes one replacement", () => {
    const words = (prefix: string) => Array.from({ length: 3000 }, (_, i) => `${prefix}${i}`).join(" ");
    const a = `start ${words("a")} end`;
    const b = `start ${words("b")} end`;
    expect(3000 * 2 * 3000 * 2).toBeGreaterThan(WORD_DIFF_MAX_CELLS);
    const began = performance.now();
    const segments = wordDiff(a, b);
    expect(performance.now() - began).toBeLessThan(500);
    expect(segments.map((s) => s.kind)).toEqual(["same", "removed", "added", "same"]);
    expect(joined(segments, "from")).toBe(a);
    expect(joined(segments, "to")).toBe(b);
  });
});

describe("diffPlaybooks", () => {
  it("finds nothing between a document and itself", () => {
    const diff = diffPlaybooks(DEFAULT_PLAYBOOK, copy());
    expect(diff.identical).toBe(true);
    expect(diff.clauses.every((c) => c.status === "unchanged")).toBe(true);
    expect(diff.counts.clauses.unchanged).toBe(DEFAULT_PLAYBOOK.clauses.length);
  });

  it("reports a changed position with its word diff and flags the positions", () => {
    const next = copy();
    const clause = next.clauses[0];
    clause.walkAway = `${clause.walkAway} Never sign without it.`;
    const diff = diffPlaybooks(DEFAULT_PLAYBOOK, next);
    const changed = diff.clauses.find((c) => c.key === clause.key)!;
    expect(changed.status).toBe("changed");
    expect(changed.positionsChanged).toBe(true);
    expect(changed.changes).toHaveLength(1);
    expect(changed.changes[0]).toMatchObject({ field: "walkAway", kind: "text" });
    const words = changed.changes[0].kind === "text" ? changed.changes[0].words : [];
    expect(words.filter((w) => w.kind !== "same")).toEqual([{ kind: "added", text: " Never sign without it." }]);
    expect(diff.counts.clauses).toEqual({ added: 0, retired: 0, changed: 1, moved: 0, unchanged: DEFAULT_PLAYBOOK.clauses.length - 1 });
    expect(diff.identical).toBe(false);
  });

  it("does not flag positions when only the wording elsewhere changed", () => {
    const next = copy();
    next.clauses[1].whyItMatters = "A new reason.";
    next.clauses[1].sampleLanguage = null;
    const changed = diffPlaybooks(DEFAULT_PLAYBOOK, next).clauses.find((c) => c.key === next.clauses[1].key)!;
    expect(changed.status).toBe("changed");
    expect(changed.positionsChanged).toBe(false);
    expect(changed.changes.map((c) => c.field)).toEqual(DEFAULT_PLAYBOOK.clauses[1].sampleLanguage ? ["whyItMatters", "sampleLanguage"] : ["whyItMatters"]);
  });

  it("clausePositionsChanged: must-have, fallback, walk-away and priority only", () => {
    const a = DEFAULT_PLAYBOOK.clauses[0];
    expect(clausePositionsChanged(a, { ...a, title: "Other", source: "x", defends: [] })).toBe(false);
    expect(clausePositionsChanged(a, { ...a, mustHave: `${a.mustHave}!` })).toBe(true);
    expect(clausePositionsChanged(a, { ...a, fallback: "Other" })).toBe(true);
    expect(clausePositionsChanged(a, { ...a, priority: a.priority === "MUST_HAVE" ? "IMPORTANT" : "MUST_HAVE" })).toBe(true);
  });

  it("reports an added and a retired clause, and a clause moved to another section", () => {
    const next = copy();
    const [retired] = next.clauses.splice(2, 1);
    next.clauses.push({ ...next.clauses[0], key: "data-residency", title: "Data residency", section: "deployment-exit", defends: [], counters: [], rules: [] });
    const movedKey = next.clauses[0].key;
    next.clauses[0] = { ...next.clauses[0], section: "know-how" };
    const diff = diffPlaybooks(DEFAULT_PLAYBOOK, next);
    const byKey = new Map(diff.clauses.map((c) => [c.key, c]));
    expect(byKey.get("data-residency")).toMatchObject({ status: "added", from: null });
    expect(byKey.get(retired.key)).toMatchObject({ status: "retired", to: null });
    expect(byKey.get(movedKey)).toMatchObject({
      status: "moved",
      changes: [],
      moved: { fromSection: DEFAULT_PLAYBOOK.clauses[0].section, toSection: "know-how" },
    });
    expect(diff.counts.clauses).toMatchObject({ added: 1, retired: 1, moved: 1, changed: 0 });
  });

  it("an inserted or retired clause does not make the clauses after it look moved; swapping two does", () => {
    const next = copy();
    next.clauses.splice(1, 0, { ...next.clauses[0], key: "inserted-clause" });
    next.clauses.splice(5, 1);
    expect(diffPlaybooks(DEFAULT_PLAYBOOK, next).counts.clauses.moved).toBe(0);

    const swapped = copy();
    const sameSection = swapped.clauses.findIndex((c, i) => i > 0 && c.section === swapped.clauses[0].section);
    [swapped.clauses[0], swapped.clauses[sameSection]] = [swapped.clauses[sameSection], swapped.clauses[0]];
    const diff = diffPlaybooks(DEFAULT_PLAYBOOK, swapped);
    expect(diff.counts.clauses.moved).toBe(1);
    expect(diff.clauses.find((c) => c.status === "moved")!.moved).toMatchObject({ fromSection: swapped.clauses[0].section });
  });

  it("reports reference changes: scenarios defended, pitches countered, and rules", () => {
    const next = copy();
    const clause = next.clauses.find((c) => c.defends.length > 0)!;
    const [droppedScenario] = clause.defends;
    clause.defends = clause.defends.slice(1);
    clause.counters = [...clause.counters.filter((k) => k !== next.pitches[0].key), next.pitches[0].key];
    clause.rules = [...clause.rules, { effect: "NOT_APPLICABLE", when: { regulatedSector: false }, reason: "Only regulated deals need this." }];
    const changed = diffPlaybooks(DEFAULT_PLAYBOOK, next).clauses.find((c) => c.key === clause.key)!;
    expect(changed.status).toBe("changed");
    expect(changed.positionsChanged).toBe(false);
    expect(changed.changes.find((c) => c.field === "defends")).toEqual({
      field: "defends",
      kind: "keys",
      added: [],
      removed: [droppedScenario],
      reordered: false,
    });
    expect(changed.rules).toEqual({ added: [clause.rules[clause.rules.length - 1]], removed: [] });
  });

  it("a changed rule alone makes the clause changed", () => {
    const next = copy();
    const clause = next.clauses.find((c) => c.rules.length > 0)!;
    clause.rules = [];
    const changed = diffPlaybooks(DEFAULT_PLAYBOOK, next).clauses.find((c) => c.key === clause.key)!;
    expect(changed).toMatchObject({ status: "changed", changes: [], positionsChanged: false });
    expect(changed.rules!.removed).toHaveLength(1);
  });

  it("diffs scenarios, pitches with their phrases, process steps, sections and the name", () => {
    const next = copy();
    next.name = "Bank playbook";
    next.scenarios.push({ ...next.scenarios[0], key: "new-scenario" });
    next.pitches[0].phrases = [...next.pitches[0].phrases, "trust us"];
    next.steps.reverse();
    next.sections[0].summary = `${next.sections[0].summary} More.`;
    const diff = diffPlaybooks(DEFAULT_PLAYBOOK, next);
    expect(diff.name).toMatchObject({ from: DEFAULT_PLAYBOOK.name, to: "Bank playbook" });
    expect(diff.counts.scenarios.added).toBe(1);
    expect(diff.pitches[0].changes).toEqual([{ field: "phrases", kind: "keys", added: ["trust us"], removed: [], reordered: false }]);
    expect(diff.counts.steps.moved).toBe(DEFAULT_PLAYBOOK.steps.length - 1);
    expect(diff.sections[0]).toMatchObject({ status: "changed", changes: [{ field: "summary" }] });
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_PLAYBOOK } from "../default-playbook";
import { jsonPath, parsePlaybookDocument, parsePlaybookJson, playbookJsonSchema, serializePlaybook, type PlaybookDocument } from "../format";

const copy = (): PlaybookDocument => structuredClone(DEFAULT_PLAYBOOK);
const problemsOf = (value: unknown) => {
  const result = parsePlaybookDocument(value);
  return result.ok ? [] : result.problems;
};

describe("playbook document format", () => {
  it("writes the same bytes for a document read back from its own text", () => {
    const text = serializePlaybook(DEFAULT_PLAYBOOK);
    const again = parsePlaybookJson(text);
    expect(again.ok).toBe(true);
    if (again.ok) expect(serializePlaybook(again.document)).toBe(text);
  });

  it("writes keys in the format's order whatever order the file had them in", () => {
    const doc = copy();
    const reordered = {
      steps: doc.steps,
      pitches: doc.pitches,
      scenarios: doc.scenarios,
      clauses: doc.clauses,
      sections: doc.sections,
      name: doc.name,
      formatVersion: 1,
      format: doc.format,
    };
    const parsed = parsePlaybookDocument(JSON.parse(JSON.stringify(reordered)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(serializePlaybook(parsed.document)).toBe(serializePlaybook(DEFAULT_PLAYBOOK));
  });

  it("reports a JSON syntax error at the root", () => {
    const result = parsePlaybookJson('{"format": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ path: "$", message: expect.stringContaining("not valid JSON") });
  });

  it("reports every problem with its JSON path", () => {
    const doc = copy() as unknown as Record<string, unknown> & PlaybookDocument;
    (doc.clauses[3] as { priority: string }).priority = "URGENT";
    doc.clauses[5].defends = ["no-such-scenario"];
    doc.clauses[6].counters = ["no-such-pitch"];
    doc.clauses[7].key = doc.clauses[8].key;
    (doc.scenarios[0] as Record<string, unknown>).colour = "red";
    const paths = problemsOf(doc).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(["$.clauses[3].priority", "$.clauses[5].defends[0]", "$.clauses[6].counters[0]", "$.clauses[8].key", "$.scenarios[0]"]),
    );
  });

  it("refuses another format version, a missing section and a rule without conditions", () => {
    expect(problemsOf({ ...copy(), formatVersion: 2 }).map((p) => p.path)).toContain("$.formatVersion");
    expect(problemsOf({ ...copy(), sections: copy().sections.slice(1) }).map((p) => p.path)).toContain("$.sections");
    const doc = copy();
    doc.clauses[0].rules = [{ effect: "NOT_APPLICABLE", when: {}, reason: "Never" }];
    expect(problemsOf(doc)).toEqual([{ path: "$.clauses[0].rules[0].when", message: "Give the rule at least one condition" }]);
  });

  it("accepts any number of scenarios and clauses per section", () => {
    const doc = copy();
    for (let i = 0; i < 12; i++) doc.scenarios.push({ ...doc.scenarios[0], key: `extra-scenario-${i}` });
    for (let i = 0; i < 20; i++) doc.clauses.push({ ...doc.clauses[0], key: `extra-clause-${i}`, defends: [`extra-scenario-${i % 12}`] });
    expect(parsePlaybookDocument(doc).ok).toBe(true);
  });

  it("names paths the way a reader looks them up", () => {
    expect(jsonPath([])).toBe("$");
    expect(jsonPath(["clauses", 2, "rules", 0, "when"])).toBe("$.clauses[2].rules[0].when");
  });

  it("publishes a JSON Schema generated from the same definition", () => {
    const schema = playbookJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(["format", "formatVersion", "name", "sections", "clauses", "scenarios", "pitches", "steps"]);
    expect(schema.required).toEqual(expect.arrayContaining(["clauses", "sections"]));
  });
});

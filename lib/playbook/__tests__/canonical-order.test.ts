import { describe, expect, it } from "vitest";
import { DEFAULT_PLAYBOOK } from "../default-playbook";
import { parsePlaybookDocument, playbookJsonSchema, serializePlaybook } from "../format";

describe("the canonical order of a clause's scenarios and pitches", () => {
  it("is the document's order of scenarios and pitches, whatever order the file lists them in", () => {
    const doc = structuredClone(DEFAULT_PLAYBOOK);
    const clause = doc.clauses.find((c) => c.counters.length > 1)!;
    const inOrder = [...clause.counters];
    clause.counters.reverse();
    const [first, second] = doc.scenarios;
    clause.defends = [second.key, first.key];
    const parsed = parsePlaybookDocument(doc);
    expect(parsed.ok).toBe(true);
    const read = parsed.ok ? parsed.document.clauses.find((c) => c.key === clause.key)! : null;
    expect(read?.counters).toEqual(inOrder);
    expect(read?.defends).toEqual([first.key, second.key]);
    // So a reordered file and the original serialise to the same bytes.
    clause.defends = DEFAULT_PLAYBOOK.clauses
      .find((c) => c.key === clause.key)!
      .defends.slice()
      .reverse();
    expect(serializePlaybook(doc)).toBe(serializePlaybook(DEFAULT_PLAYBOOK));
  });
});

describe("playbookJsonSchema", () => {
  it("describes the input format: the top-level fields, closed objects, the clause fields", () => {
    const schema = playbookJsonSchema() as { $id: string; properties: Record<string, { items?: { properties?: object; additionalProperties?: boolean } }> };
    expect(schema.$id).toBe("/api/v1/schemas/playbook.json");
    expect(Object.keys(schema.properties)).toEqual(["format", "formatVersion", "name", "sections", "clauses", "scenarios", "pitches", "steps"]);
    expect(Object.keys(schema.properties.clauses.items?.properties ?? {})).toContain("walkAway");
    expect(schema.properties.clauses.items?.additionalProperties).toBe(false);
  });
});

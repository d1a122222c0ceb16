import { describe, expect, it } from "vitest";
import { DEFAULT_PLAYBOOK } from "../default-playbook";
import {
  addClause,
  addPitch,
  addScenario,
  addStep,
  keyFromTitle,
  moveClause,
  moveStep,
  newKey,
  removePitch,
  removeScenario,
  removeStep,
  retireClause,
  updateClause,
  updatePitch,
  updateScenario,
  updateSection,
  updateStep,
  type ClauseFields,
  type DraftEdit,
} from "../draft-edits";
import { MAX_SCENARIOS, ZPlaybookDocument, type PlaybookClause, type PlaybookDocument } from "../format";

// A small playbook to work the examples on: two training-data clauses, one outputs clause, one
// scenario both training-data clauses defend, one pitch the first counters, two process steps.
const clause = (key: string, section: PlaybookClause["section"], extra: Partial<PlaybookClause> = {}): PlaybookClause => ({
  key,
  section,
  title: `Title of ${key}`,
  whyItMatters: "Because.",
  mustHave: "All of it.",
  fallback: "Some of it.",
  walkAway: "None of it.",
  sampleLanguage: null,
  priority: "IMPORTANT",
  defends: [],
  counters: [],
  rules: [],
  source: "The seed",
  ...extra,
});

const DOC: PlaybookDocument = ZPlaybookDocument.parse({
  ...DEFAULT_PLAYBOOK,
  clauses: [
    clause("data-a", "training-data", { defends: ["vendor-collapse"], counters: ["trust-us"] }),
    clause("data-b", "training-data", { defends: ["vendor-collapse"] }),
    clause("outputs-a", "outputs"),
  ],
  scenarios: [{ key: "vendor-collapse", title: "Vendor collapse", story: "They folded.", whatWentWrong: "No escrow.", ifUncovered: "Gone.", source: "" }],
  pitches: [
    { key: "trust-us", quote: "Trust us.", danger: "Nothing written.", counter: "Write it.", section: "training-data", phrases: ["trust us"], source: "" },
  ],
  steps: [
    { key: "first", title: "First", detail: "Do this first.", source: "" },
    { key: "second", title: "Second", detail: "Then this.", source: "" },
  ],
});
const ORIGINAL = JSON.stringify(DOC);

function fieldsOf(c: PlaybookClause): ClauseFields {
  const { key: _key, source: _source, ...fields } = c;
  return fields;
}

function ok<T>(edit: DraftEdit<T>) {
  if (!edit.ok) throw new Error(`expected the edit to succeed: ${JSON.stringify(edit.problem)}`);
  // Every edit returns a new document: the one it was given is untouched.
  expect(JSON.stringify(DOC)).toBe(ORIGINAL);
  expect(ZPlaybookDocument.safeParse(edit.document).success).toBe(true);
  return edit;
}

const order = (doc: PlaybookDocument) => doc.clauses.map((c) => `${c.section}:${c.key}`);

describe("keys of new items", () => {
  it("are kebab-case from the title, accents dropped", () => {
    expect(keyFromTitle("Data residency (EU only!)")).toBe("data-residency-eu-only");
    expect(keyFromTitle("  Modèle d'escrow ")).toBe("modele-d-escrow");
    expect(keyFromTitle("!!!")).toBe("");
  });

  it("get -2, -3 … when the title's key is taken, and a given key is kept or refused", () => {
    const taken = new Set(["data-residency", "data-residency-2"]);
    expect(newKey(null, "Data residency", taken, "clause")).toEqual({ ok: true, key: "data-residency-3" });
    expect(newKey("residency", "Data residency", taken, "clause")).toEqual({ ok: true, key: "residency" });
    expect(newKey("data-residency", "Anything", taken, "clause")).toEqual({
      ok: false,
      problem: { field: "key", message: 'Another clause already has the key "data-residency": choose another' },
    });
    expect(newKey(null, "???", taken, "clause")).toMatchObject({ ok: false, problem: { field: "key" } });
  });

  it("never are \"new\", which the editor's pages use for a new item's address", () => {
    expect(addClause(DOC, { ...fieldsOf(DOC.clauses[0]), title: "New", key: null })).toMatchObject({ ok: true, after: { key: "new-2" } });
    expect(addScenario(DOC, { title: "x", story: "x", whatWentWrong: "x", ifUncovered: "x", key: "new" })).toMatchObject({
      ok: false,
      problem: { field: "key" },
    });
  });

  it("stay within the 80 characters a key may have, suffix included", () => {
    const title = "a".repeat(200);
    const first = newKey(null, title, new Set(), "clause");
    expect(first).toMatchObject({ ok: true });
    const key = (first as { key: string }).key;
    const second = newKey(null, title, new Set([key]), "clause");
    expect((second as { key: string }).key).toBe(`${key}-2`);
    expect((second as { key: string }).key.length).toBeLessThanOrEqual(80);
  });
});

describe("updateClause", () => {
  it("changes the must-have position and keeps the key, source and place", () => {
    const edit = ok(updateClause(DOC, "data-b", { ...fieldsOf(DOC.clauses[1]), mustHave: "Every byte stays ours." }));
    expect(edit.document.clauses[1]).toEqual({ ...DOC.clauses[1], mustHave: "Every byte stays ours." });
    expect(edit.before).toEqual(DOC.clauses[1]);
    expect(edit.after?.mustHave).toBe("Every byte stays ours.");
    expect(order(edit.document)).toEqual(order(DOC));
  });

  it("moved to another section, becomes that section's last clause", () => {
    const edit = ok(updateClause(DOC, "data-a", { ...fieldsOf(DOC.clauses[0]), section: "outputs" }));
    expect(order(edit.document)).toEqual(["training-data:data-b", "outputs:outputs-a", "outputs:data-a"]);
    // To a section with no clauses: placed where the section's order puts it.
    const toBaseModel = ok(updateClause(DOC, "outputs-a", { ...fieldsOf(DOC.clauses[2]), section: "base-model" }));
    expect(order(toBaseModel.document)).toEqual(["training-data:data-a", "training-data:data-b", "base-model:outputs-a"]);
  });

  it("sets priority, rules, and which scenarios and pitches it answers", () => {
    const rules: PlaybookClause["rules"] = [
      { effect: "RAISE_PRIORITY", when: { regulatedSector: true }, priority: "MUST_HAVE", reason: "Regulators ask." },
      { effect: "NOT_APPLICABLE", when: { hostingModels: ["SELF_HOSTED"], contractValueBands: ["UNDER_100K"] }, reason: "Small and ours." },
    ];
    const edit = ok(
      updateClause(DOC, "outputs-a", { ...fieldsOf(DOC.clauses[2]), priority: "NICE_TO_HAVE", rules, defends: ["vendor-collapse"], counters: ["trust-us"] }),
    );
    expect(edit.document.clauses[2]).toMatchObject({ priority: "NICE_TO_HAVE", rules, defends: ["vendor-collapse"], counters: ["trust-us"] });
  });

  it("refuses a scenario or pitch the draft does not have, naming the field", () => {
    expect(updateClause(DOC, "data-a", { ...fieldsOf(DOC.clauses[0]), defends: ["no-such-scenario"] })).toEqual({
      ok: false,
      problem: { field: "defends", message: 'No scenario has the key "no-such-scenario"' },
    });
    expect(updateClause(DOC, "data-a", { ...fieldsOf(DOC.clauses[0]), counters: ["no-such-pitch"] })).toMatchObject({
      ok: false,
      problem: { field: "counters" },
    });
  });

  it("reports a clause the draft does not have as missing", () => {
    expect(updateClause(DOC, "nope", fieldsOf(DOC.clauses[0]))).toMatchObject({ ok: false, problem: { field: "key", missing: true } });
  });
});

describe("addClause", () => {
  const fields = { ...fieldsOf(DOC.clauses[0]), title: "Data residency", defends: [], counters: [], key: null };

  it("adds the clause as its section's last, with a key from its title", () => {
    const edit = ok(addClause(DOC, fields));
    expect(order(edit.document)).toEqual(["training-data:data-a", "training-data:data-b", "training-data:data-residency", "outputs:outputs-a"]);
    expect(edit.after).toMatchObject({ key: "data-residency", source: "" });
    expect(edit.before).toBeNull();
  });

  it("makes a taken title key unique, and refuses a taken key given on purpose", () => {
    const taken = ok(addClause(DOC, { ...fields, title: "Data A" }));
    expect(taken.after?.key).toBe("data-a-2");
    expect(addClause(DOC, { ...fields, key: "outputs-a" })).toMatchObject({
      ok: false,
      problem: { field: "key", message: expect.stringContaining("outputs-a") },
    });
  });

  it("keeps a given key and may defend existing scenarios, but not unknown ones", () => {
    const edit = ok(addClause(DOC, { ...fields, key: "residency", section: "deployment-exit", defends: ["vendor-collapse"] }));
    expect(order(edit.document).at(-1)).toBe("deployment-exit:residency");
    expect(addClause(DOC, { ...fields, defends: ["ghost"] })).toMatchObject({ ok: false, problem: { field: "defends" } });
  });
});

describe("retireClause", () => {
  it("removes the clause from the draft", () => {
    const edit = ok(retireClause(DOC, "data-b"));
    expect(order(edit.document)).toEqual(["training-data:data-a", "outputs:outputs-a"]);
    expect(edit.before?.key).toBe("data-b");
    expect(edit.after).toBeNull();
  });

  it("refuses to retire the last clause, and reports an unknown one as missing", () => {
    const single = { ...DOC, clauses: [DOC.clauses[0]] };
    expect(retireClause(single, "data-a")).toMatchObject({ ok: false, problem: { field: "key", message: expect.stringContaining("at least one clause") } });
    expect(retireClause(DOC, "nope")).toMatchObject({ ok: false, problem: { missing: true } });
  });
});

describe("moveClause", () => {
  it("swaps with the neighbour in its own section", () => {
    const down = ok(moveClause(DOC, "data-a", "down"));
    expect(order(down.document)).toEqual(["training-data:data-b", "training-data:data-a", "outputs:outputs-a"]);
    expect(down.before).toEqual({ key: "data-a", section: "training-data", position: 1 });
    expect(down.after).toEqual({ key: "data-a", section: "training-data", position: 2 });
    const up = ok(moveClause(down.document, "data-a", "up"));
    expect(order(up.document)).toEqual(order(DOC));
  });

  it("never crosses into another section", () => {
    expect(moveClause(DOC, "data-b", "down")).toMatchObject({
      ok: false,
      problem: { field: "direction", message: expect.stringContaining("last of its section") },
    });
    expect(moveClause(DOC, "outputs-a", "up")).toMatchObject({
      ok: false,
      problem: { field: "direction", message: expect.stringContaining("first of its section") },
    });
  });
});

describe("updateSection", () => {
  it("changes the title and summary of one of the seven sections, keeping its key and source", () => {
    const edit = ok(updateSection(DOC, "outputs", { title: "Outputs and results", summary: "What the model produces." }));
    const section = edit.document.sections.find((s) => s.key === "outputs");
    expect(section).toEqual({ ...DOC.sections.find((s) => s.key === "outputs"), title: "Outputs and results", summary: "What the model produces." });
    expect(edit.document.sections.map((s) => s.key)).toEqual(DOC.sections.map((s) => s.key));
  });
});

describe("scenarios", () => {
  const fields = { title: "Regulator audit", story: "An audit came.", whatWentWrong: "No access.", ifUncovered: "Fines.", key: null };

  it("are added at the end with a key from the title, and updated in place", () => {
    const added = ok(addScenario(DOC, fields));
    expect(added.document.scenarios.map((s) => s.key)).toEqual(["vendor-collapse", "regulator-audit"]);
    const updated = ok(updateScenario(added.document, "regulator-audit", { ...fields, story: "Two audits came." }));
    expect(updated.document.scenarios[1]).toMatchObject({ key: "regulator-audit", story: "Two audits came." });
    expect(addScenario(DOC, { ...fields, key: "vendor-collapse" })).toMatchObject({ ok: false, problem: { field: "key" } });
  });

  it("removed, are taken out of every clause's defends", () => {
    const edit = ok(removeScenario(DOC, "vendor-collapse"));
    expect(edit.document.scenarios).toEqual([]);
    expect(edit.document.clauses.map((c) => c.defends)).toEqual([[], [], []]);
    expect(edit.before?.defendedBy).toEqual(["data-a", "data-b"]);
  });

  it("stop at the format's limit", () => {
    const full = {
      ...DOC,
      scenarios: Array.from({ length: MAX_SCENARIOS }, (_, i) => ({ ...DOC.scenarios[0], key: `s-${i}` })),
      clauses: DOC.clauses.map((c) => ({ ...c, defends: [] })),
    };
    expect(addScenario(full, fields)).toMatchObject({ ok: false, problem: { field: "_form" } });
  });
});

describe("pitches", () => {
  const fields = {
    quote: "We host it for you.",
    danger: "You never hold the weights.",
    counter: "Deliver the weights.",
    section: "deployment-exit" as const,
    phrases: ["host it for you"],
    key: null,
  };

  it("are added with a key from the quote, and their phrases updated", () => {
    const added = ok(addPitch(DOC, fields));
    expect(added.after?.key).toBe("we-host-it-for-you");
    const updated = ok(updatePitch(added.document, "we-host-it-for-you", { ...fields, phrases: ["host it for you", "managed hosting"] }));
    expect(updated.document.pitches[1].phrases).toEqual(["host it for you", "managed hosting"]);
  });

  it("removed, are taken out of every clause's counters", () => {
    const edit = ok(removePitch(DOC, "trust-us"));
    expect(edit.document.pitches).toEqual([]);
    expect(edit.document.clauses[0].counters).toEqual([]);
    expect(edit.before?.counteredBy).toEqual(["data-a"]);
    expect(removePitch(DOC, "trust-us-not")).toMatchObject({ ok: false, problem: { missing: true } });
  });
});

describe("process steps", () => {
  const fields = { title: "Sign", detail: "Sign it.", key: null };

  it("are added at the end, updated, moved and removed", () => {
    const added = ok(addStep(DOC, fields));
    expect(added.document.steps.map((s) => s.key)).toEqual(["first", "second", "sign"]);
    const updated = ok(updateStep(added.document, "sign", { title: "Sign", detail: "Sign both copies." }));
    expect(updated.document.steps[2].detail).toBe("Sign both copies.");
    const moved = ok(moveStep(updated.document, "sign", "up"));
    expect(moved.document.steps.map((s) => s.key)).toEqual(["first", "sign", "second"]);
    expect(moved.before).toEqual({ key: "sign", position: 3 });
    expect(moved.after).toEqual({ key: "sign", position: 2 });
    const removed = ok(removeStep(moved.document, "first"));
    expect(removed.document.steps.map((s) => s.key)).toEqual(["sign", "second"]);
  });

  it("do not move past either end", () => {
    expect(moveStep(DOC, "first", "up")).toMatchObject({ ok: false, problem: { field: "direction" } });
    expect(moveStep(DOC, "second", "down")).toMatchObject({ ok: false, problem: { field: "direction" } });
  });
});

describe("the default playbook", () => {
  it("accepts every kind of edit and stays a valid document", () => {
    let doc = DEFAULT_PLAYBOOK;
    const first = doc.clauses[0];
    doc = ok(updateClause(doc, first.key, { ...fieldsOf(first), mustHave: `${first.mustHave} In writing.` })).document;
    doc = ok(
      addScenario(doc, { title: "Data residency breach", story: "Data left the EU.", whatWentWrong: "No clause.", ifUncovered: "Fines.", key: null }),
    ).document;
    doc = ok(addClause(doc, { ...fieldsOf(first), title: "Data stays in the EU", defends: ["data-residency-breach"], counters: [], key: null })).document;
    const added = doc.clauses.find((c) => c.key === "data-stays-in-the-eu");
    expect(added?.defends).toEqual(["data-residency-breach"]);
    expect(doc.clauses.filter((c) => c.section === "training-data").at(-1)?.key).toBe("data-stays-in-the-eu");
    expect(doc.clauses).toHaveLength(DEFAULT_PLAYBOOK.clauses.length + 1);
  });
});

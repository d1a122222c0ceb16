import type { LayerKey } from "@/lib/domain/enums";
import {
  MAX_CLAUSES,
  MAX_PITCHES,
  MAX_SCENARIOS,
  MAX_STEPS,
  ZPlaybookDocument,
  type PlaybookClause,
  type PlaybookDocument,
  type PlaybookPitch,
  type PlaybookScenario,
  type PlaybookStep,
} from "./format";

// The playbook editor's edits, as pure functions of a draft document: each returns the new document
// (the old one is never changed) with the item before and after the edit (for the audit trail), or
// the problem with the field it belongs to. The service (lib/services/playbook-editor.ts) locks the
// draft, applies one edit and writes the result.
//
// Keys are what deals carry from one version to the next, so an edit never changes an item's key.
// A new item's key is the one given, or one made from its title ("Data residency" → data-residency,
// data-residency-2 when taken). Clauses keep their sections grouped in the array: the array order is
// the order a section lists its clauses in.

export interface DraftProblem {
  /** The input field the problem belongs to ("key", "defends", "_form"). */
  field: string;
  message: string;
  /** The item the edit names does not exist (the service answers NOT_FOUND). */
  missing?: boolean;
}

export type DraftEdit<T> = { ok: true; document: PlaybookDocument; before: T | null; after: T | null } | { ok: false; problem: DraftProblem };

export type ClauseFields = Omit<PlaybookClause, "key" | "source">;
export type ScenarioFields = Omit<PlaybookScenario, "key" | "source">;
export type PitchFields = Omit<PlaybookPitch, "key" | "source">;
export type StepFields = Omit<PlaybookStep, "key" | "source">;
export type Direction = "up" | "down";

const problem = (field: string, message: string, missing = false): { ok: false; problem: DraftProblem } => ({
  ok: false,
  problem: missing ? { field, message, missing } : { field, message },
});

/**
 * The result of an edit, checked as a whole document: the edits keep every reference and limit of
 * the format, and this makes sure of it (a problem names the field of the item it was found in).
 */
function done<T>(document: PlaybookDocument, before: T | null, after: T | null): DraftEdit<T> {
  const parsed = ZPlaybookDocument.safeParse(document);
  if (parsed.success) return { ok: true, document, before, after };
  const issue = parsed.error.issues[0];
  const field = typeof issue.path[2] === "string" ? issue.path[2] : "_form";
  return problem(field, issue.message);
}

/** A kebab-case key from a title: lower case, accents dropped, every run of other characters one hyphen. */
export function keyFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 70)
    .replace(/-+$/, "");
}

/**
 * The key of a new item: the one given (refused when another item has it), else one made from the
 * title, with -2, -3, … when that one is taken.
 */
export function newKey(
  given: string | null,
  title: string,
  taken: ReadonlySet<string>,
  what: string,
): { ok: true; key: string } | { ok: false; problem: DraftProblem } {
  if (given) {
    if (RESERVED_KEYS.includes(given)) return problem("key", `"${given}" is reserved: choose another key`);
    if (taken.has(given)) return problem("key", `Another ${what} already has the key "${given}": choose another`);
    return { ok: true, key: given };
  }
  const base = keyFromTitle(title);
  if (!base) return problem("key", `The title has no letters or digits to make a key from: enter a key`);
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return { ok: true, key };
}

/** Keys the editor's addresses use for themselves (/playbook/edit/clauses/new): no item may have them. */
const RESERVED_KEYS = ["new"];
const keysOf = (items: readonly { key: string }[]) => new Set([...RESERVED_KEYS, ...items.map((i) => i.key)]);

function missingReferences(doc: PlaybookDocument, fields: Pick<ClauseFields, "defends" | "counters">): DraftProblem | null {
  const scenarios = keysOf(doc.scenarios);
  const pitches = keysOf(doc.pitches);
  const unknownScenario = fields.defends.find((k) => !scenarios.has(k));
  if (unknownScenario) return { field: "defends", message: `No scenario has the key "${unknownScenario}"` };
  const unknownPitch = fields.counters.find((k) => !pitches.has(k));
  if (unknownPitch) return { field: "counters", message: `No pitch has the key "${unknownPitch}"` };
  return null;
}

/** Where a clause of `section` goes to be the section's last: after its section's clauses, before the next sections'. */
function sectionEnd(doc: PlaybookDocument, clauses: readonly PlaybookClause[], section: LayerKey): number {
  const order = doc.sections.map((s) => s.key);
  let last = -1;
  clauses.forEach((c, i) => {
    if (c.section === section) last = i;
  });
  if (last >= 0) return last + 1;
  const later = clauses.findIndex((c) => order.indexOf(c.section) > order.indexOf(section));
  return later >= 0 ? later : clauses.length;
}

const clauseNotFound = (key: string) => problem("key", `The draft has no clause "${key}"`, true);

// Clauses

export function updateClause(doc: PlaybookDocument, key: string, fields: ClauseFields): DraftEdit<PlaybookClause> {
  const index = doc.clauses.findIndex((c) => c.key === key);
  if (index < 0) return clauseNotFound(key);
  const reference = missingReferences(doc, fields);
  if (reference) return { ok: false, problem: reference };
  const before = doc.clauses[index];
  const after: PlaybookClause = { ...fields, key, source: before.source };
  let clauses = doc.clauses.map((c, i) => (i === index ? after : c));
  if (after.section !== before.section) {
    // Moved to another section: it becomes that section's last clause.
    clauses = clauses.filter((_, i) => i !== index);
    clauses.splice(sectionEnd(doc, clauses, after.section), 0, after);
  }
  return done({ ...doc, clauses }, before, after);
}

export function addClause(doc: PlaybookDocument, fields: ClauseFields & { key: string | null }): DraftEdit<PlaybookClause> {
  if (doc.clauses.length >= MAX_CLAUSES) return problem("_form", `A playbook holds at most ${MAX_CLAUSES} clauses`);
  const key = newKey(fields.key, fields.title, keysOf(doc.clauses), "clause");
  if (!key.ok) return key;
  const reference = missingReferences(doc, fields);
  if (reference) return { ok: false, problem: reference };
  const clause: PlaybookClause = { ...fields, key: key.key, source: "" };
  const clauses = [...doc.clauses];
  clauses.splice(sectionEnd(doc, clauses, clause.section), 0, clause);
  return done({ ...doc, clauses }, null, clause);
}

/** Takes the clause out of the draft; publishing the draft retires it (deals keep it read-only in their history). */
export function retireClause(doc: PlaybookDocument, key: string): DraftEdit<PlaybookClause> {
  const before = doc.clauses.find((c) => c.key === key);
  if (!before) return clauseNotFound(key);
  if (doc.clauses.length === 1) return problem("key", "A playbook needs at least one clause: add another before retiring this one");
  return done({ ...doc, clauses: doc.clauses.filter((c) => c.key !== key) }, before, null);
}

/** Swaps the clause with its neighbour in the same section. */
export function moveClause(doc: PlaybookDocument, key: string, direction: Direction): DraftEdit<{ key: string; section: LayerKey; position: number }> {
  const index = doc.clauses.findIndex((c) => c.key === key);
  if (index < 0) return clauseNotFound(key);
  const section = doc.clauses[index].section;
  const inSection = doc.clauses.map((c, i) => (c.section === section ? i : -1)).filter((i) => i >= 0);
  const at = inSection.indexOf(index);
  const target = inSection[direction === "up" ? at - 1 : at + 1];
  if (target === undefined) {
    return problem("direction", direction === "up" ? "This clause is already the first of its section" : "This clause is already the last of its section");
  }
  const clauses = [...doc.clauses];
  [clauses[index], clauses[target]] = [clauses[target], clauses[index]];
  const position = (i: number) => i + 1;
  return done({ ...doc, clauses }, { key, section, position: position(at) }, { key, section, position: position(direction === "up" ? at - 1 : at + 1) });
}

// Sections: the seven are fixed; their title and summary may change.

export function updateSection(
  doc: PlaybookDocument,
  key: LayerKey,
  fields: { title: string; summary: string },
): DraftEdit<PlaybookDocument["sections"][number]> {
  const before = doc.sections.find((s) => s.key === key);
  if (!before) return problem("sectionKey", `The draft has no section "${key}"`, true);
  const after = { ...before, title: fields.title, summary: fields.summary };
  return done({ ...doc, sections: doc.sections.map((s) => (s.key === key ? after : s)) }, before, after);
}

// Scenarios, pitches and process steps: keyed lists with add, update and remove.

function updateItem<T extends { key: string; source: string }>(list: readonly T[], key: string, fields: Omit<T, "key" | "source">) {
  const before = list.find((i) => i.key === key);
  if (!before) return null;
  const after = { ...before, ...fields, key, source: before.source } as T;
  return { before, after, list: list.map((i) => (i.key === key ? after : i)) };
}

export function addScenario(doc: PlaybookDocument, fields: ScenarioFields & { key: string | null }): DraftEdit<PlaybookScenario> {
  if (doc.scenarios.length >= MAX_SCENARIOS) return problem("_form", `A playbook holds at most ${MAX_SCENARIOS} scenarios`);
  const key = newKey(fields.key, fields.title, keysOf(doc.scenarios), "scenario");
  if (!key.ok) return key;
  const scenario: PlaybookScenario = { ...fields, key: key.key, source: "" };
  return done({ ...doc, scenarios: [...doc.scenarios, scenario] }, null, scenario);
}

export function updateScenario(doc: PlaybookDocument, key: string, fields: ScenarioFields): DraftEdit<PlaybookScenario> {
  const changed = updateItem(doc.scenarios, key, fields);
  if (!changed) return problem("key", `The draft has no scenario "${key}"`, true);
  return done({ ...doc, scenarios: changed.list }, changed.before, changed.after);
}

/** Removes the scenario and every clause's claim to defend it. */
export function removeScenario(doc: PlaybookDocument, key: string): DraftEdit<PlaybookScenario & { defendedBy: string[] }> {
  const before = doc.scenarios.find((s) => s.key === key);
  if (!before) return problem("key", `The draft has no scenario "${key}"`, true);
  const defendedBy = doc.clauses.filter((c) => c.defends.includes(key)).map((c) => c.key);
  const clauses = doc.clauses.map((c) => (c.defends.includes(key) ? { ...c, defends: c.defends.filter((k) => k !== key) } : c));
  return done({ ...doc, clauses, scenarios: doc.scenarios.filter((s) => s.key !== key) }, { ...before, defendedBy }, null);
}

export function addPitch(doc: PlaybookDocument, fields: PitchFields & { key: string | null }): DraftEdit<PlaybookPitch> {
  if (doc.pitches.length >= MAX_PITCHES) return problem("_form", `A playbook holds at most ${MAX_PITCHES} pitches`);
  // A pitch has no title: its key comes from the quote.
  const key = newKey(fields.key, fields.quote, keysOf(doc.pitches), "pitch");
  if (!key.ok) return key;
  const pitch: PlaybookPitch = { ...fields, key: key.key, source: "" };
  return done({ ...doc, pitches: [...doc.pitches, pitch] }, null, pitch);
}

export function updatePitch(doc: PlaybookDocument, key: string, fields: PitchFields): DraftEdit<PlaybookPitch> {
  const changed = updateItem(doc.pitches, key, fields);
  if (!changed) return problem("key", `The draft has no pitch "${key}"`, true);
  return done({ ...doc, pitches: changed.list }, changed.before, changed.after);
}

/** Removes the pitch and every clause's claim to counter it. */
export function removePitch(doc: PlaybookDocument, key: string): DraftEdit<PlaybookPitch & { counteredBy: string[] }> {
  const before = doc.pitches.find((p) => p.key === key);
  if (!before) return problem("key", `The draft has no pitch "${key}"`, true);
  const counteredBy = doc.clauses.filter((c) => c.counters.includes(key)).map((c) => c.key);
  const clauses = doc.clauses.map((c) => (c.counters.includes(key) ? { ...c, counters: c.counters.filter((k) => k !== key) } : c));
  return done({ ...doc, clauses, pitches: doc.pitches.filter((p) => p.key !== key) }, { ...before, counteredBy }, null);
}

export function addStep(doc: PlaybookDocument, fields: StepFields & { key: string | null }): DraftEdit<PlaybookStep> {
  if (doc.steps.length >= MAX_STEPS) return problem("_form", `A playbook holds at most ${MAX_STEPS} process steps`);
  const key = newKey(fields.key, fields.title, keysOf(doc.steps), "process step");
  if (!key.ok) return key;
  const step: PlaybookStep = { ...fields, key: key.key, source: "" };
  return done({ ...doc, steps: [...doc.steps, step] }, null, step);
}

export function updateStep(doc: PlaybookDocument, key: string, fields: StepFields): DraftEdit<PlaybookStep> {
  const changed = updateItem(doc.steps, key, fields);
  if (!changed) return problem("key", `The draft has no process step "${key}"`, true);
  return done({ ...doc, steps: changed.list }, changed.before, changed.after);
}

export function removeStep(doc: PlaybookDocument, key: string): DraftEdit<PlaybookStep> {
  const before = doc.steps.find((s) => s.key === key);
  if (!before) return problem("key", `The draft has no process step "${key}"`, true);
  return done({ ...doc, steps: doc.steps.filter((s) => s.key !== key) }, before, null);
}

export function moveStep(doc: PlaybookDocument, key: string, direction: Direction): DraftEdit<{ key: string; position: number }> {
  const index = doc.steps.findIndex((s) => s.key === key);
  if (index < 0) return problem("key", `The draft has no process step "${key}"`, true);
  const target = direction === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= doc.steps.length) {
    return problem("direction", direction === "up" ? "This step is already the first" : "This step is already the last");
  }
  const steps = [...doc.steps];
  [steps[index], steps[target]] = [steps[target], steps[index]];
  return done({ ...doc, steps }, { key, position: index + 1 }, { key, position: target + 1 });
}

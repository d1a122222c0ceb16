import "@/lib/validation/zod-config";
import { z } from "zod";
import { BASE_MODEL_LICENCE_TYPES, HOSTING_MODELS, LAYER_KEYS, PRIORITIES } from "@/lib/domain/enums";

export { BASE_MODEL_LICENCE_TYPES, type BaseModelLicenceType } from "@/lib/domain/enums";

// The playbook document: the JSON format a playbook version is exported in and imported from, the
// shape of an organisation's draft, and the shipped default playbook (default-playbook.json).
// One zod schema is the whole definition: the JSON Schema published at /api/v1/schemas/playbook.json
// is generated from it, and `serializePlaybook` writes a parsed document back byte for byte.
//
// Format version 1. Keys are stable kebab-case names: deals carry a clause from one version to the
// next by its key. The seven sections are fixed (six IP layers plus deployment & exit); everything
// else (clauses, scenarios, pitches, process steps) may grow.

export const PLAYBOOK_FORMAT = "dealplaybook.playbook";
export const PLAYBOOK_FORMAT_VERSION = 1;

/** Contract value bands, in major units of the deal's currency (lib/domain/applicability.ts contractValueBand). */
export const CONTRACT_VALUE_BANDS = ["UNDER_100K", "100K_TO_1M", "OVER_1M"] as const;
export type ContractValueBand = (typeof CONTRACT_VALUE_BANDS)[number];

export const RULE_EFFECTS = ["NOT_APPLICABLE", "RAISE_PRIORITY"] as const;
export type RuleEffect = (typeof RULE_EFFECTS)[number];

export const MAX_CLAUSES = 400;
export const MAX_SCENARIOS = 40;
export const MAX_PITCHES = 60;
export const MAX_STEPS = 40;
export const MAX_RULES_PER_CLAUSE = 10;
export const MAX_PHRASES_PER_PITCH = 40;

const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ZKey = z
  .string({ error: "Enter a key" })
  .min(1, "Enter a key")
  .max(80, "Keep the key to 80 characters or fewer")
  .regex(KEY_PATTERN, "Use lower-case letters, digits and single hyphens, e.g. data-residency");

const line = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}` })
    .max(max, `Keep ${label} to ${max} characters or fewer`)
    .refine((s) => s.trim().length > 0, `Enter ${label}`)
    .refine((s) => s === s.trim(), `Remove the spaces around ${label}`);
const prose = (label: string, max = 4000) => line(label, max);
const optionalProse = (label: string, max = 4000) =>
  z
    .string({ error: `Enter ${label} or leave it empty` })
    .max(max, `Keep ${label} to ${max} characters or fewer`)
    .refine((s) => s === s.trim(), `Remove the spaces around ${label}`);

const uniqueList = <T extends z.ZodType<string>>(item: T, max: number, label: string) =>
  z
    .array(item)
    .max(max, `At most ${max} ${label}`)
    .refine((list) => new Set(list).size === list.length, `List each of the ${label} once`);

export const ZRuleConditions = z
  .strictObject({
    hostingModels: uniqueList(z.enum(HOSTING_MODELS), HOSTING_MODELS.length, "hosting models").min(1, "Pick at least one hosting model").optional(),
    modelKindMentions: uniqueList(line("a word the model kind mentions", 80), 20, "words").min(1, "Enter at least one word").optional(),
    baseModelLicenceTypes: uniqueList(z.enum(BASE_MODEL_LICENCE_TYPES), BASE_MODEL_LICENCE_TYPES.length, "licence types")
      .min(1, "Pick at least one licence type")
      .optional(),
    regulatedSector: z.boolean().optional(),
    contractValueBands: uniqueList(z.enum(CONTRACT_VALUE_BANDS), CONTRACT_VALUE_BANDS.length, "value bands").min(1, "Pick at least one value band").optional(),
  })
  .refine((when) => Object.values(when).some((v) => v !== undefined), "Give the rule at least one condition");
export type RuleConditions = z.output<typeof ZRuleConditions>;

/**
 * An applicability rule: when every condition holds for a deal's facts (within one condition, any
 * listed value matches), the clause is not applicable on that deal, or counts at a higher priority.
 */
export const ZApplicabilityRule = z.discriminatedUnion("effect", [
  z.strictObject({ effect: z.literal("NOT_APPLICABLE"), when: ZRuleConditions, reason: prose("the reason", 500) }),
  z.strictObject({ effect: z.literal("RAISE_PRIORITY"), when: ZRuleConditions, priority: z.enum(PRIORITIES), reason: prose("the reason", 500) }),
]);
export type ApplicabilityRule = z.output<typeof ZApplicabilityRule>;

export const ZSection = z.strictObject({
  key: z.enum(LAYER_KEYS),
  title: line("the section title", 200),
  summary: prose("the section summary"),
  source: optionalProse("the source", 300),
});

export const ZPlaybookClause = z.strictObject({
  key: ZKey,
  section: z.enum(LAYER_KEYS),
  title: line("the clause title", 200),
  whyItMatters: prose("why it matters"),
  mustHave: prose("the must-have position"),
  fallback: prose("the fallback position"),
  walkAway: prose("the walk-away line"),
  sampleLanguage: optionalProse("sample language", 8000).nullable(),
  priority: z.enum(PRIORITIES),
  /** Failure scenarios this clause defends against. */
  defends: uniqueList(ZKey, MAX_SCENARIOS, "scenarios"),
  /** Vendor pitches this clause counters. */
  counters: uniqueList(ZKey, MAX_PITCHES, "pitches"),
  rules: z.array(ZApplicabilityRule).max(MAX_RULES_PER_CLAUSE, `At most ${MAX_RULES_PER_CLAUSE} rules per clause`),
  source: optionalProse("the source", 300),
});
export type PlaybookClause = z.output<typeof ZPlaybookClause>;

export const ZPlaybookScenario = z.strictObject({
  key: ZKey,
  title: line("the scenario title", 200),
  story: prose("the story"),
  whatWentWrong: prose("what went wrong"),
  /** How a CIO should read the scenario while it is uncovered: "If this vendor shuts down tomorrow, ...". */
  ifUncovered: prose("the uncovered warning", 1000),
  source: optionalProse("the source", 300),
});
export type PlaybookScenario = z.output<typeof ZPlaybookScenario>;

export const ZPlaybookPitch = z.strictObject({
  key: ZKey,
  /** The pitch as a vendor would say it. */
  quote: prose("the pitch", 1000),
  danger: prose("the danger"),
  counter: prose("the counter"),
  /** The section the pitch hits hardest. */
  section: z.enum(LAYER_KEYS),
  /** Phrases that recognise the pitch in a vendor's words (matched whole-word, case-insensitive). */
  phrases: uniqueList(line("a phrase", 200), MAX_PHRASES_PER_PITCH, "phrases"),
  source: optionalProse("the source", 300),
});
export type PlaybookPitch = z.output<typeof ZPlaybookPitch>;

export const ZPlaybookStep = z.strictObject({
  key: ZKey,
  title: line("the step title", 200),
  detail: prose("the step detail"),
  source: optionalProse("the source", 300),
});
export type PlaybookStep = z.output<typeof ZPlaybookStep>;

export const ZPlaybookDocument = z
  .strictObject({
    format: z.literal(PLAYBOOK_FORMAT, { error: `Set "format" to "${PLAYBOOK_FORMAT}"` }),
    formatVersion: z.literal(PLAYBOOK_FORMAT_VERSION, { error: `This app reads format version ${PLAYBOOK_FORMAT_VERSION}` }),
    name: line("the playbook name", 200),
    sections: z.array(ZSection).length(LAYER_KEYS.length, `List the ${LAYER_KEYS.length} sections: ${LAYER_KEYS.join(", ")}`),
    clauses: z.array(ZPlaybookClause).min(1, "A playbook needs at least one clause").max(MAX_CLAUSES, `At most ${MAX_CLAUSES} clauses`),
    scenarios: z.array(ZPlaybookScenario).max(MAX_SCENARIOS, `At most ${MAX_SCENARIOS} scenarios`),
    pitches: z.array(ZPlaybookPitch).max(MAX_PITCHES, `At most ${MAX_PITCHES} pitches`),
    steps: z.array(ZPlaybookStep).max(MAX_STEPS, `At most ${MAX_STEPS} process steps`),
  })
  .superRefine((doc, ctx) => {
    for (const problem of crossReferenceProblems(doc)) ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
  })
  // A clause's scenarios and pitches are a set: the database keeps no order for them and reads them
  // back in the document's order of scenarios and pitches, so that order is the canonical one.
  .transform((doc) => {
    const inOrderOf = (items: { key: string }[]) => {
      const rank = new Map(items.map((item, i) => [item.key, i]));
      return (keys: string[]) => [...keys].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    };
    const byScenario = inOrderOf(doc.scenarios);
    const byPitch = inOrderOf(doc.pitches);
    return { ...doc, clauses: doc.clauses.map((c) => ({ ...c, defends: byScenario(c.defends), counters: byPitch(c.counters) })) };
  });
export type PlaybookDocument = z.output<typeof ZPlaybookDocument>;

type KeyedList = { key?: unknown }[];

function keyedList(value: unknown): KeyedList {
  return Array.isArray(value) ? value.map((item) => (item && typeof item === "object" ? (item as { key?: unknown }) : {})) : [];
}

/**
 * Keys that repeat and references to keys that do not exist. Runs on whatever shape the input has,
 * so that a file with other problems still gets these reported too (zod skips refinements then).
 */
function crossReferenceProblems(value: unknown): { path: (string | number)[]; message: string }[] {
  if (!value || typeof value !== "object") return [];
  const doc = value as Record<string, unknown>;
  const problems: { path: (string | number)[]; message: string }[] = [];
  const keysOf = (list: string, what: string) => {
    const seen = new Set<unknown>();
    keyedList(doc[list]).forEach((item, i) => {
      if (typeof item.key !== "string") return;
      if (seen.has(item.key)) problems.push({ path: [list, i, "key"], message: `Another ${what} already has the key "${item.key}"` });
      seen.add(item.key);
    });
    return seen;
  };
  keysOf("sections", "section");
  keysOf("clauses", "clause");
  const scenarios = keysOf("scenarios", "scenario");
  const pitches = keysOf("pitches", "pitch");
  keysOf("steps", "process step");
  keyedList(doc.clauses).forEach((clause, i) => {
    const refs = clause as { defends?: unknown; counters?: unknown };
    if (Array.isArray(refs.defends))
      refs.defends.forEach((key, j) => {
        if (typeof key === "string" && !scenarios.has(key)) problems.push({ path: ["clauses", i, "defends", j], message: `No scenario has the key "${key}"` });
      });
    if (Array.isArray(refs.counters))
      refs.counters.forEach((key, j) => {
        if (typeof key === "string" && !pitches.has(key)) problems.push({ path: ["clauses", i, "counters", j], message: `No pitch has the key "${key}"` });
      });
  });
  return problems;
}

/** One problem of an imported document, at its JSON path ("$.clauses[3].priority"). */
export interface PlaybookProblem {
  path: string;
  message: string;
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === "number" ? `${out}[${part}]` : `${out}.${String(part)}`), "$");
}

export type PlaybookParseResult = { ok: true; document: PlaybookDocument } | { ok: false; problems: PlaybookProblem[] };

/** Validates a value as a playbook document, reporting every problem with its path. */
export function parsePlaybookDocument(value: unknown): PlaybookParseResult {
  const parsed = ZPlaybookDocument.safeParse(value);
  if (parsed.success) return { ok: true, document: parsed.data };
  const problems = parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
  // With other problems present zod skipped the cross-reference check: run it on the input as it is.
  const known = new Set(problems.map((p) => `${p.path} ${p.message}`));
  for (const problem of crossReferenceProblems(value)) {
    const entry = { path: jsonPath(problem.path), message: problem.message };
    if (!known.has(`${entry.path} ${entry.message}`)) problems.push(entry);
  }
  return { ok: false, problems };
}

/** Reads a playbook file's text: JSON syntax errors are reported at "$" with the parser's message. */
export function parsePlaybookJson(text: string): PlaybookParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: "$", message: `The file is not valid JSON: ${(error as Error).message}` }] };
  }
  return parsePlaybookDocument(value);
}

/**
 * The canonical text of a document: keys in schema order, two-space indent, final newline. A parsed
 * document always serialises the same way, so export → import → export gives the same bytes.
 */
export function serializePlaybook(document: PlaybookDocument): string {
  return `${JSON.stringify(ZPlaybookDocument.parse(document), null, 2)}\n`;
}

/** The JSON Schema (draft 2020-12) of the format, generated from the zod schema above. */
export function playbookJsonSchema(): Record<string, unknown> {
  return {
    $id: "/api/v1/schemas/playbook.json",
    title: "Dealplaybook playbook, format version 1",
    ...z.toJSONSchema(ZPlaybookDocument, { io: "input", target: "draft-2020-12" }),
  };
}

import "./zod-config";
import { z } from "zod";
import { ZKey, ZPlaybookClause, ZPlaybookPitch, ZPlaybookScenario, ZPlaybookStep, ZSection } from "@/lib/playbook/format";
import { ZId, ZVersion } from "./common";

// The playbook editor's inputs (/playbook/edit). Every field reuses the playbook format's own schema
// (lib/playbook/format.ts), so the editor, an import and the published JSON Schema agree on limits and
// messages. Forms send text as typed: it is trimmed here before the format's checks.

/** PostgreSQL cannot store U+0000 (not even inside JSON), and a lone UTF-16 surrogate cannot be encoded at all. */
const storable = (value: string) => !value.includes("\u0000") && value.isWellFormed();
const UNSTORABLE = "Contains characters that cannot be stored";

const trimStrings = (value: unknown): unknown => {
  if (typeof value === "string") return value.trim();
  if (Array.isArray(value)) return value.map(trimStrings);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimStrings(v)]));
  }
  return value;
};
const strings = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === "object"
        ? Object.values(value).flatMap(strings)
        : [];

/** A format field, trimmed first and refused when the database could not store it. */
function formField<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    trimStrings,
    schema.refine((value) => strings(value).every(storable), UNSTORABLE),
  );
}

const clause = ZPlaybookClause.shape;
const scenario = ZPlaybookScenario.shape;
const pitch = ZPlaybookPitch.shape;
const step = ZPlaybookStep.shape;
const section = ZSection.shape;

/** Which organisation's draft, and the draft version the form read (a stale one is refused). */
const draftRef = { organizationId: ZId, draftVersion: ZVersion };

/** A new item's key: "" (or none) makes one from its title. */
const ZNewKey = z.preprocess(
  (value) => (value === undefined ? "" : trimStrings(value)),
  z
    .string({ error: "Enter a key or leave it empty" })
    .superRefine((key, ctx) => {
      const parsed = key === "" ? null : ZKey.safeParse(key);
      if (parsed && !parsed.success) ctx.addIssue({ code: "custom", message: parsed.error.issues[0].message });
    })
    .transform((key) => key || null),
);

const clauseFields = {
  section: clause.section,
  title: formField(clause.title),
  whyItMatters: formField(clause.whyItMatters),
  mustHave: formField(clause.mustHave),
  fallback: formField(clause.fallback),
  walkAway: formField(clause.walkAway),
  // An empty box means "no sample language".
  sampleLanguage: formField(clause.sampleLanguage).transform((s) => s || null),
  priority: clause.priority,
  defends: clause.defends,
  counters: clause.counters,
  rules: formField(clause.rules),
};

export const ZStartPlaybookDraft = z.object({ organizationId: ZId });
export type TStartPlaybookDraft = z.infer<typeof ZStartPlaybookDraft>;

export const ZDiscardPlaybookDraft = z.object(draftRef);
export type TDiscardPlaybookDraft = z.infer<typeof ZDiscardPlaybookDraft>;

export const ZUpdateDraftClause = z.object({ ...draftRef, key: ZKey, ...clauseFields });
export type TUpdateDraftClause = z.infer<typeof ZUpdateDraftClause>;

export const ZAddDraftClause = z.object({ ...draftRef, key: ZNewKey, ...clauseFields });
export type TAddDraftClause = z.infer<typeof ZAddDraftClause>;

/** Retire or remove an item by its key. */
export const ZDraftItemRef = z.object({ ...draftRef, key: ZKey });
export type TDraftItemRef = z.infer<typeof ZDraftItemRef>;

export const ZMoveDraftItem = z.object({ ...draftRef, key: ZKey, direction: z.enum(["up", "down"], { error: "Choose up or down" }) });
export type TMoveDraftItem = z.infer<typeof ZMoveDraftItem>;

export const ZUpdateDraftSection = z.object({
  ...draftRef,
  sectionKey: section.key,
  title: formField(section.title),
  summary: formField(section.summary),
});
export type TUpdateDraftSection = z.infer<typeof ZUpdateDraftSection>;

const scenarioFields = {
  title: formField(scenario.title),
  story: formField(scenario.story),
  whatWentWrong: formField(scenario.whatWentWrong),
  ifUncovered: formField(scenario.ifUncovered),
};
export const ZUpdateDraftScenario = z.object({ ...draftRef, key: ZKey, ...scenarioFields });
export type TUpdateDraftScenario = z.infer<typeof ZUpdateDraftScenario>;
export const ZAddDraftScenario = z.object({ ...draftRef, key: ZNewKey, ...scenarioFields });
export type TAddDraftScenario = z.infer<typeof ZAddDraftScenario>;

/** Phrases come one per line from the form (blank lines ignored), or as a list. */
const ZPhrases = z.preprocess(
  (value) =>
    typeof value === "string"
      ? value
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean)
      : value,
  formField(pitch.phrases),
);
const pitchFields = {
  quote: formField(pitch.quote),
  danger: formField(pitch.danger),
  counter: formField(pitch.counter),
  section: pitch.section,
  phrases: ZPhrases,
};
export const ZUpdateDraftPitch = z.object({ ...draftRef, key: ZKey, ...pitchFields });
export type TUpdateDraftPitch = z.infer<typeof ZUpdateDraftPitch>;
export const ZAddDraftPitch = z.object({ ...draftRef, key: ZNewKey, ...pitchFields });
export type TAddDraftPitch = z.infer<typeof ZAddDraftPitch>;

const stepFields = { title: formField(step.title), detail: formField(step.detail) };
export const ZUpdateDraftStep = z.object({ ...draftRef, key: ZKey, ...stepFields });
export type TUpdateDraftStep = z.infer<typeof ZUpdateDraftStep>;
export const ZAddDraftStep = z.object({ ...draftRef, key: ZNewKey, ...stepFields });
export type TAddDraftStep = z.infer<typeof ZAddDraftStep>;

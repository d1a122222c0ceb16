import type { ApplicabilityRule, PlaybookClause, PlaybookDocument, PlaybookPitch, PlaybookScenario, PlaybookStep } from "./format";

// What changed between two playbook documents, item by item, matched by key: the diff an admin reads
// before publishing, and the one /playbook/versions/N shows against N-1. Pure.

export interface WordSegment {
  kind: "same" | "added" | "removed";
  text: string;
}

/** Past this many token pairs (after the common start and end are set aside) the middle is shown as one replacement. */
export const WORD_DIFF_MAX_CELLS = 250_000;

function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

function push(out: WordSegment[], kind: WordSegment["kind"], text: string) {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.kind === kind) last.text += text;
  else out.push({ kind, text });
}

/**
 * A word-level diff: the longest common subsequence over word and whitespace tokens. Within a
 * replaced run the removed words come before the added ones. Long texts whose changed middle would
 * need more than WORD_DIFF_MAX_CELLS comparisons show that middle as removed-then-added.
 */
export function wordDiff(from: string, to: string): WordSegment[] {
  const a = tokens(from);
  const b = tokens(to);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: WordSegment[] = [];
  push(out, "same", a.slice(0, start).join(""));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > WORD_DIFF_MAX_CELLS) {
    push(out, "removed", midA.join(""));
    push(out, "added", midB.join(""));
  } else {
    for (const segment of lcsDiff(midA, midB)) push(out, segment.kind, segment.text);
  }
  push(out, "same", a.slice(endA).join(""));
  return out;
}

// A shared word outweighs shared whitespace, so the diff keeps words together rather than spaces.
const weight = (token: string) => (/^\s/.test(token) ? 1 : 2);

function lcsDiff(a: string[], b: string[]): WordSegment[] {
  const n = a.length;
  const m = b.length;
  // lengths[i][j]: the weight of the best common subsequence of a[i..] and b[j..], in one flat array.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const skip = Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
      lengths[i * width + j] = a[i] === b[j] ? Math.max(skip, lengths[(i + 1) * width + j + 1] + weight(a[i])) : skip;
    }
  }
  const out: WordSegment[] = [];
  let i = 0;
  let j = 0;
  let removed = "";
  let added = "";
  const flush = () => {
    push(out, "removed", removed);
    push(out, "added", added);
    removed = added = "";
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j] && lengths[i * width + j] === lengths[(i + 1) * width + j + 1] + weight(a[i])) {
      flush();
      push(out, "same", a[i]);
      i++;
      j++;
    } else if (j >= m || (i < n && lengths[(i + 1) * width + j] >= lengths[i * width + j + 1])) {
      removed += a[i++];
    } else {
      added += b[j++];
    }
  }
  flush();
  return out;
}

/** LCS of two key sequences: the keys that kept their relative order. */
function keptOrder(from: string[], to: string[]): Set<string> {
  const kept = new Set<string>();
  for (const segment of lcsDiff(
    from.map((k) => `${k}\n`),
    to.map((k) => `${k}\n`),
  )) {
    if (segment.kind === "same") for (const key of segment.text.split("\n").filter(Boolean)) kept.add(key);
  }
  return kept;
}

export type FieldChange =
  | { field: string; kind: "text"; from: string; to: string; words: WordSegment[] }
  | { field: string; kind: "value"; from: string; to: string }
  | { field: string; kind: "keys"; added: string[]; removed: string[]; reordered: boolean };

export type ItemStatus = "added" | "retired" | "changed" | "moved" | "unchanged";

export interface ItemDiff<T> {
  key: string;
  /** "changed" when a field changed (it may also have moved); "moved" when only its place changed. */
  status: ItemStatus;
  from: T | null;
  to: T | null;
  changes: FieldChange[];
  /** Set when the item changed section, or its order among the items both versions share. */
  moved: { fromSection: string | null; toSection: string | null; fromIndex: number; toIndex: number } | null;
}

export interface ClauseDiff extends ItemDiff<PlaybookClause> {
  /** The must-have, fallback, walk-away or priority changed: deals holding the clause must re-check it. */
  positionsChanged: boolean;
  rules: { added: ApplicabilityRule[]; removed: ApplicabilityRule[] } | null;
}

export interface DiffCounts {
  added: number;
  retired: number;
  changed: number;
  moved: number;
  unchanged: number;
}

export interface PlaybookDiff {
  name: FieldChange | null;
  sections: ItemDiff<PlaybookDocument["sections"][number]>[];
  clauses: ClauseDiff[];
  scenarios: ItemDiff<PlaybookScenario>[];
  pitches: ItemDiff<PlaybookPitch>[];
  steps: ItemDiff<PlaybookStep>[];
  counts: { sections: DiffCounts; clauses: DiffCounts; scenarios: DiffCounts; pitches: DiffCounts; steps: DiffCounts };
  /** Nothing at all differs. */
  identical: boolean;
}

type Keyed = { key: string };
type FieldSpec<T> = { field: keyof T & string; kind: "text" | "value" | "keys" };

function fieldChanges<T>(from: T, to: T, fields: FieldSpec<T>[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const { field, kind } of fields) {
    const a = from[field];
    const b = to[field];
    if (kind === "keys") {
      const listA = a as string[];
      const listB = b as string[];
      const added = listB.filter((k) => !listA.includes(k));
      const removed = listA.filter((k) => !listB.includes(k));
      const common = (list: string[], other: string[]) => list.filter((k) => other.includes(k)).join("\n");
      const reordered = common(listA, listB) !== common(listB, listA);
      if (added.length || removed.length || reordered) changes.push({ field, kind, added, removed, reordered });
    } else if (kind === "text") {
      const textA = (a as string | null) ?? "";
      const textB = (b as string | null) ?? "";
      if (textA !== textB) changes.push({ field, kind, from: textA, to: textB, words: wordDiff(textA, textB) });
    } else if (a !== b) {
      changes.push({ field, kind, from: String(a), to: String(b) });
    }
  }
  return changes;
}

function diffItems<T extends Keyed>(from: T[], to: T[], fields: FieldSpec<T>[], sectionOf: (item: T) => string | null = () => null): ItemDiff<T>[] {
  const before = new Map(from.map((item, index) => [item.key, { item, index }]));
  const after = new Map(to.map((item, index) => [item.key, { item, index }]));
  // Order is compared within a section, among the items both versions have there.
  const shared = (list: T[], other: Map<string, { item: T }>) =>
    list.filter((i) => {
      const o = other.get(i.key);
      return o && sectionOf(o.item) === sectionOf(i);
    });
  const sharedFrom = shared(from, after);
  const sharedTo = shared(to, before);
  const kept = new Set<string>();
  for (const section of new Set(sharedTo.map(sectionOf))) {
    const keysIn = (list: T[]) => list.filter((i) => sectionOf(i) === section).map((i) => i.key);
    for (const key of keptOrder(keysIn(sharedFrom), keysIn(sharedTo))) kept.add(key);
  }

  const diffs: ItemDiff<T>[] = to.map((item, toIndex) => {
    const old = before.get(item.key);
    if (!old) return { key: item.key, status: "added", from: null, to: item, changes: [], moved: null };
    const changes = fieldChanges(old.item, item, fields);
    const moved = kept.has(item.key) ? null : { fromSection: sectionOf(old.item), toSection: sectionOf(item), fromIndex: old.index, toIndex };
    const status: ItemStatus = changes.length ? "changed" : moved ? "moved" : "unchanged";
    return { key: item.key, status, from: old.item, to: item, changes, moved };
  });
  from.forEach((item) => {
    if (!after.has(item.key)) diffs.push({ key: item.key, status: "retired", from: item, to: null, changes: [], moved: null });
  });
  return diffs;
}

const CLAUSE_FIELDS: FieldSpec<PlaybookClause>[] = [
  { field: "title", kind: "text" },
  { field: "priority", kind: "value" },
  { field: "whyItMatters", kind: "text" },
  { field: "mustHave", kind: "text" },
  { field: "fallback", kind: "text" },
  { field: "walkAway", kind: "text" },
  { field: "sampleLanguage", kind: "text" },
  { field: "defends", kind: "keys" },
  { field: "counters", kind: "keys" },
  { field: "source", kind: "text" },
];
const SECTION_FIELDS: FieldSpec<PlaybookDocument["sections"][number]>[] = [
  { field: "title", kind: "text" },
  { field: "summary", kind: "text" },
  { field: "source", kind: "text" },
];
const SCENARIO_FIELDS: FieldSpec<PlaybookScenario>[] = [
  { field: "title", kind: "text" },
  { field: "story", kind: "text" },
  { field: "whatWentWrong", kind: "text" },
  { field: "ifUncovered", kind: "text" },
  { field: "source", kind: "text" },
];
const PITCH_FIELDS: FieldSpec<PlaybookPitch>[] = [
  { field: "quote", kind: "text" },
  { field: "section", kind: "value" },
  { field: "danger", kind: "text" },
  { field: "counter", kind: "text" },
  { field: "phrases", kind: "keys" },
  { field: "source", kind: "text" },
];
const STEP_FIELDS: FieldSpec<PlaybookStep>[] = [
  { field: "title", kind: "text" },
  { field: "detail", kind: "text" },
  { field: "source", kind: "text" },
];

/** The fields a deal negotiates against: when one of them changes, a deal's status on the clause may no longer hold. */
export const POSITION_FIELDS = ["mustHave", "fallback", "walkAway", "priority"] as const;

export function clausePositionsChanged(from: PlaybookClause, to: PlaybookClause): boolean {
  return POSITION_FIELDS.some((field) => from[field] !== to[field]);
}

const ruleText = (rule: ApplicabilityRule) => JSON.stringify(rule);

function ruleChanges(from: ApplicabilityRule[], to: ApplicabilityRule[]) {
  const a = from.map(ruleText);
  const b = to.map(ruleText);
  const added = to.filter((_, i) => !a.includes(b[i]));
  const removed = from.filter((_, i) => !b.includes(a[i]));
  const reordered = a.join("\n") !== b.join("\n");
  return added.length || removed.length || reordered ? { added, removed } : null;
}

function count(items: ItemDiff<unknown>[]): DiffCounts {
  const counts: DiffCounts = { added: 0, retired: 0, changed: 0, moved: 0, unchanged: 0 };
  for (const item of items) counts[item.status]++;
  return counts;
}

export function diffPlaybooks(from: PlaybookDocument, to: PlaybookDocument): PlaybookDiff {
  const clauses: ClauseDiff[] = diffItems(from.clauses, to.clauses, CLAUSE_FIELDS, (c) => c.section).map((item) => {
    if (!item.from || !item.to) return { ...item, positionsChanged: false, rules: null };
    const rules = ruleChanges(item.from.rules, item.to.rules);
    const status = rules && item.status !== "changed" ? "changed" : item.status;
    return { ...item, status, positionsChanged: clausePositionsChanged(item.from, item.to), rules };
  });
  const sections = diffItems(from.sections, to.sections, SECTION_FIELDS);
  const scenarios = diffItems(from.scenarios, to.scenarios, SCENARIO_FIELDS);
  const pitches = diffItems(from.pitches, to.pitches, PITCH_FIELDS);
  const steps = diffItems(from.steps, to.steps, STEP_FIELDS);
  const name = from.name === to.name ? null : ({ field: "name", kind: "text", from: from.name, to: to.name, words: wordDiff(from.name, to.name) } as const);
  const counts = { sections: count(sections), clauses: count(clauses), scenarios: count(scenarios), pitches: count(pitches), steps: count(steps) };
  const identical = !name && Object.values(counts).every((c) => c.added + c.retired + c.changed + c.moved === 0);
  return { name, sections, clauses, scenarios, pitches, steps, counts, identical };
}

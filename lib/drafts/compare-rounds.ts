import type { Priority } from "@/lib/domain/enums";
import { wordDiff, type WordSegment } from "@/lib/playbook/diff";
import { grantsClientRight, quotePassage, type MappingState } from "./round-proposal";

// Round against round, per deal clause: what the vendor's later draft says about each clause compared
// with the earlier one, and whether they gave ground or dug in. Pure: the service loads both rounds.

export interface RoundPassage {
  id: string;
  ordinal: number;
  number: string;
  text: string;
  mappings: { dealClauseId: string; state: MappingState }[];
  /** Live (not dismissed) flags only. */
  flags: { key: string; title: string; severity: string; kind: string }[];
}

export interface CompareClause {
  id: string;
  key: string;
  title: string;
  priority: Priority;
}

/**
 * - conceded: risky wording or a pitch is gone (and none came), or the clause's wording now grants our right;
 * - hardened: new risky wording or pitches, or wording that granted our right is gone;
 * - changed: the text moved but the flags did not;
 * - unchanged: same words, same flags;
 * - newly-addressed: silent before, addressed now;
 * - now-silent: addressed before, silent now (worse when the clause is a must-have).
 */
export type RoundVerdict = "conceded" | "hardened" | "changed" | "unchanged" | "newly-addressed" | "now-silent";

export const VERDICTS: readonly RoundVerdict[] = ["hardened", "now-silent", "conceded", "changed", "newly-addressed", "unchanged"];

export interface ClauseComparison {
  clause: CompareClause;
  before: { id: string; number: string; text: string }[];
  after: { id: string; number: string; text: string }[];
  diff: WordSegment[];
  flagsGained: { key: string; title: string }[];
  flagsLost: { key: string; title: string }[];
  verdict: RoundVerdict;
  /** A must-have the vendor stopped addressing: silence there is a finding. */
  worse: boolean;
}

export interface RoundComparison {
  counts: Record<RoundVerdict, number>;
  clauses: ClauseComparison[];
}

function passagesFor(passages: readonly RoundPassage[], clauseId: string) {
  return passages.filter((p) => p.mappings.some((m) => m.dealClauseId === clauseId && m.state !== "REJECTED")).sort((a, b) => a.ordinal - b.ordinal);
}

function flagsOf(passages: readonly RoundPassage[]) {
  return new Map(passages.flatMap((p) => p.flags.map((f) => [f.key, { key: f.key, title: f.title }] as const)));
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();
const grants = (passages: readonly RoundPassage[]) => passages.length > 0 && passages.every((p) => grantsClientRight(p.text, p.flags));

export function verdictOf(input: { before: readonly RoundPassage[]; after: readonly RoundPassage[]; gained: number; lost: number }): RoundVerdict {
  const { before, after, gained, lost } = input;
  if (!before.length) return "newly-addressed";
  if (!after.length) return "now-silent";
  const grantedBefore = grants(before);
  const grantsNow = grants(after);
  if (gained > 0 || (grantedBefore && !grantsNow)) return "hardened";
  if (lost > 0 || (!grantedBefore && grantsNow)) return "conceded";
  const textBefore = normalise(before.map((p) => p.text).join(" "));
  const textAfter = normalise(after.map((p) => p.text).join(" "));
  return textBefore === textAfter ? "unchanged" : "changed";
}

const PRIORITY_ORDER: Record<Priority, number> = { MUST_HAVE: 0, IMPORTANT: 1, NICE_TO_HAVE: 2 };

/**
 * Every clause addressed in either round, must-haves first (then in the order given: the checklist's),
 * with the word diff of what each round says about it and the verdict.
 */
export function compareRounds(input: { clauses: readonly CompareClause[]; before: readonly RoundPassage[]; after: readonly RoundPassage[] }): RoundComparison {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<RoundVerdict, number>;
  const clauses: ClauseComparison[] = [];
  const ordered = input.clauses
    .map((clause, index) => ({ clause, index }))
    .sort((a, b) => PRIORITY_ORDER[a.clause.priority] - PRIORITY_ORDER[b.clause.priority] || a.index - b.index);
  for (const { clause } of ordered) {
    const before = passagesFor(input.before, clause.id);
    const after = passagesFor(input.after, clause.id);
    if (!before.length && !after.length) continue;
    const flagsBefore = flagsOf(before);
    const flagsAfter = flagsOf(after);
    const flagsGained = [...flagsAfter.values()].filter((f) => !flagsBefore.has(f.key));
    const flagsLost = [...flagsBefore.values()].filter((f) => !flagsAfter.has(f.key));
    const verdict = verdictOf({ before, after, gained: flagsGained.length, lost: flagsLost.length });
    counts[verdict] += 1;
    const quote = (ps: RoundPassage[]) => ps.map((p) => ({ id: p.id, number: p.number, text: p.text }));
    clauses.push({
      clause,
      before: quote(before),
      after: quote(after),
      diff: wordDiff(before.map(quotePassage).join("\n"), after.map(quotePassage).join("\n")),
      flagsGained,
      flagsLost,
      verdict,
      worse: verdict === "now-silent" && clause.priority === "MUST_HAVE",
    });
  }
  return { counts, clauses };
}

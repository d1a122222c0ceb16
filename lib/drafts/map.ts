import { buildPhraseMatcher } from "@/lib/domain/phrase-matcher";
import { normalizeForMatching } from "@/lib/domain/red-flags";
import { CLAUSE_TERMS, titleTerms } from "./clause-terms";
import type { ClauseForMapping, PassageFlag, PassageMapping } from "./types";

// Which clauses a passage addresses: the clause's terms found in it (whole words, one linear pass over
// the passage for all clauses at once), plus the clauses that counter a pitch or risky wording the
// passage was flagged for. A clause needs MIN_SCORE to be proposed; the reason shown is the terms.

const MIN_SCORE = 2;
const CURATED_WEIGHT = 2;
const TITLE_WEIGHT = 1;
const FLAG_WEIGHT = 3;

export interface ClauseMapper {
  map(passageText: string, flags: readonly PassageFlag[]): PassageMapping[];
}

export function buildClauseMapper(clauses: readonly ClauseForMapping[], riskClauseKeys: (flagKey: string) => readonly string[] = () => []): ClauseMapper {
  const terms: { clause: number; term: string; weight: number }[] = [];
  clauses.forEach((clause, index) => {
    const curated = CLAUSE_TERMS[clause.key] ?? [];
    for (const term of curated) terms.push({ clause: index, term, weight: CURATED_WEIGHT });
    for (const term of titleTerms(clause.title)) if (!curated.includes(term)) terms.push({ clause: index, term, weight: TITLE_WEIGHT });
  });
  const matcher = buildPhraseMatcher(terms.map((t) => [normalizeForMatching(t.term).text.trim()]));
  const byKey = new Map(clauses.map((c, i) => [c.key, i]));

  return {
    map(passageText, flags) {
      const score = new Map<number, { score: number; terms: string[] }>();
      const add = (clause: number, weight: number, why: string) => {
        const entry = score.get(clause) ?? { score: 0, terms: [] };
        entry.score += weight;
        if (!entry.terms.includes(why)) entry.terms.push(why);
        score.set(clause, entry);
      };
      for (const [index] of matcher.firstMatches(normalizeForMatching(passageText).text)) {
        add(terms[index].clause, terms[index].weight, terms[index].term);
      }
      for (const flag of flags) {
        const label = `${flag.kind === "pitch" ? "pitch" : "risky wording"}: ${flag.title}`;
        clauses.forEach((clause, index) => {
          if (flag.pitchKey && clause.counters.includes(flag.pitchKey) && flag.kind === "pitch") add(index, FLAG_WEIGHT, label);
        });
        for (const key of riskClauseKeys(flag.key)) {
          const index = byKey.get(key);
          if (index !== undefined) add(index, FLAG_WEIGHT, label);
        }
      }
      return [...score.entries()]
        .filter(([, s]) => s.score >= MIN_SCORE)
        .sort((a, b) => b[1].score - a[1].score)
        .map(([index, s]) => ({ clauseId: clauses[index].id, clauseKey: clauses[index].key, terms: s.terms, score: s.score }));
    },
  };
}

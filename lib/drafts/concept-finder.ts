import { CLAUSE_CONCEPTS, CONCEPTS, PARTIES_AND_MODALS, WINDOW, type Concept } from "./concepts";

// Finds, in one pass over a passage's words, which clauses' concept rules (concepts.ts) hold: each
// word starts at most the few members that begin with it, and a rule is checked only when one of its
// concepts occurs, against the last place each of its other concepts occurred.

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|[.;!?](?=\s|$)/gu;

interface Member {
  concept: Concept;
  words: string[];
  shown: string;
}

interface Rule {
  clause: number;
  concepts: readonly Concept[];
}

/**
 * The clause index → the reason ("retains … datasets": the words for each concept, in the passage's
 * order) and how many topical concepts the rule joined (three together say more than two; who
 * does it and "may" are in every sentence, so they do not count).
 */
/**
 * Takes the passage in canonical form (map.ts computes it once for terms and concepts) and, for the
 * reason, as merely normalised: the same words before renaming and stemming, so the reason quotes
 * the draft ("client … retains … datasets").
 */
export type ConceptFinder = (canonicalText: string, normalisedText?: string) => Map<number, { why: string; concepts: number }>;

export function buildConceptFinder(clauseKeys: readonly string[], canonical: (text: string) => string): ConceptFinder {
  const byFirstWord = new Map<string, Member[]>();
  for (const [concept, members] of Object.entries(CONCEPTS) as [Concept, readonly string[]][]) {
    for (const shown of members) {
      const words = canonical(shown).match(WORD) ?? [];
      const first = words[0];
      if (first === undefined) continue;
      const list = byFirstWord.get(first) ?? [];
      list.push({ concept, words, shown });
      byFirstWord.set(first, list);
    }
  }
  const rulesOf = new Map<Concept, Rule[]>();
  clauseKeys.forEach((key, clause) => {
    for (const concepts of CLAUSE_CONCEPTS[key] ?? []) {
      for (const concept of new Set(concepts)) {
        const list = rulesOf.get(concept) ?? [];
        list.push({ clause, concepts });
        rulesOf.set(concept, list);
      }
    }
  });

  return (canonicalText, normalisedText) => {
    const found = new Map<number, { why: string; concepts: number }>();
    const words = canonicalText.match(WORD) ?? [];
    const original = normalisedText?.match(WORD) ?? [];
    const quote = (member: Member, at: number) => (original.length === words.length ? original.slice(at, at + member.words.length).join(" ") : member.shown);
    const last = new Map<Concept, { at: number; shown: string }>();
    let position = 0;
    for (let i = 0; i < words.length; i++) {
      // A sentence ends: what came before it is out of every window.
      if (/^[.;!?]$/.test(words[i])) {
        position += WINDOW + 1;
        continue;
      }
      position += 1;
      for (const member of byFirstWord.get(words[i]) ?? []) {
        if (!member.words.every((w, k) => words[i + k] === w)) continue;
        last.set(member.concept, { at: position, shown: quote(member, i) });
        for (const rule of rulesOf.get(member.concept) ?? []) {
          if (found.has(rule.clause)) continue;
          const seen = rule.concepts.map((c) => last.get(c));
          if (seen.every((s) => s !== undefined && position - s.at <= WINDOW)) {
            const ordered = [...new Set(seen.map((s) => s!))].sort((a, b) => a.at - b.at);
            found.set(rule.clause, { why: ordered.map((s) => s.shown).join(" … "), concepts: rule.concepts.filter((c) => !PARTIES_AND_MODALS.has(c)).length });
          }
        }
      }
    }
    return found;
  };
}

import { buildPhraseMatcher } from "@/lib/domain/phrase-matcher";
import { normalizeForMatching } from "@/lib/domain/red-flags";
import { CLAUSE_TERMS, wordsOf } from "./clause-terms";
import { buildConceptFinder } from "./concept-finder";
import type { ClauseForMapping, PassageFlag, PassageMapping } from "./types";

// Which clauses a passage addresses. Each clause has terms of three strengths (clause-terms.ts); all
// clauses' terms are found in one linear pass over the passage and one over its section heading.
// A clause is proposed when its score reaches MIN_SCORE: one strong or medium term, two hints, a hint
// and a flagged pitch the clause counters, a strong term in the heading above the passage, or a risky
// wording the finding table ties to the clause. Negated wording ("shall not deposit … in escrow") still
// addresses the clause: mapping is about the subject, flagging about the risk.

const STRONG = 3;
const MEDIUM = 2;
const WEAK = 1;
const MIN_SCORE = 1.5;
/**
 * A clause's score is its strongest piece of evidence plus this share of the others: a passage that
 * names the weights many ways is still one mention, and must not push a clause it addresses just as
 * clearly (by one rule) under the relative floor.
 */
const FURTHER_EVIDENCE = 0.5;
/** A pitch the clause counters is a hint: it names several clauses, the passage's words pick among them. */
const PITCH_WEIGHT = 1;
/**
 * Risky wording is tied to its clauses (risk-clauses.ts): a hint when the passage's words point
 * elsewhere, enough on its own when nothing else does (a flagged passage always addresses something).
 */
const RISK_WEIGHT = 1;
/** Clauses scoring half the passage's best or less are what it mentions in passing, not what it is about. */
const RELATIVE_FLOOR = 0.6;
const REASON_WORDS = 4;
const NOT_A_WORD = /^(?:heading|pitch|risky wording): /;

const CUSTOMER = /\b(?:client|licensee|buyer)\b/g;
const SUPPLIER = /\b(?:vendor|provider|licensor|contractor)\b/g;

/** "trains", "trained", "training" → "train"; "outputs" → "output": a light stemmer, the same for terms and text. */
function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith("ing") && word.length > 6) return word.slice(0, -3);
  if (word.endsWith("ed") && word.length > 5) return word.slice(0, -2);
  if (word.endsWith("ies")) return word.slice(0, -3) + "y";
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) return word.slice(0, -1);
  return word;
}

/**
 * What terms and passages are compared as: normalised (lower case, plain quotes and dashes), the
 * parties under one name each (drafts say Client, Licensee or Customer; Provider, Vendor or
 * Supplier) and every word stemmed, so "the Client may further train" meets "customer … further training".
 */
export function canonical(text: string): string {
  return canonicalOfNormalised(normalizeForMatching(text).text);
}

/** canonical() of a text already normalised: word for word the same words, renamed and stemmed. */
function canonicalOfNormalised(normalised: string): string {
  return normalised
    .replace(CUSTOMER, "customer")
    .replace(SUPPLIER, "supplier")
    .replace(/\p{L}+/gu, stem);
}

interface Term {
  clause: number;
  term: string;
  weight: number;
}

export interface ClauseMapper {
  /** The clauses the passage addresses, best first; `heading` is the title of the section it sits in. */
  map(passageText: string, flags: readonly PassageFlag[], heading?: string): PassageMapping[];
}

/**
 * Terms for a clause without curated ones (an organisation's own clause, a deal-specific clause): the
 * whole title as a strong phrase, and as hints each word of its title and (longer ones) of its must-have
 * position that no other clause uses.
 */
function ownTerms(clause: ClauseForMapping, documentFrequency: Map<string, number>): { term: string; weight: number }[] {
  const title = wordsOf(clause.title);
  const distinctive = (w: string) => (documentFrequency.get(w) ?? 0) <= 1;
  const out: { term: string; weight: number }[] = [];
  if (title.length > 1) out.push({ term: title.join(" "), weight: STRONG });
  for (const w of new Set(title)) if (distinctive(w)) out.push({ term: w, weight: title.length === 1 ? STRONG : WEAK });
  for (const w of new Set(wordsOf(clause.mustHave ?? ""))) if (distinctive(w) && !title.includes(w) && w.length > 4) out.push({ term: w, weight: WEAK });
  return out;
}

/**
 * The clause's own playbook words (title and must-have) that no other clause uses: a hint for curated
 * clauses too, so a passage in the playbook's vocabulary maps even where the term lists are silent.
 */
function playbookWords(clause: ClauseForMapping, documentFrequency: Map<string, number>): string[] {
  return [...new Set([...wordsOf(clause.title), ...wordsOf(clause.mustHave ?? "")])].filter((w) => (documentFrequency.get(w) ?? 0) <= 1 && !PLAIN_WORDS.has(w));
}

/**
 * Words a playbook position is written with that any contract passage may use for anything else
 * (payment, confidentiality, "once paid"): unique to one clause in the playbook, still no sign of it.
 */
const PLAIN_WORDS = new Set(
  (
    "supplies sets acquires prior continues listed phrases says added adds confirms case returns usable " +
    "remaining keeping obliges source named while wide covering checked exact permits require starts changes files " +
    "related until passes otherwise itself explain description results competent itemised list source's call " +
    "everything free limited full part else allowed allows value agrees ongoing generates exist beyond reach " +
    "expressly even developed yourself obtain another offers outcome plan holds once paid paid-for though apply " +
    "route sits prefer live open payment confidentiality status ground requests decision continued help move fixed " +
    "maximum yearly feed trains added wording broad purpose deleted vague catch-all data-use developed " +
    "organisations supply head start triggers failure refreshed released neutral agent operating deployment"
  ).split(/\s+/),
);

/**
 * The reason a negotiator reads: the strongest of the words matched, at most REASON_WORDS of them (a
 * passage in the playbook's vocabulary matches many), then the heading and every pitch or risky wording.
 */
function reasonOf(evidence: readonly { why: string; weight: number }[]): string[] {
  const context = evidence.filter((e) => NOT_A_WORD.test(e.why));
  const words = evidence.filter((e) => !NOT_A_WORD.test(e.why)).sort((a, b) => b.weight - a.weight);
  return [...words.slice(0, REASON_WORDS), ...context].map((e) => e.why);
}

export function buildClauseMapper(clauses: readonly ClauseForMapping[], riskClauseKeys: (flagKey: string) => readonly string[] = () => []): ClauseMapper {
  const documentFrequency = new Map<string, number>();
  for (const clause of clauses) {
    for (const w of new Set([...wordsOf(clause.title), ...wordsOf(clause.mustHave ?? "")])) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
  }
  const terms: Term[] = [];
  clauses.forEach((clause, index) => {
    const curated = CLAUSE_TERMS[clause.key];
    if (curated) {
      for (const term of curated.strong ?? []) terms.push({ clause: index, term, weight: STRONG });
      for (const term of curated.medium ?? []) terms.push({ clause: index, term, weight: MEDIUM });
      for (const term of curated.weak ?? []) terms.push({ clause: index, term, weight: WEAK });
      for (const term of playbookWords(clause, documentFrequency)) terms.push({ clause: index, term, weight: WEAK });
    } else {
      for (const t of ownTerms(clause, documentFrequency)) terms.push({ clause: index, ...t });
    }
  });
  // "release event" and "release events" are one term once stemmed: each clause keeps the first.
  const seen = new Set<string>();
  const phrases: string[] = [];
  const unique = terms.filter((t) => {
    const phrase = canonical(t.term).trim();
    const key = `${t.clause} ${phrase}`;
    if (seen.has(key)) return false;
    seen.add(key);
    phrases.push(phrase);
    return true;
  });
  terms.splice(0, terms.length, ...unique);
  const matcher = buildPhraseMatcher(phrases.map((p) => [p]));
  const byKey = new Map(clauses.map((c, i) => [c.key, i]));
  const headingCache = new Map<string, Map<number, { weight: number; term: string }>>();
  const concepts = buildConceptFinder(
    clauses.map((c) => c.key),
    canonical,
  );

  /** Per clause, the matched terms, a term inside a longer matched term of the same clause not counted twice. */
  const found = (canonicalText: string) => {
    const byClause = new Map<number, { term: Term; start: number; end: number }[]>();
    for (const [index, span] of matcher.firstMatches(canonicalText)) {
      const list = byClause.get(terms[index].clause) ?? [];
      list.push({ term: terms[index], ...span });
      byClause.set(terms[index].clause, list);
    }
    const out = new Map<number, Term[]>();
    for (const [clause, hits] of byClause) {
      hits.sort((a, b) => b.end - b.start - (a.end - a.start));
      const kept: typeof hits = [];
      for (const hit of hits) if (!kept.some((k) => k.start <= hit.start && hit.end <= k.end)) kept.push(hit);
      out.set(
        clause,
        kept.map((k) => k.term),
      );
    }
    return out;
  };

  /** A heading's best term per clause, worth one step less than in the passage itself. */
  const headingTerms = (heading: string) => {
    let cached = headingCache.get(heading);
    if (!cached) {
      cached = new Map();
      for (const [clause, hits] of found(canonical(heading))) {
        const best = hits.reduce((a, b) => (b.weight > a.weight ? b : a));
        if (best.weight > WEAK) cached.set(clause, { weight: best.weight - 1, term: best.term });
      }
      headingCache.set(heading, cached);
    }
    return cached;
  };

  return {
    map(passageText, flags, heading = "") {
      const score = new Map<number, { score: number; top: number; rest: number; evidence: { why: string; weight: number }[] }>();
      const add = (clause: number, weight: number, why: string) => {
        const entry = score.get(clause) ?? { score: 0, top: 0, rest: 0, evidence: [] };
        if (entry.evidence.some((e) => e.why === why)) return;
        entry.rest += Math.min(entry.top, weight);
        entry.top = Math.max(entry.top, weight);
        entry.score = entry.top + FURTHER_EVIDENCE * entry.rest;
        entry.evidence.push({ why, weight });
        score.set(clause, entry);
      };
      const normalised = normalizeForMatching(passageText).text;
      const text = canonicalOfNormalised(normalised);
      for (const [clause, hits] of found(text)) for (const hit of hits) add(clause, hit.weight, hit.term);
      for (const [clause, hit] of concepts(text, normalised)) add(clause, hit.concepts >= 3 ? STRONG : MEDIUM, hit.why);
      // The heading confirms what the passage's own words hint at; on its own it proves nothing.
      if (heading) for (const [clause, hit] of headingTerms(heading)) if (score.has(clause)) add(clause, hit.weight, `heading: ${heading}`);
      for (const flag of flags) {
        const label = `${flag.kind === "pitch" ? "pitch" : "risky wording"}: ${flag.title}`;
        if (flag.kind === "pitch" && flag.pitchKey) {
          clauses.forEach((clause, index) => {
            if (clause.counters.includes(flag.pitchKey!)) add(index, PITCH_WEIGHT, label);
          });
        }
        for (const key of riskClauseKeys(flag.key)) {
          const index = byKey.get(key);
          if (index !== undefined) add(index, RISK_WEIGHT, label);
        }
      }
      if (![...score.values()].some((s) => s.score >= MIN_SCORE)) {
        for (const flag of flags) for (const key of riskClauseKeys(flag.key)) if (byKey.has(key)) score.get(byKey.get(key)!)!.score = MIN_SCORE;
      }
      const best = Math.max(0, ...[...score.values()].map((s) => s.score));
      return [...score.entries()]
        .filter(([, s]) => s.score >= MIN_SCORE && s.score > best * RELATIVE_FLOOR)
        .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
        .map(([index, s]) => ({ clauseId: clauses[index].id, clauseKey: clauses[index].key, terms: reasonOf(s.evidence), score: Math.round(s.score) }));
    },
  };
}

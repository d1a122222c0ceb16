import type { LayerKey } from "@/lib/domain/enums";
import { RED_FLAG_RULES, type RedFlagKind, type RedFlagRule, type RedFlagSeverity } from "@/lib/playbook/pitch-patterns";
import { buildPhraseMatcher, type PhraseMatcher } from "./phrase-matcher";

// Pure recogniser for the playbook's vendor pitches and risky contract language.
// No I/O, no Prisma, no React: safe to use from server actions, API routes, client components and tests.

/** What was recognised, and where. */
export interface RedFlagFinding {
  /** A pitch key (built-in pattern or a playbook pitch's phrase) or a risky-language key. */
  key: string;
  kind: RedFlagKind;
  /** The playbook pitch the finding is, or is closest to; null when the playbook given has no such pitch. */
  pitchKey: string | null;
  title: string;
  severity: RedFlagSeverity;
  layer: LayerKey;
  danger: string;
  counter: string;
  /** The matched span, with offsets into the ORIGINAL text: text.slice(start, end) === match.text. */
  match: { text: string; start: number; end: number };
}

/** A playbook pitch as the matcher reads it (the deal's playbook version, or the organisation's current one). */
export interface PlaybookPitchText {
  key: string;
  quote: string;
  danger: string;
  counter: string;
  /** Literal phrases that recognise the pitch: whole words, any case, any whitespace between words. */
  phrases: readonly string[];
  section: string;
}

/**
 * The most text one analysis reads: the largest vendor text the forms and POST /api/v1/analyze accept
 * (MAX_VENDOR_TEXT in lib/validation/deal-clause.ts). Beyond it, detectRedFlags reads only the first
 * MAX_ANALYZED_CHARS characters, so no caller can make one analysis cost more than that.
 */
export const MAX_ANALYZED_CHARS = 20_000;

const SEVERITY_RANK: Record<RedFlagSeverity, number> = { high: 0, medium: 1 };

// ── Normalisation (keeps a map back to the original offsets) ─────────────────────────────────────────

export type NormalizedText = {
  /** Lower-case text with straight quotes, plain dashes and single spaces (line breaks kept as "\n"). */
  text: string;
  /** map[i] is the index in the original string of normalised character i. */
  map: number[];
};

const QUOTE_SINGLE = new Set(["\u2018", "\u2019", "\u201A", "\u201B", "\u2032", "\u0060", "\u00B4", "\u02BC"]);
const QUOTE_DOUBLE = new Set(["\u201C", "\u201D", "\u201E", "\u201F", "\u2033", "\u00AB", "\u00BB"]);
const DASHES = new Set(["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\uFE58", "\uFE63", "\uFF0D"]);
const INVISIBLE = new Set(["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"]);
const LINE_BREAKS = new Set(["\n", "\r", "\u2028", "\u2029", "\u000B", "\u000C", "\u0085"]);
const WHITESPACE = /\s/;

/** What each special character becomes: "" drops it, " " and "\n" are whitespace, others replace it. */
const SPECIAL = new Map<string, string>([
  ...[...QUOTE_SINGLE].map((c): [string, string] => [c, "'"]),
  ...[...QUOTE_DOUBLE].map((c): [string, string] => [c, '"']),
  ...[...DASHES].map((c): [string, string] => [c, "-"]),
  ...[...INVISIBLE].map((c): [string, string] => [c, ""]),
  ...[...LINE_BREAKS].map((c): [string, string] => [c, "\n"]),
  ["\u2026", "."],
]);

export function normalizeForMatching(input: string): NormalizedText {
  const out: string[] = [];
  const map: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    const code = c.charCodeAt(0);
    let n: string;
    if (code < 128 && code !== 10 && code !== 11 && code !== 12 && code !== 13 && code !== 96) {
      // ASCII fast path (everything but the line breaks and the backtick, which SPECIAL maps).
      n = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 9 ? " " : c;
    } else {
      const special = SPECIAL.get(c);
      if (special === "") continue;
      n = special ?? (WHITESPACE.test(c) ? " " : c.toLowerCase());
      if (n.length !== 1) n = c;
    }
    if (n === " " || n === "\n") {
      if (lastWasSpace) {
        if (n === "\n") out[out.length - 1] = "\n";
        continue;
      }
      out.push(n);
      map.push(i);
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    out.push(n);
    map.push(i);
  }
  return { text: out.join(""), map };
}

// ── Sentence splitting ───────────────────────────────────────────────────────────────────────────────

/** Tokens that end with a full stop without ending a sentence. */
const ABBREVIATIONS = new Set([
  "e.g",
  "i.e",
  "eg",
  "ie",
  "etc",
  "vs",
  "cf",
  "no",
  "nos",
  "inc",
  "ltd",
  "co",
  "corp",
  "llc",
  "plc",
  "sec",
  "art",
  "cl",
  "para",
  "approx",
  "incl",
  "mr",
  "ms",
  "mrs",
  "dr",
  "st",
  "fig",
  "p",
  "pp",
  "u.s",
  "u.k",
]);

function isSentenceEndingPeriod(s: string, i: number): boolean {
  const next = s[i + 1];
  // "3.5", "openai.com", "e.g." (first dot): a dot followed by a word character is not a boundary.
  if (next !== undefined && next !== " " && next !== "\n" && next !== '"' && next !== "'" && next !== ")" && next !== "]") {
    return false;
  }
  let j = i - 1;
  while (j >= 0 && /[a-z.]/.test(s[j])) j--;
  const token = s.slice(j + 1, i);
  return !ABBREVIATIONS.has(token);
}

/** [start, end) ranges of the sentences of a normalised text, trimmed, empty ones dropped. */
export function splitSentences(s: string, onSemicolons = true): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  const push = (a: number, b: number) => {
    while (a < b && (s[a] === " " || s[a] === "\n")) a++;
    while (b > a && (s[b - 1] === " " || s[b - 1] === "\n")) b--;
    if (b > a) ranges.push([a, b]);
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\n" || (c === ";" && onSemicolons) || c === "!" || c === "?" || (c === "." && isSentenceEndingPeriod(s, i))) {
      push(start, i);
      start = i + 1;
    }
  }
  push(start, s.length);
  return ranges;
}

/**
 * The spans the rules read: each sentence's clauses (split on ";"), then, for a sentence with more than one
 * clause, the whole sentence, so a topic in one clause and its adverse cue in the next still meet
 * ("the Supplier runs inference; the Customer will not hold the weights"). A veto reads the whole sentence
 * (the client-friendly half of "X; provided that Y" vetoes X).
 */
export function matchUnits(s: string): Array<{ span: [number, number]; sentence: [number, number] }> {
  const units: Array<{ span: [number, number]; sentence: [number, number] }> = [];
  for (const [a, b] of splitSentences(s, false)) {
    const clauses = splitSentences(s.slice(a, b), true).map(([x, y]): [number, number] => [a + x, a + y]);
    for (const span of clauses) units.push({ span, sentence: [a, b] });
    if (clauses.length > 1) units.push({ span: [a, b], sentence: [a, b] });
  }
  return units;
}

// ── Matching ─────────────────────────────────────────────────────────────────────────────────────────

const compiled = new WeakMap<RegExp, RegExp>();

/** Strip the stateful g/y flags so exec() always starts at 0 and results never depend on call history. */
function stateless(re: RegExp): RegExp {
  let c = compiled.get(re);
  if (!c) {
    c = re.global || re.sticky ? new RegExp(re.source, re.flags.replace(/[gy]/g, "")) : re;
    compiled.set(re, c);
  }
  return c;
}

function firstMatch(sentence: string, patterns: readonly RegExp[]): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (const p of patterns) {
    const m = stateless(p).exec(sentence);
    if (!m || m[0].length === 0) continue;
    if (!best || m.index < best.start) best = { start: m.index, end: m.index + m[0].length };
  }
  return best;
}

function vetoed(sentence: string, unless: readonly RegExp[] | undefined): boolean {
  if (!unless) return false;
  for (const u of unless) if (stateless(u).test(sentence)) return true;
  return false;
}

// ── Playbook phrases ─────────────────────────────────────────────────────────────────────────────────

const TITLE_MAX = 90;

/** A pitch without a built-in rule is titled by its quote, shortened on a word boundary. */
function titleOfQuote(quote: string): string {
  const flat = quote.replace(/\s+/g, " ").trim();
  if (flat.length <= TITLE_MAX) return flat;
  const cut = flat.slice(0, TITLE_MAX);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : TITLE_MAX).trimEnd()}…`;
}

/** A phrase as the text is normalised, with line breaks as spaces and no space at either end. */
function normalisePhrase(phrase: string): string {
  return normalizeForMatching(phrase).text.replace(/\n/g, " ").trim();
}

// One automaton per pitch list (the form re-renders with the same props, the server caches nothing else).
const matchers = new WeakMap<readonly PlaybookPitchText[], PhraseMatcher>();

function phraseMatcher(pitches: readonly PlaybookPitchText[]): PhraseMatcher {
  let m = matchers.get(pitches);
  if (!m) {
    m = buildPhraseMatcher(pitches.map((p) => p.phrases.map(normalisePhrase)));
    matchers.set(pitches, m);
  }
  return m;
}

/**
 * Finds the playbook pitches and risky contract wording in a vendor's words.
 *
 * Built-in rules (lib/playbook/pitch-patterns.ts) run sentence by sentence; a rule's `unless` patterns
 * veto its hit in that sentence only. With `playbookPitches` (the deal's playbook version), a pitch
 * reads as that playbook says (its danger and counter); a built-in pitch rule whose key the playbook
 * does not have reports nothing, and every playbook pitch's `phrases` are recognised too (literal,
 * whole words, any case and spacing). Without it, the built-in rules read as the default playbook.
 *
 * At most one finding per key (its first span), ordered high severity first, then by position in the
 * text. Reads at most the first MAX_ANALYZED_CHARS characters of `text`. Every pattern is bounded (see
 * lib/playbook/pitch-patterns.ts) and phrases are matched in one linear pass (phrase-matcher.ts), so
 * the cost grows linearly with the text: `npm run bench:analyze` measures the worst case,
 * lib/domain/__tests__/red-flags-redos.test.ts guards it.
 */
export function detectRedFlags(
  text: string,
  playbookPitches?: readonly PlaybookPitchText[] | null,
  rules: readonly RedFlagRule[] = RED_FLAG_RULES,
): RedFlagFinding[] {
  if (!text || (rules.length === 0 && !playbookPitches?.length)) return [];
  const playbook = playbookPitches ? new Map(playbookPitches.map((p) => [p.key, p])) : null;
  // The work cap: one analysis never reads more than MAX_ANALYZED_CHARS, whoever calls it.
  const norm = normalizeForMatching(text.length > MAX_ANALYZED_CHARS ? text.slice(0, MAX_ANALYZED_CHARS) : text);
  if (norm.text.trim() === "") return [];
  const units = matchUnits(norm.text);

  const toOriginal = (ns: number, ne: number) => {
    while (ns < ne && (norm.text[ns] === " " || norm.text[ns] === "\n")) ns++;
    while (ne > ns && (norm.text[ne - 1] === " " || norm.text[ne - 1] === "\n")) ne--;
    const start = norm.map[ns];
    const end = norm.map[ne - 1] + 1;
    return { text: text.slice(start, end), start, end };
  };

  const byKey = new Map<string, RedFlagFinding>();
  for (const rule of rules) {
    const pitch = playbook?.get(rule.pitchKey);
    // A pitch this playbook does not have is not reported as that pitch.
    if (playbook && rule.kind === "pitch" && !pitch) continue;
    for (const { span, sentence } of units) {
      const [a, b] = span;
      const unit = norm.text.slice(a, b);
      const hit = firstMatch(unit, rule.patterns);
      if (!hit || vetoed(unit, rule.unless)) continue;
      if ((sentence[0] !== a || sentence[1] !== b) && vetoed(norm.text.slice(sentence[0], sentence[1]), rule.unless)) continue;

      const usePlaybookText = rule.kind === "pitch" && pitch;
      byKey.set(rule.key, {
        key: rule.key,
        kind: rule.kind,
        pitchKey: !playbook || pitch ? rule.pitchKey : null,
        title: rule.title,
        severity: rule.severity,
        layer: rule.layer,
        danger: usePlaybookText ? pitch.danger : rule.danger,
        counter: usePlaybookText ? pitch.counter : rule.counter,
        match: toOriginal(a + hit.start, a + hit.end),
      });
      break;
    }
  }

  if (playbookPitches?.length) {
    const builtIn = new Map(rules.map((r) => [r.key as string, r]));
    for (const [index, span] of phraseMatcher(playbookPitches).firstMatches(norm.text)) {
      const pitch = playbookPitches[index];
      const earlier = byKey.get(pitch.key);
      if (earlier && earlier.match.start <= norm.map[span.start]) continue;
      const rule = builtIn.get(pitch.key);
      byKey.set(pitch.key, {
        key: pitch.key,
        kind: "pitch",
        pitchKey: pitch.key,
        title: rule?.title ?? titleOfQuote(pitch.quote),
        severity: rule?.severity ?? "high",
        layer: pitch.section as LayerKey,
        danger: pitch.danger,
        counter: pitch.counter,
        match: toOriginal(span.start, span.end),
      });
    }
  }

  return [...byKey.values()].sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity] || x.match.start - y.match.start);
}

/** The playbook pitches the findings recognised, each once: what a vendor response records. */
export function pitchKeysOf(findings: readonly RedFlagFinding[]): string[] {
  return [...new Set(findings.flatMap((f) => (f.pitchKey ? [f.pitchKey] : [])))];
}

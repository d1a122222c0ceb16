// Vendor names as people type them: "Acme AI", "ACME  AI", "Acme-AI", "Acme AI Inc.", "Acmé AI".
//
// Two levels of sameness, on purpose:
//
// 1. The exact key (normalizeVendorName): ASCII letter case, ASCII punctuation and runs of whitespace
//    are ignored. Names with the same key are the same vendor, merged without asking: the migration
//    that turned free-text names into vendor records merged them in SQL, and a name typed on a deal
//    that has the key of an existing vendor is that vendor. The rule is deliberately byte-level (no
//    locale, no Unicode tables) so that SQL reproduces it exactly (dp_vendor_name_key in
//    prisma/sql/vendor-names.sql, held to this function by a test) on PostgreSQL and on the embedded PGlite, which has no extensions.
//
// 2. Near-duplicates (nearDuplicate): names that probably mean one company but might not — a legal
//    suffix ("Acme AI" and "Acme AI Inc." may be two entities of a group), accents, spacing, a typo,
//    one name the start of the other ("Acme" and "Acme AI"). These are only proposed to an admin, who
//    merges or dismisses; nothing merges them automatically.

const ASCII_PUNCTUATION = /[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]+/g;
const ASCII_WHITESPACE_RUN = /[\x09-\x0d\x20]+/g;

/** The exact key: ASCII upper case lowered, ASCII punctuation as a space, whitespace runs as one space, no space at either end. */
export function normalizeVendorName(name: string): string {
  return name
    .replace(/[A-Z]/g, (c) => c.toLowerCase())
    .replace(ASCII_PUNCTUATION, " ")
    .replace(ASCII_WHITESPACE_RUN, " ")
    .replace(/^ | $/g, "");
}

/** The name as stored: surrounding whitespace trimmed and inner runs of whitespace made one space; letters as typed. */
export function tidyVendorName(name: string): string {
  return name.replace(/\s+/gu, " ").trim();
}

/**
 * Legal-form suffixes, as folded tokens (lower case, no accents, punctuation as spaces: "S.A." is
 * "s a"). Longest first, so "pty ltd" goes before "ltd".
 */
const LEGAL_SUFFIXES = [
  "pty ltd",
  "co ltd",
  "g m b h",
  "s a r l",
  "s p a",
  "s r l",
  "s a s",
  "l l c",
  "l l p",
  "p l c",
  "incorporated",
  "corporation",
  "limited",
  "company",
  "gmbh",
  "sarl",
  "corp",
  "inc",
  "ltd",
  "llc",
  "llp",
  "plc",
  "pty",
  "pte",
  "spa",
  "srl",
  "sas",
  "s a",
  "b v",
  "n v",
  "a g",
  "sa",
  "ag",
  "bv",
  "nv",
  "ab",
  "oy",
  "kk",
  "kg",
  "lp",
  "co",
].sort((a, b) => b.length - a.length);

/** Lower case (any script), accents dropped, any punctuation or symbol as a space, one space between words. */
function fold(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

/** The folded name without its trailing legal-form suffixes, and the suffixes it had ("acme ai", ["inc"]). */
export function splitLegalSuffix(name: string): { core: string; suffixes: string[] } {
  let core = fold(name);
  const suffixes: string[] = [];
  for (;;) {
    const suffix = LEGAL_SUFFIXES.find((s) => core.endsWith(` ${s}`));
    if (!suffix) break;
    core = core.slice(0, -suffix.length - 1);
    suffixes.unshift(suffix.replace(/ /g, ""));
  }
  return { core, suffixes };
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

export interface NearDuplicate {
  reason: string;
  /** 0–100: how sure the rule is that the two names are one company. */
  score: number;
}

/** Names this short are too likely to collide by chance for a typo rule. */
export const TYPO_MIN_LENGTH = 6;
export const TYPO_MAX_DISTANCE = 2;

/**
 * Whether two vendor names (with different exact keys) probably name the same company, and why —
 * the first rule that holds:
 * 1. the same once legal-form suffixes are dropped, with a different suffix ("Acme AI" / "Acme AI Inc.");
 * 2. the same apart from accents or letter case beyond ASCII ("Société IA" / "Societe IA");
 * 3. the same apart from spacing ("Open Mind" / "OpenMind");
 * 4. one is the other's first words ("Acme" / "Acme AI");
 * 5. a typo: at most two letters apart, both at least six letters long ("Anthropix" / "Anthropic").
 * Null when none holds, and for names with the same exact key (those are one vendor already).
 */
export function nearDuplicate(a: string, b: string): NearDuplicate | null {
  if (normalizeVendorName(a) === normalizeVendorName(b)) return null;
  const x = splitLegalSuffix(a);
  const y = splitLegalSuffix(b);
  if (!x.core || !y.core) return null;
  if (x.core === y.core) {
    const suffixes = [...new Set([...x.suffixes, ...y.suffixes])].filter((s) => !(x.suffixes.includes(s) && y.suffixes.includes(s)));
    if (suffixes.length) return { reason: `Same name apart from the legal form (${suffixes.map((s) => `“${s}”`).join(", ")})`, score: 90 };
    return { reason: "Same name apart from accents or letter case", score: 95 };
  }
  const xCompact = x.core.replace(/ /g, "");
  const yCompact = y.core.replace(/ /g, "");
  if (xCompact === yCompact) return { reason: "Same name apart from spacing", score: 90 };
  const [shorter, longer] = x.core.length <= y.core.length ? [x.core, y.core] : [y.core, x.core];
  if (longer.startsWith(`${shorter} `)) return { reason: `“${shorter}” is the start of “${longer}”`, score: 60 };
  if (Math.min(xCompact.length, yCompact.length) >= TYPO_MIN_LENGTH) {
    const distance = editDistance(xCompact, yCompact, TYPO_MAX_DISTANCE);
    if (distance <= TYPO_MAX_DISTANCE)
      return { reason: `Names ${distance === 1 ? "one letter" : "two letters"} apart (a typo?)`, score: distance === 1 ? 75 : 65 };
  }
  return null;
}

export interface VendorName {
  id: string;
  name: string;
}

/** A proposed pair, ordered by id (the smaller first), as VendorMergeProposal stores it. */
export interface ProposedPair extends NearDuplicate {
  vendorId: string;
  otherVendorId: string;
}

/**
 * Every near-duplicate pair among `vendors`, or only the pairs that involve one of `onlyFor` (a vendor
 * just created or renamed). Quadratic in the number of vendors: an organisation has hundreds, not
 * hundreds of thousands; the length check keeps the typo rule cheap.
 */
export function nearDuplicatePairs(vendors: VendorName[], onlyFor?: ReadonlySet<string>): ProposedPair[] {
  const pairs: ProposedPair[] = [];
  for (let i = 0; i < vendors.length; i++) {
    for (let j = i + 1; j < vendors.length; j++) {
      const [a, b] = vendors[i].id < vendors[j].id ? [vendors[i], vendors[j]] : [vendors[j], vendors[i]];
      if (onlyFor && !onlyFor.has(a.id) && !onlyFor.has(b.id)) continue;
      const match = nearDuplicate(a.name, b.name);
      if (match) pairs.push({ vendorId: a.id, otherVendorId: b.id, ...match });
    }
  }
  return pairs;
}

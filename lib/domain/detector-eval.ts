import { detectRedFlags } from "./red-flags";

// Measures the red-flag matcher against a labelled corpus (lib/domain/detector-corpus/*.json).
// Used by `npm run eval:detector` and by the corpus unit test, so both report the same numbers.

export type CorpusSplit = "tune" | "holdout";

export interface CorpusItem {
  text: string;
  /** The keys a reviewer expects; empty for a safe sentence. */
  expect: string[];
  /** Items marked "holdout" were written with the rest but not looked at while tuning the rules. */
  split?: "holdout";
  /** For a safe look-alike: the key whose vocabulary it borrows (informative; the evaluation does not use it). */
  about?: string;
}

export interface CategoryScore {
  key: string;
  tp: number;
  fn: number;
  fp: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  items: number;
  categories: CategoryScore[];
  /** Expected keys found, over all expected keys. */
  recall: number;
  /** Share of ALL sentences that got at least one finding they should not have. */
  falsePositiveRate: number;
  /** Safe sentences (nothing expected) and how many of them got any finding at all. */
  safe: { count: number; flagged: number };
  misses: Array<{ text: string; missing: string[]; unexpected: string[] }>;
}

export const RECALL_TARGET = 0.95;
export const FALSE_POSITIVE_TARGET = 0.03;

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function splitOf(item: CorpusItem): CorpusSplit {
  return item.split === "holdout" ? "holdout" : "tune";
}

export function evaluateDetector(items: readonly CorpusItem[], detect: (text: string) => string[] = (t) => detectRedFlags(t).map((f) => f.key)): Evaluation {
  const scores = new Map<string, { tp: number; fn: number; fp: number }>();
  const score = (key: string) => {
    let s = scores.get(key);
    if (!s) scores.set(key, (s = { tp: 0, fn: 0, fp: 0 }));
    return s;
  };
  let expected = 0;
  let found = 0;
  let withFalsePositive = 0;
  const safe = { count: 0, flagged: 0 };
  const misses: Evaluation["misses"] = [];
  for (const item of items) {
    const got = new Set(detect(item.text));
    const want = new Set(item.expect);
    const missing = [...want].filter((k) => !got.has(k));
    const unexpected = [...got].filter((k) => !want.has(k));
    for (const k of want) score(k)[got.has(k) ? "tp" : "fn"]++;
    for (const k of unexpected) score(k).fp++;
    expected += want.size;
    found += want.size - missing.length;
    if (unexpected.length) withFalsePositive++;
    if (want.size === 0) {
      safe.count++;
      if (got.size > 0) safe.flagged++;
    }
    if (missing.length || unexpected.length) misses.push({ text: item.text, missing, unexpected });
  }
  const categories = [...scores.entries()]
    .map(([key, s]) => ({ key, ...s, precision: ratio(s.tp, s.tp + s.fp), recall: ratio(s.tp, s.tp + s.fn) }))
    .sort((a, b) => a.key.localeCompare(b.key));
  return {
    items: items.length,
    categories,
    recall: ratio(found, expected),
    falsePositiveRate: items.length ? withFalsePositive / items.length : 0,
    safe,
    misses,
  };
}

import type { RedFlagRule } from "@/lib/playbook/pitch-patterns";

// Adversarial inputs for the red-flag matcher (lib/domain/red-flags.ts): texts built to make a
// backtracking regular expression explode. Used by scripts/bench-analyze.ts (at the maximum input size)
// and by the matcher's unit test (a smaller set). Deterministic: the same rule and size give the same texts.

export type AdversarialInput = { name: string; text: string };

/** The literal words a rule's patterns and vetoes are built from ("vendor", "gpt", "licen", "can't", …). */
export function literalFragments(rule: RedFlagRule): string[] {
  const words = new Set<string>();
  for (const re of [...rule.patterns, ...(rule.unless ?? [])]) {
    const source = re.source
      .replace(/\\[sSbBwWdD]/g, " ")
      .replace(/\\(.)/g, "$1")
      .replace(/\[[^\]]*\]/g, " ")
      .replace(/\{\d*,?\d*\}\??/g, " ");
    for (const w of source.match(/[a-z0-9][a-z0-9'.-]*/g) ?? []) words.add(w.replace(/[.'-]+$/, ""));
  }
  words.delete("");
  return [...words].sort();
}

const fill = (unit: string, size: number): string => (unit ? unit.repeat(Math.ceil(size / unit.length)).slice(0, size) : "");

/** A small, seeded generator (mulberry32): the "random" inputs are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters the normaliser treats specially (quotes, dashes, spaces, breaks) mixed with letters from several scripts. */
const UNICODE_POOL = [..."aeiounrstlgptw-.'\" ,\u2019\u201C\u2014\u00A0\u200B\u00E9\u00DF\u0130\u03A3\u0416\u05D0\u0627\u4E2D\u3042"];

export function randomUnicode(size: number, seed: number): string {
  const next = prng(seed);
  let out = "";
  while (out.length < size) {
    const r = next();
    if (r < 0.05)
      out += String.fromCodePoint(0x1f600 + Math.floor(next() * 80)); // astral: surrogate pairs
    else out += UNICODE_POOL[Math.floor(next() * UNICODE_POOL.length)];
  }
  return out.slice(0, size);
}

/** Inputs that attack any rule: long words, separators that keep \b firing, the `gpt-` attack, random text. */
export function genericInputs(size: number): AdversarialInput[] {
  return [
    { name: "gpt- repeated", text: fill("gpt-", size) },
    { name: "gpt. repeated", text: fill("gpt.", size) },
    { name: "one long word", text: fill("a", size) },
    { name: "a- repeated", text: fill("a-", size) },
    { name: "a. repeated", text: fill("a.", size) },
    { name: "a' repeated", text: fill("a'", size) },
    { name: "spaces", text: fill(" ", size - 1) + "a" },
    { name: "random unicode #1", text: randomUnicode(size, 1) },
    { name: "random unicode #2", text: randomUnicode(size, 2) },
  ];
}

/**
 * Inputs aimed at one rule: each of its literal fragments repeated (glued, with "-", with a space, with ", "),
 * each as a near miss (last letter dropped), and all its fragments in a row (partial matches everywhere,
 * one sentence long). `joiners` narrows the set for a quick test.
 */
export function ruleInputs(rule: RedFlagRule, size: number, joiners: readonly string[] = ["", "-", " ", ", "]): AdversarialInput[] {
  const fragments = literalFragments(rule);
  const inputs: AdversarialInput[] = [];
  for (const f of fragments) {
    for (const j of joiners) inputs.push({ name: `"${f}${j}" repeated`, text: fill(f + j, size) });
    if (f.length > 2) inputs.push({ name: `near miss "${f.slice(0, -1)} " repeated`, text: fill(f.slice(0, -1) + " ", size) });
  }
  inputs.push({ name: "all fragments, spaced", text: fill(fragments.join(" ") + " ", size) });
  inputs.push({ name: "all fragments, hyphenated", text: fill(fragments.join("-") + "-", size) });
  inputs.push({ name: "all fragments, reversed", text: fill([...fragments].reverse().join(" ") + " ", size) });
  return inputs;
}

import { describe, expect, it } from "vitest";
import { detectRedFlags, MAX_ANALYZED_CHARS, type PlaybookPitchText } from "@/lib/domain/red-flags";
import { MAX_PHRASES_PER_PITCH, MAX_PITCHES } from "@/lib/playbook/format";
import { RED_FLAG_RULES } from "@/lib/playbook/pitch-patterns";
import { genericInputs, ruleInputs } from "@/lib/test/adversarial-text";
import { MAX_VENDOR_TEXT } from "@/lib/validation/deal-clause";

// Issue 11.1: `gpt-` repeated 5,000 times took 15 s of server time, because a pattern backtracked.
// Not a benchmark (that is `npm run bench:analyze`, at the maximum size): a smaller pathological set run
// against every rule, with a bound loose enough for a busy machine. The old backtracking pattern needs
// seconds for the `gpt-` input alone; the bounded patterns need ~1 ms an input.

/** CPU time of fn, in ms (user + system of this process). */
function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

describe("red-flag matching stays linear on pathological input", () => {
  it("analyses a pathological set against every rule in well under a second", () => {
    const generic = genericInputs(4_000);
    const runs: Array<{ rule: string; input: string; text: string }> = [];
    for (const rule of RED_FLAG_RULES) {
      for (const i of [...generic, ...ruleInputs(rule, 600, ["-"])]) runs.push({ rule: rule.key, input: i.name, text: i.text });
    }
    const byKey = new Map(RED_FLAG_RULES.map((r) => [r.key, r]));
    detectRedFlags(generic[0].text.slice(0, 100)); // compile the patterns outside the measurement

    let worst = { ms: 0, what: "" };
    const total = cpuMs(() => {
      for (const run of runs) {
        const ms = cpuMs(() => detectRedFlags(run.text, undefined, [byKey.get(run.rule as never)!]));
        if (ms > worst.ms) worst = { ms, what: `${run.rule} on ${run.input}` };
      }
    });
    expect(runs.length).toBeGreaterThan(2_000);
    // The set grows with the rules' vocabulary (one input per literal word), so the bound is per run: the
    // 3,200 runs of the first rule table had 1 s, i.e. ~0.3 ms a run. A backtracking pattern costs seconds.
    const budget = Math.max(1_000, runs.length * 0.3);
    expect(total, `${runs.length} runs; worst single run: ${worst.ms.toFixed(1)} ms (${worst.what})`).toBeLessThan(budget);
    expect(worst.ms, worst.what).toBeLessThan(250);
    // The budget above is the guard; vitest's 5 s default would fail a busy machine before it is reached.
  }, 30_000);

  it("analyses the reported attack, 20,000 characters of `gpt-`, with every rule in well under a second", () => {
    const text = "gpt-".repeat(MAX_ANALYZED_CHARS / 4);
    detectRedFlags("warm up");
    expect(cpuMs(() => detectRedFlags(text))).toBeLessThan(500);
  });

  it("still recognises model names such as gpt-4o-mini after bounding the pattern", () => {
    const findings = detectRedFlags("The model is fine-tuned on GPT-4o-mini, so we cannot export the weights.");
    expect(findings.map((f) => f.key)).toContain("big-tech-platform");
    const lives = detectRedFlags("The model lives on gpt-4o-mini.").find((f) => f.key === "big-tech-platform");
    expect(lives?.match.text).toBe("model lives on gpt-4o-mini");
  });

  it("reads at most MAX_ANALYZED_CHARS characters, which covers every vendor text a form or the API accepts", () => {
    expect(MAX_VENDOR_TEXT).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
    const flag = "Trust us on this.";
    const filler = "a".repeat(MAX_ANALYZED_CHARS - flag.length - 1) + " ";
    const inside = detectRedFlags(filler + flag);
    expect(inside.map((f) => f.key)).toEqual(["trust-us"]);
    expect(inside[0].match.start).toBe(filler.length);
    expect(detectRedFlags(filler + "x" + flag)).toEqual([]); // the flag now ends past the cap
    expect(detectRedFlags(filler + flag + " and more").map((f) => f.key)).toEqual(["trust-us"]);
  });

  describe("playbook phrases (literal, an admin's, matched in one pass)", () => {
    const PHRASE_MAX = 200;
    /** The most a playbook may hold: MAX_PITCHES pitches of MAX_PHRASES_PER_PITCH phrases of PHRASE_MAX characters each. */
    function pitchesOf(phrase: (pitch: number, n: number) => string): PlaybookPitchText[] {
      return Array.from({ length: MAX_PITCHES }, (_, p) => ({
        key: `pitch-${p}`,
        quote: "A pitch.",
        danger: "A danger.",
        counter: "A counter.",
        section: "training-data",
        phrases: Array.from({ length: MAX_PHRASES_PER_PITCH }, (_, n) => phrase(p, n).slice(0, PHRASE_MAX)),
      }));
    }
    const pad = (s: string, tail: string) => (s.repeat(PHRASE_MAX).slice(0, PHRASE_MAX - tail.length) + tail).trim();

    it.each([
      // Every phrase agrees with the text up to its last characters: a naive search re-reads ~200 characters at each position.
      ["'a' repeated, phrases of 'a's ending otherwise", "a".repeat(MAX_ANALYZED_CHARS), (p: number, n: number) => pad("a", `b${p}x${n}`)],
      ["'a ' repeated, phrases of 'a 's ending otherwise", "a ".repeat(MAX_ANALYZED_CHARS / 2), (p: number, n: number) => pad("a ", `b${p}x${n}`)],
      // Phrases that occur everywhere but never on a word boundary.
      [
        "one long word, phrases inside it",
        "ab".repeat(MAX_ANALYZED_CHARS / 2),
        (p: number, n: number) => "ba".repeat(1 + ((p * MAX_PHRASES_PER_PITCH + n) % 99)) + "b",
      ],
      ["regex metacharacters", "(.*)+".repeat(MAX_ANALYZED_CHARS / 5), (p: number, n: number) => pad("(.*)+", `[${p}]{${n}}`)],
    ])("%s: the largest playbook against the largest text in well under a second", (_name, text, phrase) => {
      const pitches = pitchesOf(phrase);
      expect(pitches.flatMap((p) => p.phrases).every((x) => x.length <= PHRASE_MAX)).toBe(true);
      let findings: ReturnType<typeof detectRedFlags> = [];
      const ms = cpuMs(() => (findings = detectRedFlags(text, pitches)));
      expect(ms).toBeLessThan(1_000);
      expect(findings.filter((f) => f.key.startsWith("pitch-"))).toEqual([]);
    });

    it("still finds a long phrase at the very end of the largest text", () => {
      const phrase = "we keep the weights ".repeat(10).trim();
      const pitches = pitchesOf((p, n) => (p === MAX_PITCHES - 1 && n === MAX_PHRASES_PER_PITCH - 1 ? phrase : `never said ${p} ${n}`));
      const text = "x ".repeat((MAX_ANALYZED_CHARS - phrase.length - 2) / 2) + phrase.toUpperCase();
      expect(text.length).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
      const found = detectRedFlags(text, pitches).find((f) => f.key === `pitch-${MAX_PITCHES - 1}`);
      expect(found?.match.text).toBe(phrase.toUpperCase());
    });
  });
});

import { describe, expect, it } from "vitest";
import { detectRedFlags, MAX_ANALYZED_CHARS } from "@/lib/domain/red-flags";
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
        const ms = cpuMs(() => detectRedFlags(run.text, [byKey.get(run.rule as never)!]));
        if (ms > worst.ms) worst = { ms, what: `${run.rule} on ${run.input}` };
      }
    });
    expect(runs.length).toBeGreaterThan(2_000);
    expect(total, `${runs.length} runs; worst single run: ${worst.ms.toFixed(1)} ms (${worst.what})`).toBeLessThan(1_000);
    expect(worst.ms, worst.what).toBeLessThan(250);
  });

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
});

import { describe, expect, it } from "vitest";
import { DETECTOR_CORPUS } from "@/lib/domain/detector-corpus";
import { evaluateDetector, FALSE_POSITIVE_TARGET, RECALL_TARGET, splitOf } from "@/lib/domain/detector-eval";
import { RED_FLAG_RULES } from "@/lib/playbook/pitch-patterns";

// The same evaluation `npm run eval:detector` prints. The targets are asserted on the sentences the rules
// were tuned on. The holdout (written with the rest, never looked at while tuning) is reported by the
// script, not asserted: it measures how the rules generalise, and gating on it would invite tuning to it.

const KEYS = RED_FLAG_RULES.map((r) => r.key as string);

describe("detector corpus", () => {
  it("has at least 240 labelled sentences, each once, with known keys", () => {
    expect(DETECTOR_CORPUS.length).toBeGreaterThanOrEqual(240);
    expect(new Set(DETECTOR_CORPUS.map((i) => i.text)).size).toBe(DETECTOR_CORPUS.length);
    for (const item of DETECTOR_CORPUS) {
      expect(item.text.trim().length, item.text).toBeGreaterThan(10);
      for (const key of item.expect) expect(KEYS, item.text).toContain(key);
      if (item.about) expect(KEYS, item.text).toContain(item.about);
    }
  });

  it("has, for every pitch and risky-language key, at least 8 risky sentences and 6 look-alikes that are safe", () => {
    for (const key of KEYS) {
      const risky = DETECTOR_CORPUS.filter((i) => i.expect.includes(key));
      const safe = DETECTOR_CORPUS.filter((i) => i.expect.length === 0 && i.about === key);
      expect(risky.length, key).toBeGreaterThanOrEqual(8);
      expect(safe.length, key).toBeGreaterThanOrEqual(6);
    }
    expect(DETECTOR_CORPUS.filter((i) => i.expect.length === 0 && !i.about).length, "neutral boilerplate").toBeGreaterThanOrEqual(20);
  });

  it("keeps about a fifth of the corpus as holdout", () => {
    const share = DETECTOR_CORPUS.filter((i) => splitOf(i) === "holdout").length / DETECTOR_CORPUS.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.3);
  });

  it(`meets the targets on the tuning split: recall ≥ ${RECALL_TARGET * 100} %, false positives ≤ ${FALSE_POSITIVE_TARGET * 100} %`, () => {
    const e = evaluateDetector(DETECTOR_CORPUS.filter((i) => splitOf(i) === "tune"));
    const wrong = e.misses
      .slice(0, 10)
      .map((m) => `${m.text} missing [${m.missing}] unexpected [${m.unexpected}]`)
      .join("\n");
    expect(e.recall, wrong).toBeGreaterThanOrEqual(RECALL_TARGET);
    expect(e.falsePositiveRate, wrong).toBeLessThanOrEqual(FALSE_POSITIVE_TARGET);
    // It runs the detector over the whole tuning split: about 2 s alone, over 5 s on 2 busy cores. Accuracy is the point here, not time.
  }, 30_000);
});

describe("evaluateDetector", () => {
  it("counts true positives, misses and unexpected findings per key, and false positives per sentence", () => {
    const detect = (text: string) => (text === "a" ? ["x", "y"] : text === "b" ? [] : ["y"]);
    const e = evaluateDetector(
      [
        { text: "a", expect: ["x"] },
        { text: "b", expect: ["x"] },
        { text: "c", expect: [] },
        { text: "d", expect: ["y"] },
      ],
      detect,
    );
    expect(e.categories).toEqual([
      { key: "x", tp: 1, fn: 1, fp: 0, precision: 1, recall: 0.5 },
      { key: "y", tp: 1, fn: 0, fp: 2, precision: 1 / 3, recall: 1 },
    ]);
    expect(e.recall).toBe(2 / 3);
    expect(e.falsePositiveRate).toBe(2 / 4);
    expect(e.safe).toEqual({ count: 1, flagged: 1 });
    expect(e.misses.map((m) => m.text)).toEqual(["a", "b", "c"]);
  });
});

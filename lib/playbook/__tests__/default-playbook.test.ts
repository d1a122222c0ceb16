import fs from "node:fs";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { LAYER_KEYS, PRIORITIES } from "@/lib/domain/enums";
import { PITCH_KEYS as DEFAULT_PITCH_KEYS } from "@/lib/playbook/pitch-patterns";
import { parsePlaybookJson, serializePlaybook } from "../format";
import { fingerprint, RUN, runsOf, words } from "@/lib/test/seed-fingerprint";
import { DEFAULT_PLAYBOOK } from "../default-playbook";

const DEFAULT_STEP_KEYS = [
  "establish-ownership-early",
  "document-everything",
  "beware-vendor-defaults",
  "negotiate-usage-rights",
  "plan-exit",
  "assess-third-party",
  "ready-to-walk-away",
];

const { sections: layers, clauses, pitches, scenarios, steps: recommendations } = DEFAULT_PLAYBOOK;
const defendedBy = (scenario: string) => clauses.filter((c) => c.defends.includes(scenario)).map((c) => c.key);
const clauseKeys = new Set(clauses.map((c) => c.key));

// ── Verbatim-copy guard ────────────────────────────────────────────────────────
// The playbook must paraphrase the seed document. We compare 12-word runs after
// normalising case, apostrophes and punctuation, as fingerprints (lib/test/seed-fingerprint.ts):
// seed-runs.txt holds one per run of the document, made by scripts/seed-fingerprint.ts.
const SEED_RUNS = new Set(fs.readFileSync(path.join(__dirname, "seed-runs.txt"), "utf8").split("\n").filter(Boolean));

// A handful of distinctive sentences from the seed, to check the fingerprints catch a copy.
const SEED_SAMPLE_SENTENCES = [
  "If you're essentially renting an AI model from a vendor, you risk dependency, lock-in, and even unintentionally handing your unique insights to competitors.",
  "Vendors might raise prices or change terms, knowing you can't easily switch because you don't have the model artifacts to run elsewhere.",
  "If your data is used to improve the model, ensure the contract limits that improvement's use (e.g., it can't be shared with or sold to others without permission).",
  "Leading practices are to have the contract state that upon completion (or milestone phases), the model files will be delivered to you, and that you have the right to use them independently of the vendor.",
  "If the vendor insists on retaining Ownership, retain at least an exclusive, perpetual, worldwide license for you to use and modify the model as you see fit.",
  "If the vendor is hosting, mandate that upon termination (even for convenience or vendor breach), they will deliver the latest model weights and any necessary documentation to run it.",
  "This means your data will enrich a model your competitors can use, eroding your advantage.",
  "The service goes dark, and the healthcare company has no copy of the model or training code, meaning years of collaboration and specialized training are gone.",
  "The bank needs to audit and explain the model's workings to regulators.",
  "Ask the vendor what underlying platforms or models their solution uses.",
];

function allStrings(value: unknown, at = "playbook"): { at: string; text: string }[] {
  if (typeof value === "string") return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${at}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, `${at}.${k}`));
  }
  return [];
}

/** Returns the copied runs found in `text` (each joined by spaces). */
function copiedRuns(text: string): string[] {
  return [...runsOf(text, RUN)].filter((r) => SEED_RUNS.has(fingerprint(r)));
}

describe("default playbook: the shipped JSON file", () => {
  it("is a valid playbook document in its canonical form (parsing and writing it back changes no byte)", () => {
    const text = fs.readFileSync(path.join(__dirname, "..", "default-playbook.json"), "utf8");
    const parsed = parsePlaybookJson(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(serializePlaybook(parsed.document)).toBe(text);
  });
});

describe("default playbook: structure", () => {
  it("has the 7 sections in LAYER_KEYS order, each with title, summary and source", () => {
    expect(layers.map((l) => l.key)).toEqual([...LAYER_KEYS]);
    for (const l of layers) {
      expect(l.title.trim()).not.toBe("");
      expect(l.summary.trim()).not.toBe("");
      expect(l.source.trim()).not.toBe("");
    }
  });

  it("has 25–35 clauses with unique kebab-case keys", () => {
    expect(clauses.length).toBeGreaterThanOrEqual(25);
    expect(clauses.length).toBeLessThanOrEqual(35);
    expect(clauseKeys.size).toBe(clauses.length);
    for (const c of clauses) expect(c.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("gives every clause non-empty positions, rationale and source, and a valid priority", () => {
    for (const c of clauses) {
      for (const field of ["title", "mustHave", "fallback", "walkAway", "whyItMatters", "source"] as const) {
        expect(c[field].trim(), `${c.key}.${field}`).not.toBe("");
      }
      if (c.sampleLanguage !== null) expect(c.sampleLanguage.trim(), `${c.key}.sampleLanguage`).not.toBe("");
      expect(PRIORITIES).toContain(c.priority);
      expect(LAYER_KEYS).toContain(c.section);
      expect(new Set(c.counters).size, `${c.key}.attackedBy has duplicates`).toBe(c.counters.length);
    }
  });

  it("puts at least 2 clauses in every layer", () => {
    for (const layer of LAYER_KEYS) {
      const n = clauses.filter((c) => c.section === layer).length;
      expect(n, layer).toBeGreaterThanOrEqual(2);
    }
  });

  it("has the 7 pitches, each attacking at least one clause", () => {
    expect(pitches.map((p) => p.key)).toEqual([...DEFAULT_PITCH_KEYS]);
    for (const p of pitches) {
      for (const field of ["quote", "danger", "counter", "source"] as const) {
        expect(p[field].trim(), `${p.key}.${field}`).not.toBe("");
      }
      expect(LAYER_KEYS).toContain(p.section);
      const attacked = clauses.filter((c) => c.counters.includes(p.key));
      expect(attacked.length, `${p.key} attacks no clause`).toBeGreaterThanOrEqual(1);
    }
  });

  it("has the 4 scenarios, each defended by 2–5 existing clauses", () => {
    expect(scenarios.map((s) => s.key)).toEqual(["perpetual-pilot", "competitor-same-model", "vendor-collapse", "regulatory-audit"]);
    for (const s of scenarios) {
      for (const field of ["title", "story", "whatWentWrong", "ifUncovered", "source"] as const) {
        expect(s[field].trim(), `${s.key}.${field}`).not.toBe("");
      }
      expect(defendedBy(s.key).length).toBeGreaterThanOrEqual(2);
      expect(defendedBy(s.key).length).toBeLessThanOrEqual(5);
    }
  });

  it("has the 7 process steps in the default order", () => {
    expect(recommendations.map((r) => r.key)).toEqual([...DEFAULT_STEP_KEYS]);
    for (const r of recommendations) {
      expect(r.title.trim()).not.toBe("");
      expect(r.detail.trim()).not.toBe("");
      expect(r.source.trim()).not.toBe("");
    }
  });
});

describe("default playbook: the source's five key clauses", () => {
  const byKey = (key: string) => {
    const c = clauses.find((x) => x.key === key);
    expect(c, `missing clause ${key}`).toBeDefined();
    return c!;
  };

  it("covers data ownership and use limits, with return at the end", () => {
    expect(byKey("client-data-ownership").section).toBe("training-data");
    expect(byKey("data-use-limited-to-project").section).toBe("training-data");
    expect(byKey("data-return-deletion").section).toBe("training-data");
  });

  it("covers model weights and artifacts: delivery, assignment or exclusive licence, acceptance", () => {
    expect(byKey("weights-as-deliverable").section).toBe("weights-artifacts");
    const ip = byKey("weights-ip-assignment");
    expect(ip.section).toBe("weights-artifacts");
    expect(ip.priority).toBe("MUST_HAVE");
    expect(ip.mustHave.toLowerCase()).toContain("assign");
    for (const word of ["exclusive", "perpetual", "worldwide", "irrevocable", "modify"]) {
      expect(ip.fallback.toLowerCase()).toContain(word);
    }
    expect(byKey("acceptance-testing").section).toBe("weights-artifacts");
  });

  it("covers hosting rights versus API access", () => {
    expect(byKey("self-host-option").section).toBe("deployment-exit");
    expect(byKey("vendor-hosting-sla").section).toBe("deployment-exit");
  });

  it("covers retraining and derivative models", () => {
    expect(byKey("client-retraining-rights").priority).toBe("MUST_HAVE");
    expect(byKey("no-derivative-models-for-others").priority).toBe("MUST_HAVE");
  });

  it("covers termination and portability, including escrow with release triggers", () => {
    for (const key of ["delivery-on-termination", "termination-assistance", "licence-survives-termination", "model-escrow"]) {
      expect(byKey(key).section).toBe("deployment-exit");
    }
    expect(byKey("model-escrow").mustHave.toLowerCase()).toMatch(/insolven|bankrupt/);
  });
});

describe("default playbook: paraphrased, not copied", () => {
  it("the copy detector flags every sample sentence lifted from the seed", () => {
    expect(SEED_RUNS.size).toBeGreaterThan(1000);
    for (const lifted of SEED_SAMPLE_SENTENCES.filter((s) => words(s).length >= RUN)) {
      expect(copiedRuns(`Intro. ${lifted} Outro.`).length, lifted).toBeGreaterThan(0);
    }
  });

  it(`has no ${RUN}-word run from the seed document in any text field`, () => {
    const hits = allStrings(DEFAULT_PLAYBOOK)
      .map(({ at, text }) => ({ at, runs: copiedRuns(text) }))
      .filter((h) => h.runs.length > 0);
    expect(hits).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { detectRedFlags } from "@/lib/domain/red-flags";
import { riskClauseKeysOf } from "@/lib/drafts/risk-clauses";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import { RED_FLAG_RULES, RISK_LANGUAGE_KEYS, type RedFlagKey } from "@/lib/playbook/pitch-patterns";

// Behaviour per category, beyond the corpus: each risky-language key fires on vendor wording and stays
// quiet on the client-friendly version; negation, look-alikes, paraphrase and boilerplate variants.

const keysOf = (text: string) => detectRedFlags(text).map((f) => f.key);

const CASES: Record<string, { risky: string[]; safe: string[] }> = {
  "deemed-acceptance": {
    risky: ["Each Deliverable is deemed accepted on the tenth day after delivery.", "Putting the Model into production shall constitute acceptance of it."],
    safe: [
      "A Deliverable is accepted only when the Customer signs the acceptance certificate.",
      "Putting the Model into production shall not constitute acceptance.",
    ],
  },
  "exit-fees": {
    risky: ["Egress fees apply when Customer Data leaves the Provider's cloud.", "A migration fee is payable for moving the Model to another supplier."],
    safe: ["No fee applies to export.", "Egress fees for the final export are borne by the Provider."],
  },
  "residuals-know-how": {
    risky: [
      "Nothing herein restricts the Supplier from using residual knowledge of its staff.",
      "The Vendor may freely use ideas and techniques learned on the project.",
    ],
    safe: [
      "There is no residuals clause, and information held in memory stays confidential.",
      "The Vendor shall not use ideas or techniques learned from the Customer's data.",
    ],
  },
  "audit-refusal": {
    risky: [
      "The Supplier need not disclose its training data, which is a trade secret.",
      "Audit rights do not extend to the Vendor's proprietary training process.",
    ],
    safe: ["Audit rights extend to the Vendor's training process.", "Trade secrets seen during an audit stay confidential."],
  },
  "vendor-owns-outputs": {
    risky: ["Outputs are the property of the Supplier.", "The Provider may use Outputs to train its models."],
    safe: ["The Customer owns all outputs.", "The Provider shall not use Outputs to train any model."],
  },
  "no-escrow": {
    risky: ["No escrow is provided for the Model.", "The Supplier is not obliged to deposit the weights in escrow."],
    safe: ["The Supplier shall deposit the weights with an escrow agent quarterly.", "The escrow agent releases the weights on insolvency."],
  },
  "uncapped-renewal-pricing": {
    risky: ["The Supplier may increase the Fees on each renewal.", "Renewal fees are set at the Supplier's then-current rates."],
    safe: ["The Fees may not increase by more than 3% on renewal.", "Renewal fees are fixed for five years."],
  },
  "data-retained-after-exit": {
    risky: ["The Vendor may keep copies of Customer Data after termination.", "Customer Data stays in the Vendor's backups indefinitely."],
    safe: [
      "The Vendor shall delete all copies of Customer Data within 30 days after termination.",
      "The Vendor shall not keep Customer Data after termination.",
    ],
  },
};

describe("the new risky-language categories", () => {
  it("have a case in this file each", () => {
    for (const key of [
      "deemed-acceptance",
      "exit-fees",
      "residuals-know-how",
      "audit-refusal",
      "vendor-owns-outputs",
      "no-escrow",
      "uncapped-renewal-pricing",
      "data-retained-after-exit",
    ])
      expect(CASES[key], key).toBeDefined();
  });
  for (const [key, { risky, safe }] of Object.entries(CASES)) {
    it.each(risky)(`${key} fires: %s`, (text) => expect(keysOf(text)).toContain(key));
    it.each(safe)(`${key} stays quiet on the client-friendly wording: %s`, (text) => expect(keysOf(text)).toEqual([]));
  }
});

describe("negation", () => {
  it.each([
    "The Supplier shall not use Customer Data for any other purpose.",
    "We will never train on your data.",
    "Nothing in this Agreement grants the Vendor any right to use Customer Data to improve its products.",
    "Nothing herein entitles the Provider to keep copies of Customer Data after termination.",
    "The Vendor shall not, under any circumstances, pool Customer Data with data of other customers.",
    "The licence may not be revoked.",
  ])("a negated grant is safe: %s", (text) => expect(keysOf(text)).toEqual([]));

  it("does not treat 'does not restrict the use' as a negation of the use", () => {
    expect(keysOf("These confidentiality terms do not restrict the use of residuals by the Supplier.")).toContain("residuals-know-how");
  });

  it("keeps a negation to its own sentence", () => {
    const text = "The Supplier shall not sell Customer Data. The Supplier may keep Customer Data after termination.";
    expect(keysOf(text)).toEqual(["data-retained-after-exit"]);
  });
});

describe("client-friendly look-alikes", () => {
  it.each([
    "The Customer owns all outputs.",
    "The Supplier shall deposit the weights with an escrow agent quarterly.",
    "No fee applies to export.",
    "Renewal pricing is capped at 2% a year.",
    "The Customer may host the Model itself, and the Supplier may also host a copy for it.",
    "The Customer's licence survives termination.",
  ])("%s", (text) => expect(keysOf(text)).toEqual([]));
});

describe("paraphrases of the hosting pitch", () => {
  it.each([
    "Don't worry, it stays in our cloud.",
    "There's nothing for you to download.",
    "You access it through our API only.",
    "The model runs exclusively on our platform.",
  ])("%s", (text) => expect(keysOf(text)).toContain("hosting-only"));
});

describe("legal boilerplate variants", () => {
  const variants: Array<[string, RedFlagKey]> = [
    ["Notwithstanding anything to the contrary herein, the Provider may use Customer Data for any purpose.", "data-any-purpose"],
    ["NOTWITHSTANDING ANYTHING TO THE CONTRARY, THE LICENSOR MAY USE CUSTOMER DATA FOR ANY PURPOSE.", "data-any-purpose"],
    ["The \u201CDeliverables\u201D shall be deemed accepted unless rejected within five (5) Business Days.", "deemed-acceptance"],
    ["We\u2019ll own the fine\u2011tuned weights.", "proprietary-base-model"],
    ["The Licensor will keep Licensee Data after expiry.", "data-retained-after-exit"],
    ["Vendor may, at its sole discretion, increase the Fees upon renewal.", "uncapped-renewal-pricing"],
  ];
  it.each(variants)("%s → %s", (text, key) => {
    const findings = detectRedFlags(text);
    expect(findings.map((f) => f.key)).toContain(key);
    for (const f of findings) expect(text.slice(f.match.start, f.match.end)).toBe(f.match.text);
  });
});

describe("risk-clauses", () => {
  it("names, for every risky-language key, default playbook clauses that exist", () => {
    const clauseKeys = new Set(DEFAULT_PLAYBOOK.clauses.map((c) => c.key));
    for (const key of RISK_LANGUAGE_KEYS) {
      const clauses = riskClauseKeysOf(key);
      expect(clauses.length, key).toBeGreaterThan(0);
      for (const c of clauses) expect(clauseKeys, `${key} → ${c}`).toContain(c);
    }
    expect(riskClauseKeysOf("hosting-only")).toEqual([]);
  });

  it("gives every rule a title, a severity and a layer, and every risky-language rule its own danger and counter", () => {
    for (const rule of RED_FLAG_RULES) {
      expect(rule.title.length).toBeGreaterThan(10);
      if (rule.kind === "risky-language") expect(new Set(RED_FLAG_RULES.filter((r) => r.danger === rule.danger)).size, rule.key).toBe(1);
    }
  });
});

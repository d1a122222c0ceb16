import { describe, expect, it } from "vitest";
import { conditionsHold, contractValueBand, evaluateRules, parseRuleEffects, type RuleFacts } from "@/lib/domain/applicability";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import type { ApplicabilityRule, RuleConditions } from "@/lib/playbook/format";

// Worked examples of applicability rules: the default playbook's own rules on typical deals, then
// each kind of condition on its own.

const facts: RuleFacts = {
  hostingModel: "VENDOR_HOSTED",
  modelKind: "Fine-tuned LLM",
  baseModelLicenceType: "OPEN_RESTRICTED",
  regulatedSector: false,
  contractValueMinor: 25_000_000n,
};

function rulesOf(key: string) {
  const clause = DEFAULT_PLAYBOOK.clauses.find((c) => c.key === key);
  if (!clause) throw new Error(`no clause ${key}`);
  return clause;
}

describe("the default playbook's rules", () => {
  it("takes the vendor hosting SLA out of a self-hosted deal, with the rule's reason", () => {
    const sla = rulesOf("vendor-hosting-sla");
    const outcome = evaluateRules(sla.rules, sla.priority, { ...facts, hostingModel: "SELF_HOSTED" });
    expect(outcome.notApplicable).toBe(sla.rules[0].reason);
    expect(outcome.priority).toBe("IMPORTANT");
    expect(outcome.fired).toEqual([{ rule: 0, effect: "NOT_APPLICABLE", reason: sla.rules[0].reason }]);
    // Vendor-hosted, API-only and hybrid deals keep it.
    for (const hostingModel of ["VENDOR_HOSTED", "API_ONLY", "HYBRID"] as const) {
      expect(evaluateRules(sla.rules, sla.priority, { ...facts, hostingModel })).toEqual({ fired: [], priority: "IMPORTANT", notApplicable: null });
    }
  });

  it("makes regulator audit a must-have on a regulated deal only", () => {
    const audit = rulesOf("regulator-audit-transparency");
    expect(audit.priority).toBe("IMPORTANT");
    const regulated = evaluateRules(audit.rules, audit.priority, { ...facts, regulatedSector: true });
    expect(regulated.priority).toBe("MUST_HAVE");
    expect(regulated.notApplicable).toBeNull();
    expect(regulated.fired).toEqual([{ rule: 0, effect: "RAISE_PRIORITY", reason: audit.rules[0].reason, priority: "MUST_HAVE" }]);
    expect(evaluateRules(audit.rules, audit.priority, facts).priority).toBe("IMPORTANT");
  });

  it("drops the open-source licence check when there is no open base model", () => {
    const check = rulesOf("open-source-licence-check");
    for (const type of ["NONE", "PROPRIETARY"] as const)
      expect(evaluateRules(check.rules, check.priority, { ...facts, baseModelLicenceType: type }).notApplicable).not.toBeNull();
    for (const type of ["UNKNOWN", "OPEN_PERMISSIVE", "OPEN_RESTRICTED"] as const)
      expect(evaluateRules(check.rules, check.priority, { ...facts, baseModelLicenceType: type }).notApplicable).toBeNull();
  });
});

describe("conditions", () => {
  it("ANDs the conditions a rule names and ORs the values within one", () => {
    const when: RuleConditions = { hostingModels: ["SELF_HOSTED", "HYBRID"], regulatedSector: true };
    expect(conditionsHold(when, { ...facts, hostingModel: "HYBRID", regulatedSector: true })).toBe(true);
    expect(conditionsHold(when, { ...facts, hostingModel: "SELF_HOSTED", regulatedSector: true })).toBe(true);
    expect(conditionsHold(when, { ...facts, hostingModel: "HYBRID", regulatedSector: false })).toBe(false);
    expect(conditionsHold(when, { ...facts, hostingModel: "API_ONLY", regulatedSector: true })).toBe(false);
    // No condition at all always holds; regulatedSector: false asks for a deal outside regulated sectors.
    expect(conditionsHold({}, facts)).toBe(true);
    expect(conditionsHold({ regulatedSector: false }, facts)).toBe(true);
    expect(conditionsHold({ regulatedSector: false }, { ...facts, regulatedSector: true })).toBe(false);
  });

  it("matches model-kind mentions as whole words, any case, any spacing", () => {
    const when = { modelKindMentions: ["LLM", "vision model"] };
    expect(conditionsHold(when, { ...facts, modelKind: "Fine-tuned llm" })).toBe(true);
    expect(conditionsHold(when, { ...facts, modelKind: "A Vision   Model for claims" })).toBe(true);
    expect(conditionsHold(when, { ...facts, modelKind: "LLMs for claims" })).toBe(false);
    expect(conditionsHold(when, { ...facts, modelKind: "Forecasting model" })).toBe(false);
    // Punctuation in the word is taken literally, not as a pattern.
    expect(conditionsHold({ modelKindMentions: ["c++"] }, { ...facts, modelKind: "c++ code model" })).toBe(true);
    expect(conditionsHold({ modelKindMentions: ["c++"] }, { ...facts, modelKind: "cc code model" })).toBe(false);
  });

  it("bands contract values at the boundaries (major units of the deal's currency)", () => {
    expect(contractValueBand(0n)).toBe("UNDER_100K");
    expect(contractValueBand(99_999_99n)).toBe("UNDER_100K");
    expect(contractValueBand(100_000_00n)).toBe("100K_TO_1M");
    expect(contractValueBand(1_000_000_00n)).toBe("100K_TO_1M");
    expect(contractValueBand(1_000_000_01n)).toBe("OVER_1M");
    const big: RuleConditions = { contractValueBands: ["OVER_1M"] };
    expect(conditionsHold(big, { ...facts, contractValueMinor: 1_000_000_00n })).toBe(false);
    expect(conditionsHold(big, { ...facts, contractValueMinor: 1_000_000_01n })).toBe(true);
  });
});

describe("evaluateRules", () => {
  const rules: ApplicabilityRule[] = [
    { effect: "RAISE_PRIORITY", when: { regulatedSector: true }, priority: "IMPORTANT", reason: "Regulated" },
    { effect: "RAISE_PRIORITY", when: { contractValueBands: ["OVER_1M"] }, priority: "MUST_HAVE", reason: "Large deal" },
    { effect: "RAISE_PRIORITY", when: {}, priority: "NICE_TO_HAVE", reason: "Never lowers" },
    { effect: "NOT_APPLICABLE", when: { hostingModels: ["SELF_HOSTED"] }, reason: "Self-hosted" },
  ];

  it("takes the highest priority any fired rule asks for, and never lowers the clause's own", () => {
    expect(evaluateRules(rules, "NICE_TO_HAVE", { ...facts, regulatedSector: true }).priority).toBe("IMPORTANT");
    expect(evaluateRules(rules, "NICE_TO_HAVE", { ...facts, regulatedSector: true, contractValueMinor: 5_000_000_00n }).priority).toBe("MUST_HAVE");
    expect(evaluateRules(rules, "IMPORTANT", facts).priority).toBe("IMPORTANT");
    expect(evaluateRules(rules, "IMPORTANT", facts).fired.map((f) => f.reason)).toEqual(["Never lowers"]);
  });

  it("lists every fired rule in order; an override keeps them listed but applies none", () => {
    const all = { ...facts, hostingModel: "SELF_HOSTED" as const, regulatedSector: true, contractValueMinor: 5_000_000_00n };
    const applied = evaluateRules(rules, "NICE_TO_HAVE", all);
    expect(applied.fired.map((f) => f.rule)).toEqual([0, 1, 2, 3]);
    expect(applied).toMatchObject({ priority: "MUST_HAVE", notApplicable: "Self-hosted" });
    const overridden = evaluateRules(rules, "NICE_TO_HAVE", all, true);
    expect(overridden.fired).toEqual(applied.fired);
    expect(overridden).toMatchObject({ priority: "NICE_TO_HAVE", notApplicable: null });
  });

  it("reads stored effects back, and anything unreadable as none", () => {
    const stored = evaluateRules(rules, "NICE_TO_HAVE", { ...facts, regulatedSector: true }).fired;
    expect(parseRuleEffects(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    expect(parseRuleEffects(null)).toEqual([]);
    expect(parseRuleEffects([{ rule: "x" }])).toEqual([]);
  });
});

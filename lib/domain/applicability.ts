import { z } from "zod";
import { PRIORITIES, type HostingModel, type Priority } from "./enums";
import { RULE_EFFECTS, type ApplicabilityRule, type BaseModelLicenceType, type ContractValueBand, type RuleConditions } from "@/lib/playbook/format";
import { PRIORITY_WEIGHT } from "./readiness";

// Applicability rules: what a playbook clause's rules do on one deal, from the deal's facts. Pure.
// A rule fires when every condition it names holds (within a condition, any listed value matches).
// NOT_APPLICABLE takes the clause out of the deal with the rule's reason; RAISE_PRIORITY makes it
// count at a higher priority (never lower). A negotiator can set a clause's rules aside with a reason.

export interface RuleFacts {
  hostingModel: HostingModel;
  modelKind: string;
  baseModelLicenceType: BaseModelLicenceType;
  regulatedSector: boolean;
  contractValueMinor: bigint;
}

/** Value bands in major units of the deal's own currency: under 100,000; 100,000 to 1,000,000; over 1,000,000. */
export function contractValueBand(contractValueMinor: bigint): ContractValueBand {
  if (contractValueMinor < 100_000n * 100n) return "UNDER_100K";
  if (contractValueMinor <= 1_000_000n * 100n) return "100K_TO_1M";
  return "OVER_1M";
}

function mentions(text: string, word: string): boolean {
  const escaped = word
    .toLowerCase()
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\s+/g, "\\s+");
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, "u").test(text.toLowerCase());
}

export function conditionsHold(when: RuleConditions, facts: RuleFacts): boolean {
  if (when.hostingModels && !when.hostingModels.includes(facts.hostingModel)) return false;
  if (when.modelKindMentions && !when.modelKindMentions.some((word) => mentions(facts.modelKind, word))) return false;
  if (when.baseModelLicenceTypes && !when.baseModelLicenceTypes.includes(facts.baseModelLicenceType)) return false;
  if (when.regulatedSector !== undefined && when.regulatedSector !== facts.regulatedSector) return false;
  if (when.contractValueBands && !when.contractValueBands.includes(contractValueBand(facts.contractValueMinor))) return false;
  return true;
}

/** One rule that fired on a deal: its index in the clause's rules, what it does and why. */
export interface RuleEffectRecord {
  rule: number;
  effect: ApplicabilityRule["effect"];
  reason: string;
  /** For RAISE_PRIORITY: the priority the rule asks for. */
  priority?: Priority;
}

export interface RuleOutcome {
  /** Every rule that fired, in rule order (whether or not a negotiator set them aside). */
  fired: RuleEffectRecord[];
  /** The priority that counts: the clause's, or the highest a fired rule asks for (rules never lower it). */
  priority: Priority;
  /** The reason of the first fired NOT_APPLICABLE rule, or null. */
  notApplicable: string | null;
}

/**
 * What a clause's rules do on a deal with these facts. With `overridden` (a negotiator set the rules
 * aside), the fired rules are still listed, but the clause keeps its own priority and applies.
 */
export function evaluateRules(rules: readonly ApplicabilityRule[], clausePriority: Priority, facts: RuleFacts, overridden = false): RuleOutcome {
  const fired: RuleEffectRecord[] = [];
  rules.forEach((rule, index) => {
    if (!conditionsHold(rule.when, facts)) return;
    fired.push(
      rule.effect === "RAISE_PRIORITY"
        ? { rule: index, effect: rule.effect, reason: rule.reason, priority: rule.priority }
        : { rule: index, effect: rule.effect, reason: rule.reason },
    );
  });
  if (overridden) return { fired, priority: clausePriority, notApplicable: null };
  let priority = clausePriority;
  for (const f of fired) if (f.priority && PRIORITY_WEIGHT[f.priority] > PRIORITY_WEIGHT[priority]) priority = f.priority;
  const notApplicable = fired.find((f) => f.effect === "NOT_APPLICABLE")?.reason ?? null;
  return { fired, priority, notApplicable };
}

const ZRuleEffectRecord = z.object({
  rule: z.number().int(),
  effect: z.enum(RULE_EFFECTS),
  reason: z.string(),
  priority: z.enum(PRIORITIES).optional(),
});

/** Reads a deal clause's stored rule effects (never throws: anything unreadable reads as none). */
export function parseRuleEffects(json: unknown): RuleEffectRecord[] {
  const parsed = z.array(ZRuleEffectRecord).safeParse(json);
  return parsed.success ? parsed.data : [];
}

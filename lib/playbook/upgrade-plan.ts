import type { ClauseStatus, LayerKey, Priority } from "@/lib/domain/enums";
import { evaluateRules, type RuleFacts } from "@/lib/domain/applicability";
import { joinNatural, type ReadinessClause, type ReadinessInput } from "@/lib/domain/readiness";
import type { PlaybookClause, PlaybookDocument } from "./format";

// What upgrading a deal from one playbook version to another does, decided from the two documents
// and the deal's checklist, before anything is written. The preview shows it; the upgrade carries it
// out. Clauses and process steps are matched by key (keys are stable from version to version).
//
// Clauses of the deal:
// - KEEP: the clause is in the new version and its positions (must-have, fallback, walk-away),
//   priority and applicability rules are unchanged. Status, responses, agreed language, contract
//   section and risk acceptances stay; only the wording around them (title, why it matters, sample
//   language, scenarios and pitches) follows the new version.
// - RECHECK: the same, but one of those positions changed: the item keeps everything and is flagged
//   with what changed (`recheckReason`), because a "met" judged against the old must-have may not
//   meet the new one.
// - NEW: a clause the new version adds: it starts NOT_STARTED.
// - RETIRED: a clause the new version no longer has: it stays in the deal's history, read-only, out
//   of readiness and progress.
// Deal-specific clauses (added to this one deal) move along unchanged. One whose key the new version
// gives to a playbook clause is a conflict: the upgrade is refused until one of them is renamed.
//
// Process steps: KEEP (done and note stay), NEW (open), RETIRED (dropped from the deal's checklist;
// the upgrade's audit event records what they held). Scenarios need no mapping: coverage is
// recomputed from the new version's scenarios and the deal's clauses.

export type ClauseOutcome = "KEEP" | "RECHECK" | "NEW" | "RETIRED";
export type StepOutcome = "KEEP" | "NEW" | "RETIRED";

/** One active checklist item of the deal, as the plan needs it. */
export interface UpgradeDealItem {
  clauseKey: string;
  title: string;
  section: LayerKey;
  status: ClauseStatus;
  /** The priority that counts on the deal now (possibly raised by a rule). */
  priority: Priority;
  agreedLanguage: string;
  contractReference: string;
  responseCount: number;
  riskAccepted: boolean;
  /** A clause a negotiator added to this deal only (not part of any playbook version). */
  dealSpecific: boolean;
  /** Set when a negotiator set the clause's rules aside. */
  ruleOverridden: boolean;
  /** The status a "not applicable" rule replaced (null: not set by a rule). */
  statusBeforeRule: ClauseStatus | null;
  /** An earlier upgrade's flag not yet cleared. */
  recheckReason: string | null;
}

export interface UpgradeDealStep {
  key: string;
  done: boolean;
  note: string;
}

/** What changed in a clause's positions between two versions, in reading order. */
export type PositionChange = "mustHave" | "fallback" | "walkAway" | "priority" | "rules";

export interface ClausePlan {
  clauseKey: string;
  /** The new version's title (the old one for a retired clause). */
  title: string;
  section: LayerKey;
  outcome: ClauseOutcome;
  changes: PositionChange[];
  /** For RECHECK: what changed, as a person reads it ("Must-have position changed in version 2"). */
  recheckReason: string | null;
  /** The status after the upgrade (NOT_STARTED for a new clause). */
  status: ClauseStatus;
  /** The clause's own priority in the version the item follows after the upgrade. */
  priority: Priority;
  responseCount: number;
  riskAccepted: boolean;
  agreedLanguage: string;
}

export interface StepPlan {
  key: string;
  title: string;
  outcome: StepOutcome;
  done: boolean;
  note: string;
}

export interface ScenarioPlan {
  key: string;
  title: string;
  outcome: "KEEP" | "NEW" | "RETIRED";
}

export interface UpgradePlan {
  toVersion: number;
  /** Playbook clauses, in the new version's order, then the retired ones in the old order. */
  clauses: ClausePlan[];
  /** The deal's own clauses, which move along unchanged. */
  dealSpecific: { clauseKey: string; title: string }[];
  /** Deal-specific clause keys the new version also uses for a playbook clause: the upgrade is refused. */
  keyConflicts: string[];
  steps: StepPlan[];
  scenarios: ScenarioPlan[];
  counts: { kept: number; recheck: number; added: number; retired: number };
}

const PRIORITY_LABEL: Record<Priority, string> = { MUST_HAVE: "must-have", IMPORTANT: "important", NICE_TO_HAVE: "nice to have" };

/**
 * Which of a clause's positions differ between two versions: must-have, fallback, walk-away,
 * priority, applicability rules (compared as canonical JSON: both sides come from the same schema,
 * so equal rules serialise equally). Title, explanations, sample language, scenarios and pitches
 * are wording around the positions and do not count.
 * (Written here rather than taken from a version-diff module, which this branch does not have.)
 */
export function clausePositionChanges(from: PlaybookClause, to: PlaybookClause): PositionChange[] {
  const changes: PositionChange[] = [];
  if (from.mustHave !== to.mustHave) changes.push("mustHave");
  if (from.fallback !== to.fallback) changes.push("fallback");
  if (from.walkAway !== to.walkAway) changes.push("walkAway");
  if (from.priority !== to.priority) changes.push("priority");
  if (JSON.stringify(from.rules) !== JSON.stringify(to.rules)) changes.push("rules");
  return changes;
}

export function clausePositionsChanged(from: PlaybookClause, to: PlaybookClause): boolean {
  return clausePositionChanges(from, to).length > 0;
}

/** "Must-have position and priority (important → must-have) changed in version 2". */
export function recheckReasonFor(changes: readonly PositionChange[], from: PlaybookClause, to: PlaybookClause, toVersion: number): string {
  const parts = changes.map((change) => {
    switch (change) {
      case "mustHave":
        return "must-have position";
      case "fallback":
        return "fallback position";
      case "walkAway":
        return "walk-away line";
      case "priority":
        return `priority (${PRIORITY_LABEL[from.priority]} → ${PRIORITY_LABEL[to.priority]})`;
      case "rules":
        return "applicability rules";
    }
  });
  const text = joinNatural(parts);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} changed in version ${toVersion}`;
}

/**
 * The upgrade of one deal from `fromDoc` (the version it follows) to `toDoc` (version `toVersion`).
 * `deal.items` are the deal's active (not retired) checklist items, `deal.steps` its process steps.
 */
export function planUpgrade(
  fromDoc: PlaybookDocument,
  toDoc: PlaybookDocument,
  deal: { items: readonly UpgradeDealItem[]; steps: readonly UpgradeDealStep[] },
  toVersion: number,
): UpgradePlan {
  const fromClauses = new Map(fromDoc.clauses.map((c) => [c.key, c]));
  const toClauses = new Map(toDoc.clauses.map((c) => [c.key, c]));
  const playbookItems = new Map(deal.items.filter((i) => !i.dealSpecific).map((i) => [i.clauseKey, i]));
  const ownItems = deal.items.filter((i) => i.dealSpecific);

  const clauses: ClausePlan[] = [];
  for (const to of toDoc.clauses) {
    const item = playbookItems.get(to.key);
    const from = fromClauses.get(to.key);
    if (!item || !from) {
      clauses.push({
        clauseKey: to.key,
        title: to.title,
        section: to.section,
        outcome: "NEW",
        changes: [],
        recheckReason: null,
        status: "NOT_STARTED",
        priority: to.priority,
        responseCount: 0,
        riskAccepted: false,
        agreedLanguage: "",
      });
      continue;
    }
    const changes = clausePositionChanges(from, to);
    clauses.push({
      clauseKey: to.key,
      title: to.title,
      section: to.section,
      outcome: changes.length ? "RECHECK" : "KEEP",
      changes,
      // An earlier upgrade's flag that nobody cleared stays: the clause still was not looked at again.
      recheckReason: changes.length ? recheckReasonFor(changes, from, to, toVersion) : item.recheckReason,
      status: item.status,
      priority: to.priority,
      responseCount: item.responseCount,
      riskAccepted: item.riskAccepted,
      agreedLanguage: item.agreedLanguage,
    });
  }
  for (const item of playbookItems.values()) {
    if (toClauses.has(item.clauseKey)) continue;
    clauses.push({
      clauseKey: item.clauseKey,
      title: item.title,
      section: item.section,
      outcome: "RETIRED",
      changes: [],
      recheckReason: null,
      status: item.status,
      priority: item.priority,
      responseCount: item.responseCount,
      riskAccepted: item.riskAccepted,
      agreedLanguage: item.agreedLanguage,
    });
  }

  const stepsNow = new Map(deal.steps.map((s) => [s.key, s]));
  const toStepKeys = new Set(toDoc.steps.map((s) => s.key));
  const fromStepTitles = new Map(fromDoc.steps.map((s) => [s.key, s.title]));
  const steps: StepPlan[] = [
    ...toDoc.steps.map((s): StepPlan => {
      const now = stepsNow.get(s.key);
      return now
        ? { key: s.key, title: s.title, outcome: "KEEP", done: now.done, note: now.note }
        : { key: s.key, title: s.title, outcome: "NEW", done: false, note: "" };
    }),
    ...deal.steps
      .filter((s) => !toStepKeys.has(s.key))
      .map((s): StepPlan => ({ key: s.key, title: fromStepTitles.get(s.key) ?? s.key, outcome: "RETIRED", done: s.done, note: s.note })),
  ];

  const fromScenarioKeys = new Set(fromDoc.scenarios.map((s) => s.key));
  const toScenarioKeys = new Set(toDoc.scenarios.map((s) => s.key));
  const scenarios: ScenarioPlan[] = [
    ...toDoc.scenarios.map((s): ScenarioPlan => ({ key: s.key, title: s.title, outcome: fromScenarioKeys.has(s.key) ? "KEEP" : "NEW" })),
    ...fromDoc.scenarios.filter((s) => !toScenarioKeys.has(s.key)).map((s): ScenarioPlan => ({ key: s.key, title: s.title, outcome: "RETIRED" })),
  ];

  const count = (outcome: ClauseOutcome) => clauses.filter((c) => c.outcome === outcome).length;
  return {
    toVersion,
    clauses,
    dealSpecific: ownItems.map((i) => ({ clauseKey: i.clauseKey, title: i.title })),
    keyConflicts: ownItems.filter((i) => toClauses.has(i.clauseKey)).map((i) => i.clauseKey),
    steps,
    scenarios,
    counts: { kept: count("KEEP"), recheck: count("RECHECK"), added: count("NEW"), retired: count("RETIRED") },
  };
}

// Statuses a "not applicable" rule may replace (as lib/services/applicability.ts does): work that has
// not produced a result yet. A settled or below-walk-away clause keeps its status.
const RULE_REPLACEABLE: readonly ClauseStatus[] = ["NOT_STARTED", "IN_NEGOTIATION"];

/**
 * The readiness input the deal would have after the upgrade: every active clause of the plan (and
 * the deal's own clauses, unchanged), its rules evaluated on the deal's facts as the upgrade will,
 * and the new version's scenarios.
 */
export function plannedReadinessInput(plan: UpgradePlan, toDoc: PlaybookDocument, items: readonly UpgradeDealItem[], facts: RuleFacts): ReadinessInput {
  const toClauses = new Map(toDoc.clauses.map((c) => [c.key, c]));
  const current = new Map(items.filter((i) => !i.dealSpecific).map((i) => [i.clauseKey, i]));
  const clauses: ReadinessClause[] = plan.clauses
    .filter((c) => c.outcome !== "RETIRED")
    .map((c) => {
      const clause = toClauses.get(c.clauseKey)!;
      const item = current.get(c.clauseKey);
      const outcome = evaluateRules(clause.rules, clause.priority, facts, item?.ruleOverridden ?? false);
      let status = c.status;
      const setByRule = item?.statusBeforeRule != null && status === "NOT_APPLICABLE";
      if (outcome.notApplicable !== null && RULE_REPLACEABLE.includes(status)) status = "NOT_APPLICABLE";
      else if (outcome.notApplicable === null && setByRule) status = item!.statusBeforeRule!;
      return {
        clauseKey: c.clauseKey,
        title: c.title,
        layerKey: c.section,
        priority: outcome.priority,
        status,
        riskAccepted: c.riskAccepted,
        needsRecheck: c.recheckReason !== null,
        recheckReason: c.recheckReason ?? undefined,
      };
    });
  for (const own of items.filter((i) => i.dealSpecific)) {
    clauses.push({
      clauseKey: own.clauseKey,
      title: own.title,
      layerKey: own.section,
      priority: own.priority,
      status: own.status,
      riskAccepted: own.riskAccepted,
    });
  }
  const defendedBy = new Map<string, string[]>();
  for (const c of toDoc.clauses) for (const s of c.defends) defendedBy.set(s, [...(defendedBy.get(s) ?? []), c.key]);
  return {
    clauses,
    scenarios: toDoc.scenarios.map((s) => ({ key: s.key, title: s.title, ifUncovered: s.ifUncovered, defendedBy: defendedBy.get(s.key) ?? [] })),
  };
}

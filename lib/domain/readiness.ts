import { CLAUSE_STATUS_LABEL } from "@/lib/format/clause-status-labels";
import { isSettled } from "./clause-status";
import { LAYER_KEYS } from "./enums";
import type { ClauseStatus, LayerKey, Priority } from "./enums";

// THE readiness function. Readiness is computed, never stored by hand; the deal page, the CIO
// review (frozen as a snapshot), the printable report and the portfolio dashboard all call this.

export interface ReadinessClause {
  clauseKey: string;
  title: string;
  layerKey: LayerKey;
  priority: Priority;
  status: ClauseStatus;
  /** A CIO has accepted, in writing, the gap on this clause. */
  riskAccepted: boolean;
  /** A playbook upgrade changed the clause's positions and nobody has looked at it again since. */
  needsRecheck?: boolean;
  /** What changed, e.g. "Must-have position changed in version 2" (shown in the blocker). */
  recheckReason?: string;
}

export interface ReadinessScenario {
  key: string;
  title: string;
  /** How a CIO should read the scenario when uncovered, e.g. "If this vendor shuts down tomorrow, ...:". */
  ifUncovered: string;
  /** Keys of the clauses that defend against this scenario. */
  defendedBy: string[];
}

/** A blocking base-model licence finding nobody has accepted in writing (lib/licences/findings.ts openBlockingFindings). */
export interface ReadinessLicenceFinding {
  key: string;
  title: string;
  message: string;
}

export interface ReadinessInput {
  clauses: readonly ReadinessClause[];
  scenarios: readonly ReadinessScenario[];
  /** Open blocking licence findings of the deal's base model; absent: none. */
  licenceFindings?: readonly ReadinessLicenceFinding[];
}

export const BLOCKER_KINDS = ["NO_APPLICABLE_CLAUSES", "BELOW_WALK_AWAY", "MUST_HAVE_OPEN", "NEEDS_RECHECK", "SCENARIO_UNCOVERED", "LICENCE_FINDING"] as const;
export type BlockerKind = (typeof BLOCKER_KINDS)[number];

export interface Blocker {
  kind: BlockerKind;
  clauseKey?: string;
  scenarioKey?: string;
  /** For LICENCE_FINDING: the finding's key (what a written acceptance names). */
  findingKey?: string;
  message: string;
}

export interface ScenarioCoverage {
  key: string;
  title: string;
  /** True when no defending clause is left open (risk-accepted clauses do not count as open). */
  covered: boolean;
  /** True when the scenario is covered only thanks to at least one CIO risk acceptance. */
  acceptedRisk: boolean;
  /** Defending clauses still open (neither secured nor risk-accepted), in `defendedBy` order. */
  missing: { clauseKey: string; title: string }[];
  message: string;
}

export interface SectionScore {
  layerKey: LayerKey;
  /** Same weighting as the overall score; 0 when the layer has no applicable clause. */
  score: number;
  /** Number of applicable (not N/A) clauses in the layer, so the UI can show "—" for 0. */
  applicable: number;
}

export interface Readiness {
  score: number;
  ready: boolean;
  blockers: Blocker[];
  scenarios: ScenarioCoverage[];
  sections: SectionScore[];
}

/** Weight of a clause in the score, by priority. */
export const PRIORITY_WEIGHT: Record<Priority, number> = { MUST_HAVE: 3, IMPORTANT: 2, NICE_TO_HAVE: 1 };

// Share of its weight a clause earns, by status (N/A clauses are excluded, not scored 0): met 1,
// fallback 0.6. In tenths so the sums are exact integers (0.6 × 3 is not exactly 1.8 in floating point).
const CREDIT_TENTHS: Record<ClauseStatus, number> = {
  MUST_HAVE_MET: 10,
  FALLBACK_ACCEPTED: 6,
  NOT_STARTED: 0,
  IN_NEGOTIATION: 0,
  BELOW_WALK_AWAY: 0,
  NOT_APPLICABLE: 0,
};

/**
 * Weighted score of a set of clauses, 0–100 integer.
 * score = round(100 × Σ weight × credit / Σ weight) over clauses that are not NOT_APPLICABLE,
 * clamped so that 100 means "every applicable clause is at must-have" and 0 means "nothing secured":
 * a result that would round up to 100 while something is short is shown as 99, and one that would
 * round down to 0 while something is secured is shown as 1. No applicable clause → 0.
 */
function weightedScore(clauses: readonly ReadinessClause[]): { score: number; applicable: number } {
  let earned = 0;
  let possible = 0;
  let applicable = 0;
  for (const clause of clauses) {
    if (clause.status === "NOT_APPLICABLE") continue;
    applicable++;
    const weight = PRIORITY_WEIGHT[clause.priority];
    possible += weight * 10;
    earned += weight * CREDIT_TENTHS[clause.status];
  }
  if (possible === 0) return { score: 0, applicable };
  let score = Math.round((100 * earned) / possible);
  if (score === 100 && earned < possible) score = 99;
  if (score === 0 && earned > 0) score = 1;
  return { score, applicable };
}

/** "A", "A and B", "A, B and C". */
export function joinNatural(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function scenarioCoverage(scenario: ReadinessScenario, byKey: Map<string, ReadinessClause>): ScenarioCoverage {
  const defenders = [...new Set(scenario.defendedBy)]
    .map((key) => byKey.get(key))
    .filter((c): c is ReadinessClause => c !== undefined && c.status !== "NOT_APPLICABLE");
  const unsecured = defenders.filter((c) => !isSettled(c.status));
  const accepted = unsecured.filter((c) => c.riskAccepted);
  const missing = unsecured.filter((c) => !c.riskAccepted).map(({ clauseKey, title }) => ({ clauseKey, title }));
  const covered = missing.length === 0;
  const acceptedRisk = covered && accepted.length > 0;

  let message: string;
  if (!covered) {
    const titles = joinNatural(missing.map((m) => m.title));
    message = `${scenario.ifUncovered} ${titles} ${missing.length === 1 ? "is" : "are"} still open.`;
  } else if (acceptedRisk) {
    const titles = joinNatural(accepted.map((c) => c.title));
    message = `Covered with accepted risk: ${titles} ${accepted.length === 1 ? "is" : "are"} not secured, but the risk has been accepted in writing.`;
  } else if (defenders.length === 0) {
    message = "Covered: none of the clauses that defend against this scenario applies to this deal.";
  } else {
    message = "Covered: every clause that defends against this scenario is at its must-have or fallback position.";
  }
  return { key: scenario.key, title: scenario.title, covered, acceptedRisk, missing, message };
}

/**
 * Computes the readiness of a deal to sign.
 *
 * **Score** (0–100 integer): over the *applicable* clauses (status ≠ NOT_APPLICABLE), each clause
 * weighs by priority — MUST_HAVE 3, IMPORTANT 2, NICE_TO_HAVE 1 — and earns 100 % of its weight at
 * MUST_HAVE_MET, 60 % at FALLBACK_ACCEPTED, 0 % at any other status.
 * `score = round(100 × Σ(weight × credit) / Σ(weight))`, except that the score is 100 only when every
 * applicable clause is at MUST_HAVE_MET (else at most 99) and 0 only when none is secured (else at
 * least 1). A risk acceptance never adds to the score: an accepted gap is still a gap.
 * No applicable clause at all → score 0.
 *
 * **Blockers** (any one makes the deal *not ready*, whatever the score), listed in this order:
 * 1. `NO_APPLICABLE_CLAUSES` — the deal has no clause, or all are NOT_APPLICABLE: nothing has been
 *    negotiated, so there is nothing a CIO could sign off.
 * 2. `BELOW_WALK_AWAY` — a clause at BELOW_WALK_AWAY without `riskAccepted`.
 * 3. `MUST_HAVE_OPEN` — a MUST_HAVE-priority clause not at MUST_HAVE_MET or FALLBACK_ACCEPTED,
 *    without `riskAccepted` (a CIO can accept a gap clause by clause). NOT_APPLICABLE clauses are
 *    never blockers. A clause that is already a BELOW_WALK_AWAY blocker is not listed again here.
 * 4. `NEEDS_RECHECK` — a clause at MUST_HAVE_MET or FALLBACK_ACCEPTED flagged `needsRecheck`: a
 *    playbook upgrade changed its positions after it was settled, so "met" was judged against
 *    positions that no longer hold. It blocks until someone saves the clause again or confirms it
 *    still holds. An unsettled flagged clause is not listed: it is not counted as secured anyway.
 * 5. `SCENARIO_UNCOVERED` — a failure scenario that is not covered (see below).
 * 6. `LICENCE_FINDING` — a blocking finding about the deal's base-model licence (e.g. expected users
 *    above the licence's threshold) that a CIO has not accepted in writing, in the order given. The
 *    message names the finding; the score does not move (the licence is not a clause).
 * Within each kind, blockers follow the input order of clauses / scenarios.
 *
 * **Scenario coverage**: the defending clauses of a scenario are those of its `defendedBy` keys that
 * are present in the deal and not NOT_APPLICABLE. A defending clause is *missing* when it is neither
 * at MUST_HAVE_MET / FALLBACK_ACCEPTED nor risk-accepted. The scenario is `covered` when nothing is
 * missing (so vacuously when no defending clause applies); it is covered with `acceptedRisk` when at
 * least one defending clause is unsecured but risk-accepted. An uncovered scenario's message reads
 * `${ifUncovered} ${missing titles, "A, B and C"} is/are still open.`
 *
 * **Sections**: for each of the seven layers (LAYER_KEYS order, including empty ones) the score of
 * that layer's clauses, with the same weighting and rounding.
 *
 * `ready` = there are no blockers.
 */
export function computeReadiness(input: ReadinessInput): Readiness {
  const { clauses, scenarios } = input;
  const { score, applicable } = weightedScore(clauses);

  const byKey = new Map<string, ReadinessClause>();
  for (const clause of clauses) if (!byKey.has(clause.clauseKey)) byKey.set(clause.clauseKey, clause);

  const blockers: Blocker[] = [];
  if (applicable === 0) {
    blockers.push({
      kind: "NO_APPLICABLE_CLAUSES",
      message: "Nothing has been negotiated yet: this deal has no applicable clauses, so there is nothing to sign off.",
    });
  }
  for (const clause of clauses) {
    if (clause.status === "BELOW_WALK_AWAY" && !clause.riskAccepted) {
      blockers.push({
        kind: "BELOW_WALK_AWAY",
        clauseKey: clause.clauseKey,
        message: `${clause.title} is below the walk-away line: the vendor's terms are worse than what we said we would never accept. Renegotiate, walk away, or accept the risk in writing.`,
      });
    }
  }
  for (const clause of clauses) {
    if (
      clause.priority === "MUST_HAVE" &&
      clause.status !== "NOT_APPLICABLE" &&
      clause.status !== "BELOW_WALK_AWAY" &&
      !isSettled(clause.status) &&
      !clause.riskAccepted
    ) {
      blockers.push({
        kind: "MUST_HAVE_OPEN",
        clauseKey: clause.clauseKey,
        message: `${clause.title} is a must-have and is not secured yet (${CLAUSE_STATUS_LABEL[clause.status].toLowerCase()}). Get the vendor to our must-have or fallback position, or accept the risk in writing.`,
      });
    }
  }

  for (const clause of clauses) {
    if (clause.needsRecheck && isSettled(clause.status)) {
      const what = clause.recheckReason ? `${clause.recheckReason}: ` : "Its positions changed in a newer playbook version: ";
      blockers.push({
        kind: "NEEDS_RECHECK",
        clauseKey: clause.clauseKey,
        message: `${clause.title} needs a re-check. ${what}check that what was agreed still meets the new position, then save the clause or confirm it still holds.`,
      });
    }
  }

  const coverage = scenarios.map((scenario) => scenarioCoverage(scenario, byKey));
  for (const c of coverage) {
    if (!c.covered) blockers.push({ kind: "SCENARIO_UNCOVERED", scenarioKey: c.key, message: c.message });
  }
  for (const finding of input.licenceFindings ?? []) {
    blockers.push({
      kind: "LICENCE_FINDING",
      findingKey: finding.key,
      message: `Base-model licence: ${finding.title}. ${finding.message} Resolve it, or have a CIO accept it in writing.`,
    });
  }

  const sections: SectionScore[] = LAYER_KEYS.map((layerKey) => ({
    layerKey,
    ...weightedScore(clauses.filter((c) => c.layerKey === layerKey)),
  }));

  return { score, ready: blockers.length === 0, blockers, scenarios: coverage, sections };
}

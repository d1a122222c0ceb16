import { z } from "zod";
import { BASE_MODEL_LICENCE_TYPES, CLAUSE_STATUSES, HOSTING_MODELS, LAYER_KEYS, USE_CASE_CATEGORIES } from "./enums";
import type { ClauseStatus } from "./enums";
import { BLOCKER_KINDS, type Readiness } from "./readiness";

// What a CIO review freezes: the readiness at the moment of the decision, each clause as it stood,
// and the written risk acceptances the decision relied on. Stored as JSON on the review; this is the
// one schema that writes it (the review service, the deal generator) and reads it (the review page,
// the report, the approval check after every deal change).
//
// Snapshots written by earlier releases lack some fields (agreed language and contract section per
// clause, who accepted a risk). Every field therefore reads with a default, so an old or damaged
// snapshot degrades to what it does hold instead of failing the page that shows it.

const ZBlocker = z.object({
  kind: z.enum(BLOCKER_KINDS),
  clauseKey: z.string().optional(),
  scenarioKey: z.string().optional(),
  findingKey: z.string().optional(),
  message: z.string(),
});

const ZScenarioCoverage = z.object({
  key: z.string(),
  title: z.string(),
  covered: z.boolean(),
  acceptedRisk: z.boolean().catch(false),
  missing: z.array(z.object({ clauseKey: z.string(), title: z.string() })).catch([]),
  message: z.string().catch(""),
});

const ZSectionScore = z.object({ layerKey: z.enum(LAYER_KEYS), score: z.number(), applicable: z.number() });

const ZSnapshotClause = z.object({
  dealClauseId: z.string(),
  clauseKey: z.string(),
  title: z.string(),
  status: z.enum(CLAUSE_STATUSES),
  version: z.number().int(),
  /** Absent in snapshots written before agreed terms were frozen: such a snapshot cannot tell a terms change. */
  agreedLanguage: z.string().optional(),
  contractReference: z.string().optional(),
});

const ZSnapshotRiskAcceptance = z.object({
  dealClauseId: z.string(),
  clauseKey: z.string(),
  rationale: z.string(),
  acceptedById: z.string().optional(),
});

/** A base-model licence finding as the decision saw it, and its written acceptance if it had one. */
const ZSnapshotLicenceFinding = z.object({
  key: z.string(),
  severity: z.enum(["BLOCKING", "WARNING", "INFO"]),
  title: z.string(),
  message: z.string().catch(""),
});

const ZSnapshotLicenceAcceptance = z.object({
  findingKey: z.string(),
  rationale: z.string(),
  acceptedById: z.string().optional(),
});

/** The deal facts an approval relies on besides its clauses: who builds the model, on what, for how much. */
const ZDealFacts = z.object({
  vendor: z.string(),
  hostingModel: z.enum(HOSTING_MODELS),
  baseModel: z.string(),
  baseModelLicence: z.string(),
  /** Absent in snapshots written before these facts existed: such a snapshot cannot tell their change. */
  baseModelLicenceType: z.enum(BASE_MODEL_LICENCE_TYPES).optional(),
  regulatedSector: z.boolean().optional(),
  /** The licence facts findings are derived from (lib/licences/findings.ts); absent in snapshots written before them. */
  baseModelLicenceKey: z.string().nullable().optional(),
  expectedMonthlyUsers: z.number().int().nullable().optional(),
  useCaseCategory: z.enum(USE_CASE_CATEGORIES).optional(),
  /** Minor units, as text (JSON has no BigInt). */
  contractValueMinor: z.string(),
  currency: z.string(),
});

export const ZReviewSnapshot = z.object({
  score: z.number().catch(0),
  ready: z.boolean().catch(false),
  blockers: z.array(ZBlocker).catch([]),
  scenarios: z.array(ZScenarioCoverage).catch([]),
  sections: z.array(ZSectionScore).catch([]),
  takenAt: z.string().catch(""),
  clauses: z.array(ZSnapshotClause).catch([]),
  acceptedRisks: z.array(ZSnapshotRiskAcceptance).catch([]),
  /** Absent in snapshots written before deal facts were frozen: such a snapshot cannot tell a fact change. */
  deal: ZDealFacts.optional().catch(undefined),
  /** The playbook version the deal followed. Absent in snapshots written before deals could be upgraded. */
  playbookId: z.string().optional().catch(undefined),
  /** The base-model licence findings and their written acceptances at the decision (absent before licence findings existed). */
  licenceFindings: z.array(ZSnapshotLicenceFinding).catch([]),
  licenceAcceptances: z.array(ZSnapshotLicenceAcceptance).catch([]),
});

export type ReviewSnapshot = z.output<typeof ZReviewSnapshot>;
export type SnapshotClause = z.output<typeof ZSnapshotClause>;
export type SnapshotRiskAcceptance = z.output<typeof ZSnapshotRiskAcceptance>;
export type SnapshotLicenceFinding = z.output<typeof ZSnapshotLicenceFinding>;
export type SnapshotLicenceAcceptance = z.output<typeof ZSnapshotLicenceAcceptance>;
export type DealFacts = z.output<typeof ZDealFacts>;
export type DealFact = keyof DealFacts;

/** Reads a stored snapshot, whatever release wrote it (never throws). */
export function parseReviewSnapshot(json: unknown): ReviewSnapshot {
  const parsed = ZReviewSnapshot.safeParse(json ?? {});
  return parsed.success ? parsed.data : ZReviewSnapshot.parse({});
}

/** The one way a snapshot is made: the readiness as computed, the clauses and the active acceptances. */
export function buildReviewSnapshot(input: {
  readiness: Readiness;
  takenAt: Date;
  clauses: readonly SnapshotClause[];
  acceptedRisks: readonly SnapshotRiskAcceptance[];
  deal: DealFacts;
  playbookId?: string;
  licenceFindings?: readonly SnapshotLicenceFinding[];
  licenceAcceptances?: readonly SnapshotLicenceAcceptance[];
}): ReviewSnapshot {
  const { score, ready, blockers, scenarios, sections } = input.readiness;
  return ZReviewSnapshot.parse({
    score,
    ready,
    blockers,
    scenarios,
    sections,
    takenAt: input.takenAt.toISOString(),
    clauses: input.clauses,
    acceptedRisks: input.acceptedRisks,
    deal: input.deal,
    playbookId: input.playbookId,
    licenceFindings: input.licenceFindings ?? [],
    licenceAcceptances: input.licenceAcceptances ?? [],
  });
}

/** A deal's facts as the snapshot records them, from a deal row. */
export function dealFactsOf(deal: {
  vendor: string;
  hostingModel: string;
  baseModel: string;
  baseModelLicence: string;
  baseModelLicenceType: string;
  regulatedSector: boolean;
  baseModelLicenceKey: string | null;
  expectedMonthlyUsers: number | null;
  useCaseCategory: string;
  contractValueMinor: bigint | string;
  currency: string;
}): DealFacts {
  return {
    vendor: deal.vendor,
    hostingModel: deal.hostingModel as DealFacts["hostingModel"],
    baseModel: deal.baseModel,
    baseModelLicence: deal.baseModelLicence,
    baseModelLicenceType: deal.baseModelLicenceType as DealFacts["baseModelLicenceType"],
    regulatedSector: deal.regulatedSector,
    baseModelLicenceKey: deal.baseModelLicenceKey,
    expectedMonthlyUsers: deal.expectedMonthlyUsers,
    useCaseCategory: deal.useCaseCategory as DealFacts["useCaseCategory"],
    contractValueMinor: deal.contractValueMinor.toString(),
    currency: deal.currency,
  };
}

export interface FactChange {
  fact: DealFact;
  from: DealFacts[DealFact];
  to: DealFacts[DealFact];
}

/** The deal facts that differ from the snapshot (none for a snapshot that did not record them). */
export function factChangesSince(snapshot: ReviewSnapshot, current: DealFacts): FactChange[] {
  const then = snapshot.deal;
  if (!then) return [];
  return (Object.keys(then) as DealFact[]).filter((fact) => then[fact] !== current[fact]).map((fact) => ({ fact, from: then[fact], to: current[fact] }));
}

/** A clause as it stands now, for comparison with what an approval relied on. */
export interface CurrentClauseTerms {
  dealClauseId: string;
  status: ClauseStatus;
  agreedLanguage: string;
  contractReference: string;
}

export interface ClauseChange {
  clauseKey: string;
  title: string;
  from: ClauseStatus;
  to: ClauseStatus;
}

/**
 * The clauses whose status, agreed language or contract section differ from the snapshot (notes do
 * not count: an approval relies on what the contract will say). A term the snapshot did not record
 * cannot have changed as far as it can tell.
 */
export function clauseChangesSince(snapshot: ReviewSnapshot, current: readonly CurrentClauseTerms[]): ClauseChange[] {
  const now = new Map(current.map((c) => [c.dealClauseId, c]));
  return snapshot.clauses.flatMap((then) => {
    const cur = now.get(then.dealClauseId);
    if (!cur) return [];
    const changed =
      cur.status !== then.status ||
      (then.agreedLanguage !== undefined && cur.agreedLanguage !== then.agreedLanguage) ||
      (then.contractReference !== undefined && cur.contractReference !== then.contractReference);
    return changed ? [{ clauseKey: then.clauseKey, title: then.title, from: then.status, to: cur.status }] : [];
  });
}

/** The deal as it is now, for the approval check. */
export interface CurrentDeal {
  facts: DealFacts;
  /** The playbook version the deal follows now. */
  playbookId: string;
  /** The deal's active (not retired) clauses. */
  clauses: readonly CurrentClauseTerms[];
  /** Deal clause ids with a risk acceptance in force. */
  acceptedClauseIds: ReadonlySet<string>;
  /** Keys of the licence findings with a written acceptance in force. */
  acceptedLicenceKeys: ReadonlySet<string>;
}

/**
 * Whether the deal's checklist is another set of clauses than the one approved: a clause added or
 * retired since (a playbook upgrade, a deal-specific clause). A snapshot without clauses cannot tell.
 */
export function clauseSetChangedSince(snapshot: ReviewSnapshot, current: readonly CurrentClauseTerms[]): boolean {
  if (!snapshot.clauses.length) return false;
  const then = new Set(snapshot.clauses.map((c) => c.dealClauseId));
  return current.length !== then.size || current.some((c) => !then.has(c.dealClauseId));
}

/**
 * Whether an approval still stands on the deal as it is now: the deal follows the same playbook
 * version (an upgrade always changes the basis, even when no clause status moved), no deal fact
 * changed, the checklist holds the same clauses, none of them changed, and every risk acceptance and
 * licence-finding acceptance it relied on is still in force.
 */
export function approvalStillHolds(snapshot: ReviewSnapshot, now: CurrentDeal): boolean {
  if (snapshot.playbookId !== undefined && snapshot.playbookId !== now.playbookId) return false;
  if (clauseSetChangedSince(snapshot, now.clauses)) return false;
  if (factChangesSince(snapshot, now.facts).length || clauseChangesSince(snapshot, now.clauses).length) return false;
  if (!snapshot.licenceAcceptances.every((a) => now.acceptedLicenceKeys.has(a.findingKey))) return false;
  return snapshot.acceptedRisks.every((a) => now.acceptedClauseIds.has(a.dealClauseId));
}

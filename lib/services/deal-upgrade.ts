import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { ClauseStatus, HostingModel, LayerKey, Priority } from "@/lib/domain/enums";
import { computeReadiness, type Readiness } from "@/lib/domain/readiness";
import type { BaseModelLicenceType } from "@/lib/playbook/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { readPlaybookDocument } from "@/lib/playbook/store";
import { planUpgrade, plannedReadinessInput, type UpgradeDealItem, type UpgradePlan } from "@/lib/playbook/upgrade-plan";
import type { TConfirmClauseStillHolds, TUpgradeDeal } from "@/lib/validation/deal-upgrade";
import { requireDeal, requireDealClause, requirePermission } from "./access";
import { applyApplicabilityRules, ruleChangesAudit } from "./applicability";
import { afterDealChange, beginDealChange } from "./deal-changes";
import { currentPlaybook } from "./playbook-draft";
import { readinessFor } from "./readiness";

type Tx = Prisma.TransactionClient;

// Moving one deal from the playbook version it follows to the organisation's current version
// (lib/playbook/upgrade-plan.ts decides what happens to each clause and process step).
//
// Who may upgrade: the roles that may change a deal (`deal:update`: admins and negotiators). The
// issue says "a deal's owner … can upgrade"; an owner is normally the negotiator running the deal,
// and one whose role may not change deals (a viewer, a manager) may not upgrade either: the role
// table stays the one place that grants writes. Everyone who can read the deal sees the preview.
// A closed deal (signed or walked away from) is not upgraded: its checklist records the positions it
// was closed under.

const CLOSED_STAGES = ["SIGNED", "WALKED_AWAY"];

export interface PlaybookVersionInfo {
  version: number;
  publishedAt: string;
  changeSummary: string;
  publishedBy: string | null;
}

/** The current version when the deal follows an older one (for the "a newer playbook exists" notice), else null. */
export async function getNewerPlaybook(actor: Actor, dealId: string): Promise<(PlaybookVersionInfo & { dealVersion: number }) | null> {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const deal = await requireDeal(db, actor, dealId);
  if (CLOSED_STAGES.includes(deal.stage)) return null;
  const [followed, current] = await Promise.all([
    db.playbook.findUniqueOrThrow({ where: { id: deal.playbookId }, select: { version: true } }),
    db.playbook.findFirst({ where: { organizationId: actor.organizationId, isCurrent: true }, include: { publishedBy: { select: { name: true } } } }),
  ]);
  if (!current || current.id === deal.playbookId || current.version <= followed.version) return null;
  return { ...versionInfo(current), dealVersion: followed.version };
}

function versionInfo(p: { version: number; createdAt: Date; changeSummary: string; publishedBy: { name: string } | null }): PlaybookVersionInfo {
  return { version: p.version, publishedAt: p.createdAt.toISOString(), changeSummary: p.changeSummary, publishedBy: p.publishedBy?.name ?? null };
}

export interface DealUpgradePreview {
  deal: { id: string; name: string; vendor: string; version: number; archived: boolean; closed: boolean };
  from: { version: number };
  to: PlaybookVersionInfo;
  plan: UpgradePlan;
  before: Readiness;
  after: Readiness;
}

/** What upgrading the deal to the current version would do, and its readiness now and after. Null: already current. */
export async function previewDealUpgrade(actor: Actor, dealId: string): Promise<DealUpgradePreview | null> {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const deal = await requireDeal(db, actor, dealId);
  const current = await db.playbook.findFirst({
    where: { organizationId: actor.organizationId, isCurrent: true },
    include: { publishedBy: { select: { name: true } } },
  });
  if (!current || current.id === deal.playbookId) return null;
  const { plan, items, fromVersion, toDoc } = await planFor(db, deal, current);
  const before = await readinessFor(db, actor, deal.id);
  const after = computeReadiness(plannedReadinessInput(plan, toDoc, items, ruleFacts(deal)));
  return {
    deal: {
      id: deal.id,
      name: deal.name,
      vendor: deal.vendor,
      version: deal.version,
      archived: deal.archivedAt !== null,
      closed: CLOSED_STAGES.includes(deal.stage),
    },
    from: { version: fromVersion },
    to: versionInfo(current),
    plan,
    before: { score: before.score, ready: before.ready, blockers: before.blockers, scenarios: before.scenarios, sections: before.sections },
    after,
  };
}

type DealRow = Awaited<ReturnType<typeof requireDeal>>;

function ruleFacts(deal: DealRow) {
  return {
    hostingModel: deal.hostingModel as HostingModel,
    modelKind: deal.modelKind,
    baseModelLicenceType: deal.baseModelLicenceType as BaseModelLicenceType,
    regulatedSector: deal.regulatedSector,
    contractValueMinor: deal.contractValueMinor,
  };
}

/** The deal's active items and process steps, both playbook documents, and the plan between them. */
async function planFor(tx: Tx, deal: DealRow, to: { id: string; version: number }) {
  const [from, fromDoc, toDoc, rows, steps, acceptances] = await Promise.all([
    tx.playbook.findUniqueOrThrow({ where: { id: deal.playbookId }, select: { version: true } }),
    readPlaybookDocument(tx, deal.playbookId),
    readPlaybookDocument(tx, to.id),
    tx.dealClause.findMany({
      where: { dealId: deal.id, retiredAt: null },
      include: {
        clause: { select: { key: true, title: true, dealId: true, position: true, layer: { select: { key: true } } } },
        _count: { select: { responses: true } },
      },
      orderBy: { clause: { position: "asc" } },
    }),
    tx.dealRecommendation.findMany({ where: { dealId: deal.id }, include: { recommendation: { select: { key: true } } } }),
    tx.riskAcceptance.findMany({ where: { dealId: deal.id, revokedAt: null }, select: { dealClauseId: true } }),
  ]);
  const accepted = new Set(acceptances.map((a) => a.dealClauseId));
  const items: (UpgradeDealItem & { id: string })[] = rows.map((r) => ({
    id: r.id,
    clauseKey: r.clause.key,
    title: r.clause.title,
    section: r.clause.layer.key as LayerKey,
    status: r.status as ClauseStatus,
    priority: r.priority as Priority,
    agreedLanguage: r.agreedLanguage,
    contractReference: r.contractReference,
    responseCount: r._count.responses,
    riskAccepted: accepted.has(r.id),
    dealSpecific: r.clause.dealId !== null,
    ruleOverridden: r.ruleOverrideReason !== null,
    statusBeforeRule: r.statusBeforeRule as ClauseStatus | null,
    recheckReason: r.recheckReason,
  }));
  const stepRows = steps.map((s) => ({ id: s.id, key: s.recommendation.key, done: s.done, note: s.note }));
  const plan = planUpgrade(fromDoc, toDoc, { items, steps: stepRows }, to.version);
  return { plan, items, steps: stepRows, fromVersion: from.version, toDoc };
}

function staleDeal(currentVersion: number) {
  return new AppError("CONFLICT", "Someone else changed this deal after you opened the preview. Nothing was upgraded; preview again.", undefined, {
    currentVersion,
  });
}

/**
 * Upgrades the deal to the organisation's current playbook version, in one transaction: kept and
 * re-check items follow the new version's clauses (re-check ones flagged with what changed), new
 * clauses are added open, retired ones keep their history read-only, deal-specific clauses and
 * process steps move along, the applicability rules of the new version are applied, and the
 * after-change step recomputes readiness and makes a standing approval stale.
 */
export async function upgradeDeal(actor: Actor, input: TUpgradeDeal) {
  requirePermission(actor, "deal:update");
  return getDb().$transaction(async (tx) => {
    const deal = await beginDealChange(tx, actor, { dealId: input.dealId });
    if (deal.version !== input.version) throw staleDeal(deal.version);
    if (CLOSED_STAGES.includes(deal.stage)) {
      throw new AppError("CONFLICT", "This deal is closed: its checklist stays on the playbook version it was closed under. Nothing was upgraded.");
    }
    const current = await currentPlaybook(tx, actor.organizationId);
    if (current.id === deal.playbookId) throw new AppError("CONFLICT", `This deal already follows the current playbook (version ${current.version}).`);
    if (current.version !== input.toVersion) {
      throw new AppError(
        "CONFLICT",
        `Version ${input.toVersion} is not the current playbook version any more: version ${current.version} was published since. Nothing was upgraded; preview again.`,
      );
    }
    const { plan, items, steps, fromVersion } = await planFor(tx, deal, current);
    if (plan.keyConflicts.length) {
      throw new AppError(
        "CONFLICT",
        `Version ${current.version} has a playbook clause with the same key as this deal's own clause ${plan.keyConflicts.map((k) => `"${k}"`).join(", ")}. Nothing was upgraded.`,
      );
    }
    const [layers, clauses, recommendations] = await Promise.all([
      tx.layer.findMany({ where: { playbookId: current.id }, select: { id: true, key: true } }),
      tx.clause.findMany({ where: { playbookId: current.id, dealId: null }, select: { id: true, key: true, priority: true } }),
      tx.recommendation.findMany({ where: { playbookId: current.id }, select: { id: true, key: true } }),
    ]);
    const layerId = new Map(layers.map((l) => [l.key, l.id]));
    const clauseOf = new Map(clauses.map((c) => [c.key, c]));
    const recommendationId = new Map(recommendations.map((r) => [r.key, r.id]));
    const itemOf = new Map(items.filter((i) => !i.dealSpecific).map((i) => [i.clauseKey, i]));
    const now = new Date();

    for (const c of plan.clauses) {
      const target = clauseOf.get(c.clauseKey);
      const item = itemOf.get(c.clauseKey);
      if (c.outcome === "KEEP" || c.outcome === "RECHECK") {
        await tx.dealClause.update({
          where: { id: item!.id },
          data: {
            clauseId: target!.id,
            priority: target!.priority,
            recheckReason: c.recheckReason,
            // An editor opened on the old positions must not save over the re-check.
            ...(c.outcome === "RECHECK" ? { version: { increment: 1 } } : {}),
          },
        });
      }
    }
    const added = plan.clauses.filter((c) => c.outcome === "NEW");
    if (added.length) {
      await tx.dealClause.createMany({
        data: added.map((c) => ({ dealId: deal.id, clauseId: clauseOf.get(c.clauseKey)!.id, priority: clauseOf.get(c.clauseKey)!.priority })),
      });
    }
    const retired = plan.clauses.filter((c) => c.outcome === "RETIRED");
    if (retired.length) {
      await tx.dealClause.updateMany({ where: { id: { in: retired.map((c) => itemOf.get(c.clauseKey)!.id) } }, data: { retiredAt: now } });
    }
    // The deal's own clauses belong to no version: they follow the deal to the new one's sections.
    const own = await tx.clause.findMany({ where: { dealId: deal.id }, select: { id: true, layer: { select: { key: true } } } });
    for (const clause of own) {
      await tx.clause.update({ where: { id: clause.id }, data: { playbookId: current.id, layerId: layerId.get(clause.layer.key)! } });
    }

    const stepOf = new Map(steps.map((s) => [s.key, s]));
    for (const s of plan.steps) {
      if (s.outcome === "KEEP")
        await tx.dealRecommendation.update({ where: { id: stepOf.get(s.key)!.id }, data: { recommendationId: recommendationId.get(s.key)! } });
    }
    const newSteps = plan.steps.filter((s) => s.outcome === "NEW");
    if (newSteps.length)
      await tx.dealRecommendation.createMany({ data: newSteps.map((s) => ({ dealId: deal.id, recommendationId: recommendationId.get(s.key)! })) });
    const retiredSteps = plan.steps.filter((s) => s.outcome === "RETIRED");
    if (retiredSteps.length) await tx.dealRecommendation.deleteMany({ where: { id: { in: retiredSteps.map((s) => stepOf.get(s.key)!.id) } } });

    await tx.deal.update({ where: { id: deal.id }, data: { playbookId: current.id, version: { increment: 1 } } });
    const ruleChanges = await applyApplicabilityRules(tx, [deal.id]);
    const keysOf = (outcome: string) => plan.clauses.filter((c) => c.outcome === outcome).map((c) => c.clauseKey);
    const { staleApprovalId } = await afterDealChange(tx, actor, deal.id, {
      entityType: "Deal",
      entityId: deal.id,
      action: "deal.playbook-upgraded",
      before: { playbookVersion: fromVersion },
      after: {
        fromVersion,
        toVersion: current.version,
        ...plan.counts,
        recheckClauses: plan.clauses.filter((c) => c.outcome === "RECHECK").map((c) => ({ clause: c.clauseKey, reason: c.recheckReason })),
        addedClauses: keysOf("NEW"),
        retiredClauses: keysOf("RETIRED"),
        addedSteps: newSteps.map((s) => s.key),
        // Dropped from the deal's checklist: what they held is kept here.
        retiredSteps: retiredSteps.map((s) => ({ step: s.key, done: s.done, note: s.note })),
        ...ruleChangesAudit(ruleChanges),
      },
    });
    const after = await tx.deal.findUniqueOrThrow({ where: { id: deal.id }, select: { version: true, stage: true } });
    return { dealId: deal.id, version: after.version, toVersion: current.version, counts: plan.counts, approvalMadeStale: staleApprovalId !== null };
  });
}

/**
 * "Still holds": after a look at the new positions, a person confirms that what was agreed on a
 * clause flagged for re-check still meets them. Clears the flag (an audited change of the clause).
 */
export async function confirmClauseStillHolds(actor: Actor, input: TConfirmClauseStillHolds) {
  requirePermission(actor, "clause:update");
  return getDb().$transaction(async (tx) => {
    await beginDealChange(tx, actor, { dealClauseId: input.dealClauseId });
    const before = await requireDealClause(tx, actor, input.dealClauseId);
    if (before.retiredAt) throw retiredClause();
    if (before.recheckReason === null) throw new AppError("CONFLICT", "This clause is not flagged for re-check (someone may have cleared it already).");
    const { count } = await tx.dealClause.updateMany({
      where: { id: before.id, version: input.version },
      data: { recheckReason: null, updatedById: actor.userId, version: { increment: 1 } },
    });
    if (count !== 1)
      throw new AppError("CONFLICT", "Someone else saved this clause after you opened it. Reload it, look at the new positions again, then confirm.");
    await afterDealChange(tx, actor, before.dealId, {
      entityType: "DealClause",
      entityId: before.id,
      action: "clause.recheck-confirmed",
      before: { clause: before.clause.key, status: before.status, recheckReason: before.recheckReason },
      after: { clause: before.clause.key, status: before.status, recheckReason: null },
    });
    return { id: before.id, version: before.version + 1 };
  });
}

/** The refusal for any change of a clause a playbook upgrade retired. */
export function retiredClause() {
  return new AppError(
    "CONFLICT",
    "This clause was retired from the playbook when the deal was upgraded: it is kept read-only for the deal's history and cannot be changed.",
  );
}

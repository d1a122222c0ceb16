import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { isSettled } from "@/lib/domain/clause-status";
import type { ClauseStatus, DealStage, LayerKey, Priority, ReviewDecision } from "@/lib/domain/enums";
import {
  buildReviewSnapshot,
  clauseChangesSince,
  dealFactsOf,
  factChangesSince,
  parseReviewSnapshot,
  type ClauseChange,
  type ReviewSnapshot,
} from "@/lib/domain/review-snapshot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEAL_FACT_LABEL, formatDealFact } from "@/lib/format/deal-labels";
import { AppError, invalidField, notFound } from "@/lib/errors";
import type { TAcceptRisk, TDecideReview, TRevokeRisk } from "@/lib/validation/review";
import { requireDeal, requirePermission } from "./access";
import { afterDealChange, beginDealChange } from "./deal-changes";
import { retiredClause } from "./deal-upgrade";
import { getDealReadiness, readinessFor } from "./readiness";

type Tx = Prisma.TransactionClient;

export interface GapDto {
  dealClauseId: string;
  clauseKey: string;
  title: string;
  layerKey: LayerKey;
  /** The priority that counts on this deal (possibly raised by a rule). */
  priority: Priority;
  raisedByRule: boolean;
  dealOnly: boolean;
  status: ClauseStatus;
  blocking: boolean;
  acceptance: { id: string; rationale: string; acceptedBy: string; createdAt: string } | null;
}

/** A must-have clause settled without the agreed language or the contract section that prove it (settled before evidence was required). */
export interface LegacyGapDto {
  dealClauseId: string;
  title: string;
  status: ClauseStatus;
  missing: ("agreedLanguage" | "contractReference")[];
}

export interface ReviewDto {
  id: string;
  decision: ReviewDecision;
  comment: string;
  reviewer: string;
  createdAt: string;
  staleAt: string | null;
  snapshot: ReviewSnapshot;
  acceptedRisks: { clauseTitle: string; rationale: string }[];
  /** For an approval: the clauses whose status or terms changed since it was given. */
  changedSince: ClauseChange[];
  /** For an approval: the deal facts it relied on that changed since, as a person reads them. */
  factChanges: { label: string; from: string; to: string }[];
}

async function snapshotOf(tx: Tx, actor: Actor, deal: Parameters<typeof dealFactsOf>[0] & { id: string; playbookId: string }): Promise<ReviewSnapshot> {
  const dealId = deal.id;
  const readiness = await readinessFor(tx, actor, dealId);
  const [clauses, acceptances] = await Promise.all([
    tx.dealClause.findMany({
      where: { dealId, retiredAt: null },
      select: {
        id: true,
        status: true,
        version: true,
        agreedLanguage: true,
        contractReference: true,
        clause: { select: { key: true, title: true, position: true } },
      },
      orderBy: { clause: { position: "asc" } },
    }),
    tx.riskAcceptance.findMany({ where: { dealId, revokedAt: null }, include: { dealClause: { select: { clause: { select: { key: true } } } } } }),
  ]);
  return buildReviewSnapshot({
    readiness,
    takenAt: new Date(),
    clauses: clauses.map((c) => ({
      dealClauseId: c.id,
      clauseKey: c.clause.key,
      title: c.clause.title,
      status: c.status as ClauseStatus,
      version: c.version,
      agreedLanguage: c.agreedLanguage,
      contractReference: c.contractReference,
    })),
    acceptedRisks: acceptances.map((a) => ({
      dealClauseId: a.dealClauseId,
      clauseKey: a.dealClause.clause.key,
      rationale: a.rationale,
      acceptedById: a.acceptedById,
    })),
    deal: dealFactsOf(deal),
    playbookId: deal.playbookId,
  });
}

/** Everything the review page shows: readiness now, the gaps a CIO may accept, and the review history. */
export async function getReviewPage(actor: Actor, dealId: string) {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const deal = await requireDeal(db, actor, dealId);
  const [readiness, clauses, acceptances, reviews] = await Promise.all([
    getDealReadiness(actor, deal.id),
    db.dealClause.findMany({
      where: { dealId: deal.id, retiredAt: null },
      select: {
        id: true,
        status: true,
        priority: true,
        agreedLanguage: true,
        contractReference: true,
        clause: { select: { key: true, title: true, priority: true, position: true, dealId: true, layer: { select: { key: true } } } },
      },
      orderBy: { clause: { position: "asc" } },
    }),
    db.riskAcceptance.findMany({
      where: { dealId: deal.id, revokedAt: null },
      orderBy: { createdAt: "desc" },
      include: { acceptedBy: { select: { name: true } } },
    }),
    // The accepted risks a review shows come from its snapshot, not from its linked acceptances.
    db.review.findMany({ where: { dealId: deal.id }, orderBy: { createdAt: "desc" }, include: { reviewer: { select: { name: true } } } }),
  ]);
  const blockingKeys = new Set(readiness.blockers.map((b) => b.clauseKey).filter(Boolean));
  const uncoveredDefenders = new Set(readiness.scenarios.flatMap((s) => s.missing.map((m) => m.clauseKey)));
  const acceptanceByClause = new Map(acceptances.map((a) => [a.dealClauseId, a]));
  const gaps: GapDto[] = clauses
    .filter((c) => c.status !== "NOT_APPLICABLE" && !isSettled(c.status as ClauseStatus))
    .filter(
      (c) =>
        blockingKeys.has(c.clause.key) ||
        uncoveredDefenders.has(c.clause.key) ||
        acceptanceByClause.has(c.id) ||
        c.priority === "MUST_HAVE" ||
        c.status === "BELOW_WALK_AWAY",
    )
    .map((c) => {
      const a = acceptanceByClause.get(c.id);
      return {
        dealClauseId: c.id,
        clauseKey: c.clause.key,
        title: c.clause.title,
        layerKey: c.clause.layer.key as LayerKey,
        priority: c.priority as Priority,
        raisedByRule: c.priority !== c.clause.priority,
        dealOnly: c.clause.dealId !== null,
        status: c.status as ClauseStatus,
        blocking: blockingKeys.has(c.clause.key) || uncoveredDefenders.has(c.clause.key),
        acceptance: a ? { id: a.id, rationale: a.rationale, acceptedBy: a.acceptedBy.name, createdAt: a.createdAt.toISOString() } : null,
      };
    });
  const legacyGaps: LegacyGapDto[] = clauses.flatMap((c) => {
    if (c.priority !== "MUST_HAVE" || !isSettled(c.status as ClauseStatus)) return [];
    const missing = (["agreedLanguage", "contractReference"] as const).filter((field) => !c[field].trim());
    return missing.length ? [{ dealClauseId: c.id, title: c.clause.title, status: c.status as ClauseStatus, missing }] : [];
  });
  const currentFacts = dealFactsOf(deal);
  const playbookVersions = new Map(
    (await db.playbook.findMany({ where: { organizationId: actor.organizationId }, select: { id: true, version: true } })).map((p) => [p.id, p.version]),
  );
  const versionLabel = (playbookId: string) => (playbookVersions.has(playbookId) ? `version ${playbookVersions.get(playbookId)}` : "an earlier version");
  const current = clauses.map((c) => ({
    dealClauseId: c.id,
    status: c.status as ClauseStatus,
    agreedLanguage: c.agreedLanguage,
    contractReference: c.contractReference,
  }));
  const reviewDtos: ReviewDto[] = reviews.map((r) => {
    const snapshot = parseReviewSnapshot(r.snapshot);
    const changedSince = r.decision === "APPROVED" ? clauseChangesSince(snapshot, current) : [];
    const factChanges =
      r.decision === "APPROVED" && snapshot.deal
        ? factChangesSince(snapshot, currentFacts).map((c) => ({
            label: DEAL_FACT_LABEL[c.fact],
            from: formatDealFact(c.fact, snapshot.deal!),
            to: formatDealFact(c.fact, currentFacts),
          }))
        : [];
    // An upgrade since the approval: the playbook it was judged against is not the one the deal follows.
    if (r.decision === "APPROVED" && snapshot.playbookId && snapshot.playbookId !== deal.playbookId) {
      factChanges.push({ label: "Playbook version", from: versionLabel(snapshot.playbookId), to: versionLabel(deal.playbookId) });
    }
    return {
      id: r.id,
      decision: r.decision as ReviewDecision,
      comment: r.comment,
      reviewer: r.reviewer.name,
      createdAt: r.createdAt.toISOString(),
      staleAt: r.staleAt?.toISOString() ?? null,
      snapshot,
      // From the snapshot: the acceptances this decision relied on, even those first given for an earlier approval.
      acceptedRisks: (r.decision === "APPROVED" ? snapshot.acceptedRisks : []).map((a) => ({
        clauseTitle: snapshot.clauses.find((c) => c.dealClauseId === a.dealClauseId)?.title ?? a.clauseKey,
        rationale: a.rationale,
      })),
      changedSince,
      factChanges,
    };
  });
  return {
    deal: { id: deal.id, name: deal.name, vendor: deal.vendor, stage: deal.stage as DealStage, archived: deal.archivedAt !== null },
    readiness,
    gaps,
    legacyGaps,
    reviews: reviewDtos,
    canDecide: can(actor.role, "review:decide") && !deal.archivedAt,
  };
}

/** A CIO's written acceptance of one clause's gap. It lifts that clause's blocker, not its score. */
export async function acceptRisk(actor: Actor, input: TAcceptRisk) {
  requirePermission(actor, "risk:accept");
  return getDb().$transaction(async (tx) => {
    const deal = await beginDealChange(tx, actor, { dealId: input.dealId });
    const dealClause = await tx.dealClause.findFirst({ where: { id: input.dealClauseId, dealId: deal.id }, include: { clause: { select: { key: true } } } });
    if (!dealClause) throw notFound("The clause");
    if (dealClause.retiredAt) throw retiredClause();
    if (dealClause.status === "NOT_APPLICABLE" || isSettled(dealClause.status as ClauseStatus)) {
      throw invalidField("dealClauseId", "This clause is not a gap: it is settled or not applicable.");
    }
    const existing = await tx.riskAcceptance.findFirst({ where: { dealClauseId: dealClause.id, revokedAt: null } });
    if (existing) throw new AppError("CONFLICT", "A risk acceptance for this clause is already on record.");
    const acceptance = await tx.riskAcceptance.create({
      data: { dealId: deal.id, dealClauseId: dealClause.id, acceptedById: actor.userId, rationale: input.rationale },
    });
    await afterDealChange(tx, actor, deal.id, {
      entityType: "RiskAcceptance",
      entityId: acceptance.id,
      action: "risk.accepted",
      after: { clause: dealClause.clause.key, status: dealClause.status, rationale: input.rationale },
    });
    return { id: acceptance.id };
  });
}

export async function revokeRisk(actor: Actor, input: TRevokeRisk) {
  requirePermission(actor, "risk:accept");
  return getDb().$transaction(async (tx) => {
    const deal = await beginDealChange(tx, actor, { dealId: input.dealId });
    const acceptance = await tx.riskAcceptance.findFirst({
      where: { id: input.riskAcceptanceId, dealId: deal.id, revokedAt: null },
      include: { dealClause: { select: { clause: { select: { key: true } } } } },
    });
    if (!acceptance) throw notFound("The risk acceptance");
    await tx.riskAcceptance.update({ where: { id: acceptance.id }, data: { revokedAt: new Date() } });
    await afterDealChange(tx, actor, deal.id, {
      entityType: "RiskAcceptance",
      entityId: acceptance.id,
      action: "risk.revoked",
      before: { clause: acceptance.dealClause.clause.key, rationale: acceptance.rationale },
      after: { revoked: true },
    });
    return { id: acceptance.id };
  });
}

/**
 * Approve (refused while blockers remain: each gap needs a written risk acceptance) or request
 * changes. Either way the readiness at this moment is frozen into the review.
 */
export async function decideReview(actor: Actor, input: TDecideReview) {
  requirePermission(actor, "review:decide");
  return getDb().$transaction(async (tx) => {
    const deal = await beginDealChange(tx, actor, { dealId: input.dealId });
    if (["SIGNED", "WALKED_AWAY"].includes(deal.stage)) throw new AppError("CONFLICT", "This deal is already closed; there is nothing left to review.");
    const snapshot = await snapshotOf(tx, actor, deal);
    if (input.decision === "APPROVED" && !snapshot.ready) {
      const count = snapshot.blockers.length;
      throw new AppError(
        "INVALID_INPUT",
        `Approval refused: ${count} blocker${count === 1 ? "" : "s"} remain. Resolve each one or record a risk acceptance for it.`,
        {
          decision: [
            `${count} blocker${count === 1 ? "" : "s"} remain: ${snapshot.blockers
              .map((b) => b.message)
              .slice(0, 3)
              .join(" ")}${count > 3 ? " …" : ""}`,
          ],
        },
        { blockers: snapshot.blockers },
      );
    }
    // A new decision supersedes any approval still standing.
    await tx.review.updateMany({ where: { dealId: deal.id, decision: "APPROVED", staleAt: null }, data: { staleAt: new Date() } });
    const review = await tx.review.create({
      data: { dealId: deal.id, reviewerId: actor.userId, decision: input.decision, comment: input.comment, snapshot: snapshot as Prisma.InputJsonValue },
    });
    if (input.decision === "APPROVED") {
      await tx.riskAcceptance.updateMany({ where: { dealId: deal.id, revokedAt: null, reviewId: null }, data: { reviewId: review.id } });
    }
    const stage: DealStage = input.decision === "APPROVED" ? "APPROVED" : "NEGOTIATING";
    await tx.deal.update({ where: { id: deal.id }, data: { stage, version: { increment: 1 } } });
    await afterDealChange(tx, actor, deal.id, {
      entityType: "Review",
      entityId: review.id,
      action: input.decision === "APPROVED" ? "review.approved" : "review.changes-requested",
      before: { stage: deal.stage },
      after: { stage, decision: input.decision, comment: input.comment, score: snapshot.score, acceptedRisks: snapshot.acceptedRisks.length },
    });
    return { id: review.id, stage };
  });
}

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
import { AppError, forbidden, invalidField, notFound } from "@/lib/errors";
import { approvalCountLabel, approvalState, type ApprovalState, type ApprovalWait } from "@/lib/domain/approval-policy";
import { notify } from "@/lib/notifications/notify";
import { activeMembersAmong, approverIds, memberIdsWithRole } from "@/lib/notifications/recipients";
import { isoDateInDays, RISK_REVIEW_DEFAULT_DAYS, type TAcceptRisk, type TDecideReview, type TRevokeRisk, type TSecondApproval } from "@/lib/validation/review";
import { requireDeal, requirePermission } from "./access";
import { afterDealChange, beginDealChange } from "./deal-changes";
import { retiredClause } from "./deal-upgrade";
import { reviewLink, submitterAndOwner } from "./review-recipients";
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
  acceptance: { id: string; rationale: string; acceptedBy: string; createdAt: string; owner: string | null; reviewOn: string | null } | null;
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
  /** Given as the approval policy's second approver rather than as a CIO. */
  secondApproval: boolean;
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
  const [clauses, acceptances, licenceAcceptances] = await Promise.all([
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
    tx.licenceFindingAcceptance.findMany({ where: { dealId, revokedAt: null }, select: { findingKey: true, rationale: true, acceptedById: true } }),
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
    licenceFindings: readiness.licence.findings.map(({ key, severity, title, message }) => ({ key, severity, title, message })),
    licenceAcceptances,
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
      include: { acceptedBy: { select: { name: true } }, owner: { select: { name: true } } },
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
        acceptance: a
          ? {
              id: a.id,
              rationale: a.rationale,
              acceptedBy: a.acceptedBy.name,
              createdAt: a.createdAt.toISOString(),
              owner: a.owner?.name ?? null,
              reviewOn: a.reviewOn?.toISOString().slice(0, 10) ?? null,
            }
          : null,
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
      secondApproval: r.secondApproval,
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
  const approval = await approvalOverview(db, actor, deal, reviews, acceptances);
  const canDecide = can(actor.role, "review:decide") && !deal.archivedAt;
  return {
    deal: { id: deal.id, name: deal.name, vendor: deal.vendor, stage: deal.stage as DealStage, archived: deal.archivedAt !== null },
    readiness,
    gaps,
    legacyGaps,
    reviews: reviewDtos,
    approval,
    canDecide,
    canSecondApprove: approval.canSecondApprove && !deal.archivedAt,
    /** Who may own an accepted risk: the organisation's active members (the form defaults to the actor). */
    riskOwners: canDecide ? (await activeMembers(db, actor.organizationId)).map((m) => ({ userId: m.userId, name: m.user.name })) : [],
  };
}

export interface ApprovalOverview {
  requireSecondApproval: boolean;
  /** The approvals standing now, oldest first, each with the capacity it was given in. */
  approvers: { reviewId: string; name: string; secondApproval: boolean; createdAt: string }[];
  state: ApprovalState;
  /** "1 of 2 approvals". */
  label: string;
  /** Why the deal waits, in a sentence; null when nothing is missing. */
  waiting: string | null;
  /** The actor is a flagged approver and there is a CIO approval by someone else to second. */
  canSecondApprove: boolean;
}

/** The approval policy as it applies to the deal now: who approved, in what capacity, and what is still missing. */
async function approvalOverview(
  db: Tx,
  actor: Actor,
  deal: { id: string; stage: string },
  reviews: { id: string; decision: string; staleAt: Date | null; reviewerId: string; secondApproval: boolean; createdAt: Date; reviewer: { name: string } }[],
  acceptances: { acceptedById: string; acceptedBy: { name: string } }[],
): Promise<ApprovalOverview> {
  const [org, own] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { requireSecondApproval: true } }),
    db.membership.findUnique({ where: { userId_organizationId: { userId: actor.userId, organizationId: actor.organizationId } }, select: { approver: true } }),
  ]);
  const standing = reviews
    .filter((r) => r.decision === "APPROVED" && r.staleAt === null && (deal.stage === "CIO_REVIEW" || deal.stage === "APPROVED" || deal.stage === "SIGNED"))
    .reverse();
  const state = approvalState({
    requireSecondApproval: org.requireSecondApproval,
    approvals: standing,
    riskAcceptorIds: new Set(acceptances.map((a) => a.acceptedById)),
  });
  const first = standing.find((r) => !r.secondApproval);
  const acceptor = first && acceptances.find((a) => a.acceptedById === first.reviewerId);
  const waiting =
    deal.stage !== "CIO_REVIEW" || !first
      ? null
      : state.waitingFor === "SECOND_APPROVER"
        ? `Approved by ${first.reviewer.name}; waiting for a second approver. The organisation's policy asks for a second approval by another member flagged as approver.`
        : state.waitingFor === "ANOTHER_APPROVER"
          ? `Approved by ${first.reviewer.name}; waiting for another approver. ${acceptor?.acceptedBy.name ?? first.reviewer.name} accepted one of this deal's risks, and whoever accepted a risk may not be the deal's only approver: another CIO or admin, or a member flagged as approver, must approve too.`
          : null;
  return {
    requireSecondApproval: org.requireSecondApproval,
    approvers: standing.map((r) => ({ reviewId: r.id, name: r.reviewer.name, secondApproval: r.secondApproval, createdAt: r.createdAt.toISOString() })),
    state,
    label: approvalCountLabel(state),
    waiting,
    canSecondApprove:
      Boolean(own?.approver) && deal.stage === "CIO_REVIEW" && standing.some((r) => !r.secondApproval) && !standing.some((r) => r.reviewerId === actor.userId),
  };
}

async function activeMembers(db: Tx, organizationId: string) {
  return db.membership.findMany({
    where: { organizationId, disabledAt: null, user: { active: true } },
    select: { userId: true, user: { select: { name: true } } },
    orderBy: { user: { name: "asc" } },
  });
}

/** A CIO's written acceptance of one clause's gap. It lifts that clause's blocker, not its score. */
export async function acceptRisk(actor: Actor, input: Omit<TAcceptRisk, "ownerId" | "reviewOn"> & Partial<Pick<TAcceptRisk, "ownerId" | "reviewOn">>) {
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
    const ownerId = input.ownerId ?? actor.userId;
    if (ownerId !== actor.userId) {
      const [owner] = await activeMembersAmong(tx, actor.organizationId, [ownerId]);
      if (!owner) throw invalidField("ownerId", "Choose a member of this organisation as the owner.");
    }
    const reviewOn = input.reviewOn ?? new Date(`${isoDateInDays(RISK_REVIEW_DEFAULT_DAYS)}T00:00:00Z`);
    const acceptance = await tx.riskAcceptance.create({
      data: { dealId: deal.id, dealClauseId: dealClause.id, acceptedById: actor.userId, rationale: input.rationale, ownerId, reviewOn },
    });
    await afterDealChange(tx, actor, deal.id, {
      entityType: "RiskAcceptance",
      entityId: acceptance.id,
      action: "risk.accepted",
      after: { clause: dealClause.clause.key, status: dealClause.status, rationale: input.rationale, ownerId, reviewOn: reviewOn.toISOString().slice(0, 10) },
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
 * A CIO's (or admin's) decision: approve (refused while blockers remain: each gap needs a written
 * risk acceptance) or request changes. Either way the readiness at this moment is frozen into the
 * review. An approval completes the deal's approval only as the approval policy allows
 * (lib/domain/approval-policy.ts); until then the deal stays in CIO review and the people who may
 * give the missing approval are told.
 */
export async function decideReview(actor: Actor, input: TDecideReview) {
  requirePermission(actor, "review:decide");
  return decide(actor, input, "CIO");
}

/**
 * The second approval of the approval policy, by a member flagged as approver (any role; the flag is
 * read from the database, not the session), after a CIO approval by another person. The second
 * approver may request changes instead.
 */
export async function giveSecondApproval(actor: Actor, input: TSecondApproval) {
  requirePermission(actor, "review:second-approve");
  return decide(actor, input, "SECOND");
}

type Capacity = "CIO" | "SECOND";

async function decide(actor: Actor, input: TDecideReview, capacity: Capacity) {
  return getDb().$transaction(async (tx) => {
    const deal = await beginDealChange(tx, actor, { dealId: input.dealId });
    if (capacity === "SECOND") await requireFlaggedApprover(tx, actor);
    if (["SIGNED", "WALKED_AWAY"].includes(deal.stage)) throw new AppError("CONFLICT", "This deal is already closed; there is nothing left to review.");
    const [org, standing, liveRisks] = await Promise.all([
      tx.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { requireSecondApproval: true } }),
      tx.review.findMany({
        where: { dealId: deal.id, decision: "APPROVED", staleAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, reviewerId: true, secondApproval: true, reviewer: { select: { name: true } } },
      }),
      tx.riskAcceptance.findMany({ where: { dealId: deal.id, revokedAt: null }, select: { acceptedById: true } }),
    ]);
    // Approvals still waiting for another one: only a deal in CIO review holds them. A new CIO decision on an approved deal starts over.
    const partial = deal.stage === "CIO_REVIEW" ? standing : [];
    if (capacity === "SECOND" && deal.stage !== "CIO_REVIEW") {
      throw new AppError(
        "CONFLICT",
        deal.stage === "APPROVED" ? "This deal is already approved." : "This deal is not in CIO review, so there is nothing to second.",
      );
    }
    const snapshot = await snapshotOf(tx, actor, deal);
    const recipients = await submitterAndOwner(tx, deal);
    if (input.decision === "CHANGES_REQUESTED") {
      const review = await recordReview(tx, actor, deal.id, input, snapshot, capacity, standing.length > 0);
      await tx.deal.update({ where: { id: deal.id }, data: { stage: "NEGOTIATING", version: { increment: 1 } } });
      await notify(tx, {
        organizationId: actor.organizationId,
        kind: "CHANGES_REQUESTED",
        recipients,
        actorId: actor.userId,
        dealId: deal.id,
        title: `${actor.name} requested changes to ${deal.name}`,
        body: input.comment,
        link: reviewLink(deal.id),
      });
      await afterDealChange(tx, actor, deal.id, {
        entityType: "Review",
        entityId: review.id,
        action: "review.changes-requested",
        before: { stage: deal.stage },
        after: {
          stage: "NEGOTIATING",
          decision: input.decision,
          comment: input.comment,
          score: snapshot.score,
          acceptedRisks: snapshot.acceptedRisks.length,
          secondApprover: capacity === "SECOND",
        },
      });
      return { id: review.id, stage: "NEGOTIATING" as DealStage, complete: false };
    }

    refuseWhileBlocked(snapshot);
    if (partial.some((a) => a.reviewerId === actor.userId)) {
      throw new AppError("CONFLICT", "You have already approved this deal as it stands. The other approval must come from someone else.");
    }
    if (capacity === "SECOND" && !partial.some((a) => !a.secondApproval)) {
      throw new AppError("CONFLICT", "There is no CIO approval to second yet: a CIO approves first.");
    }
    if (capacity === "CIO" && org.requireSecondApproval && partial.some((a) => !a.secondApproval)) {
      const first = partial.find((a) => !a.secondApproval)!;
      throw new AppError(
        "CONFLICT",
        `${first.reviewer.name} has already approved this deal; it now waits for a second approval by a member flagged as approver.`,
      );
    }
    const review = await recordReview(tx, actor, deal.id, input, snapshot, capacity, deal.stage === "APPROVED");
    await tx.riskAcceptance.updateMany({ where: { dealId: deal.id, revokedAt: null, reviewId: null }, data: { reviewId: review.id } });
    const state = approvalState({
      requireSecondApproval: org.requireSecondApproval,
      approvals: [...partial, { reviewerId: actor.userId, secondApproval: capacity === "SECOND" }],
      riskAcceptorIds: new Set(liveRisks.map((r) => r.acceptedById)),
    });
    const stage: DealStage = state.complete ? "APPROVED" : "CIO_REVIEW";
    await tx.deal.update({ where: { id: deal.id }, data: { stage, version: { increment: 1 } } });
    if (state.complete) {
      await notify(tx, {
        organizationId: actor.organizationId,
        kind: "APPROVED",
        recipients,
        actorId: actor.userId,
        dealId: deal.id,
        title: `${deal.name} is approved`,
        body: input.comment || `Approved by ${[...partial.map((a) => a.reviewer.name), actor.name].join(" and ")}.`,
        link: reviewLink(deal.id),
      });
    } else {
      await notify(tx, {
        organizationId: actor.organizationId,
        kind: "SECOND_APPROVAL_NEEDED",
        recipients: await secondApproverCandidates(tx, actor, state.waitingFor),
        actorId: actor.userId,
        dealId: deal.id,
        title: `${deal.name} needs a second approval`,
        body: secondApprovalReason(actor.name, state.waitingFor),
        link: reviewLink(deal.id),
        dedupeKey: `second-approval:${review.id}`,
      });
    }
    await afterDealChange(tx, actor, deal.id, {
      entityType: "Review",
      entityId: review.id,
      action: "review.approved",
      before: { stage: deal.stage },
      after: {
        stage,
        decision: input.decision,
        comment: input.comment,
        score: snapshot.score,
        acceptedRisks: snapshot.acceptedRisks.length,
        secondApprover: capacity === "SECOND",
        approvalComplete: state.complete,
      },
    });
    return { id: review.id, stage, complete: state.complete };
  });
}

/** Stales the approvals standing before (a request for changes, or a new round on an approved deal) and writes the review. */
async function recordReview(tx: Tx, actor: Actor, dealId: string, input: TDecideReview, snapshot: ReviewSnapshot, capacity: Capacity, staleStanding: boolean) {
  if (staleStanding) await tx.review.updateMany({ where: { dealId, decision: "APPROVED", staleAt: null }, data: { staleAt: new Date() } });
  return tx.review.create({
    data: {
      dealId,
      reviewerId: actor.userId,
      decision: input.decision,
      comment: input.comment,
      snapshot: snapshot as Prisma.InputJsonValue,
      secondApproval: capacity === "SECOND",
    },
  });
}

function refuseWhileBlocked(snapshot: ReviewSnapshot) {
  if (snapshot.ready) return;
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

/** The flag is read fresh under the transaction: one removed a moment ago no longer counts. */
async function requireFlaggedApprover(tx: Tx, actor: Actor) {
  const own = await tx.membership.findUnique({
    where: { userId_organizationId: { userId: actor.userId, organizationId: actor.organizationId } },
    select: { approver: true, disabledAt: true },
  });
  if (!own || own.disabledAt || !own.approver) throw forbidden("Only a member flagged as approver may give the second approval.");
}

/** Flagged approvers; when a risk acceptor's approval needs another person's, the CIOs and admins too (the actor is never told). */
async function secondApproverCandidates(tx: Tx, actor: Actor, waitingFor: ApprovalWait | null): Promise<string[]> {
  const flagged = await approverIds(tx, actor.organizationId);
  if (waitingFor !== "ANOTHER_APPROVER") return flagged;
  return [...flagged, ...(await memberIdsWithRole(tx, actor.organizationId, ["CIO", "ADMIN"]))];
}

function secondApprovalReason(approver: string, waitingFor: ApprovalWait | null): string {
  if (waitingFor === "ANOTHER_APPROVER") return `${approver} approved, but also accepted one of its risks, so another person must approve it too.`;
  return `${approver} approved it; the organisation's policy asks for a second approval by a member flagged as approver.`;
}

import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import type { ClauseStatus } from "@/lib/domain/enums";
import { approvalStillHolds, dealFactsOf, parseReviewSnapshot } from "@/lib/domain/review-snapshot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { emitDealWebhooks, noteStageAtStart } from "@/lib/webhooks/emit";
import { applyApplicabilityRules } from "./applicability";
import { recordAudit, type AuditInput } from "./audit";
import { refreshReadinessCache } from "./readiness-cache";
import { reviewLink, submitterAndOwner } from "./review-recipients";

type Tx = Prisma.TransactionClient;

// The two steps around every change of a deal (its facts, a clause, a vendor response, a risk
// acceptance, a review, a process step), inside the change's own transaction.
//
// `beginDealChange` comes first: it locks the deal's row until commit, so two changes of one deal
// never interleave (a clause saved while a CIO approves: whichever commits second reads what the
// first wrote), and it refuses an archived deal.
//
// `afterDealChange` comes last, so what is derived from the deal can never lag behind it:
//
//   1. the readiness cache on the deal row (score, blockers, coverage, lock-in, heat-map letters) is
//      recomputed with THE readiness function; the organisation's portfolio tallies follow from the
//      deal row by database triggers (prisma/sql/), in the same transaction;
//   2. the standing CIO approvals (a full one, or a partial one waiting for a second approval) are
//      checked against the deal as it now is: when a deal fact (vendor, value, hosting, base model or
//      its licence, expected users, use case category) or a clause they relied on changed, or a risk
//      or licence-finding acceptance they relied on was revoked, or the deal moved to another playbook version, they go stale and an approved deal goes
//      back to CIO review; an approval never stands on a deal that left review and approval; the
//      approvers, the owner and the latest submitter are told (APPROVAL_STALE);
//   3. the deal's "latest change" time moves, and the audit event is written, naming the approval
//      that went stale, if any;
//   4. the change's webhook events (created, stage changed, submitted, approved, approval stale,
//      responses logged) are written as deliveries for the organisation's endpoints (lib/webhooks/).
//
// The step derives what to do from the rows, not from flags the caller sets, so a new mutation
// cannot forget part of it. Bulk writers (seed, generator, test fixtures) call `afterDealsInserted`.

export type DealAudit = Omit<AuditInput, "dealId">;

/** Which deal a change is about: the deal itself, or one of its checklist clauses. */
export type DealTarget = { dealId: string } | { dealClauseId: string };

/**
 * Call first in every transaction that changes an existing deal. Locks the deal's row (as an UPDATE
 * would) for the rest of the transaction, looked up in the actor's organisation only (another
 * organisation's deal is "not found"), and refuses an archived deal unless `archived: "allow"` (the
 * restore itself). Returns the deal as it stands under the lock.
 */
export async function beginDealChange(tx: Tx, actor: Pick<Actor, "organizationId">, target: DealTarget, options: { archived?: "refuse" | "allow" } = {}) {
  const locked =
    "dealId" in target
      ? await tx.$queryRaw<{ id: string }[]>`
          SELECT d."id" FROM "Deal" d WHERE d."id" = ${target.dealId} AND d."organizationId" = ${actor.organizationId} FOR NO KEY UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`
          SELECT d."id" FROM "Deal" d JOIN "DealClause" dc ON dc."dealId" = d."id"
          WHERE dc."id" = ${target.dealClauseId} AND d."organizationId" = ${actor.organizationId} FOR NO KEY UPDATE OF d`;
  if (!locked.length) throw notFound("dealId" in target ? "The deal" : "The clause");
  const deal = await tx.deal.findUniqueOrThrow({ where: { id: locked[0].id } });
  if (deal.archivedAt && options.archived !== "allow") throw new AppError("CONFLICT", "This deal is archived. Restore it before changing it.");
  noteStageAtStart(tx, deal.id, deal.stage);
  return deal;
}

/**
 * Call last in every transaction that changes a deal, with the audit event of the change. A change made
 * of several recorded steps (a draft round logged as many vendor responses) passes the change's own event
 * first and the steps' events after it; a stale approval is named on the first.
 */
export async function afterDealChange(
  tx: Tx,
  actor: Pick<Actor, "userId" | "organizationId" | "apiTokenId">,
  dealId: string,
  audit: DealAudit | readonly [DealAudit, ...DealAudit[]],
): Promise<{ staleApprovalId: string | null }> {
  await refreshReadinessCache(tx, [dealId]);
  const stale = await reconcileApproval(tx, dealId);
  if (stale) await notifyApprovalStale(tx, actor, dealId, stale);
  const staleApprovalId = stale?.ids[0] ?? null;
  await tx.deal.update({ where: { id: dealId }, data: { updatedAt: new Date() } });
  const [first, ...steps] = Array.isArray(audit) ? (audit as readonly DealAudit[]) : [audit as DealAudit];
  const after = staleApprovalId ? { ...(first.after as object | undefined), approvalMadeStale: staleApprovalId } : first.after;
  await recordAudit(tx, actor, { ...first, dealId, after });
  for (const step of steps) await recordAudit(tx, actor, { ...step, dealId });
  await emitDealWebhooks(tx, { organizationId: actor.organizationId, dealId, audits: [first, ...steps], staleApprovalId });
  return { staleApprovalId };
}

/** Deals written in bulk (with their clauses, responses, reviews and acceptances) in this transaction. */
export async function afterDealsInserted(tx: Tx, dealIds: string[]): Promise<void> {
  await applyApplicabilityRules(tx, dealIds);
  await refreshReadinessCache(tx, dealIds);
}

/** Deals whose cache was never computed (created before the cache, or its heat-map letters, existed):
 * a computed deal always has a heat-map letter per section, so {} means never. Run at start-up after migrations. */
export async function backfillReadinessCache(tx: Tx): Promise<number> {
  // exitReadinessBase null: computed before the exit-readiness cache existed.
  const stale = await tx.deal.findMany({ where: { OR: [{ heatCells: { equals: {} } }, { exitReadinessBase: null }] }, select: { id: true } });
  await refreshReadinessCache(
    tx,
    stale.map((d) => d.id),
  );
  return stale.length;
}

/**
 * Deals on a registry licence, after a registry change (a reviewed commit to lib/licences/registry.ts):
 * their findings may have changed with no change to the deal, so their cached readiness and open-findings
 * count are recomputed (`npm run licences:recompute`). Pages compute findings live and need nothing.
 */
export async function refreshLicenceCaches(tx: Tx): Promise<number> {
  const deals = await tx.deal.findMany({ where: { baseModelLicenceKey: { not: null } }, select: { id: true } });
  await refreshReadinessCache(
    tx,
    deals.map((d) => d.id),
  );
  return deals.length;
}

interface StaleApprovals {
  /** The most recent of them first. */
  ids: string[];
  reviewerIds: string[];
}

/**
 * Marks the standing approvals stale when one no longer holds; returns them if any went. A deal in CIO
 * review may hold a partial approval (waiting for a second one, lib/domain/approval-policy.ts): it is
 * checked like a full one, and whatever stales one approval stales every approval standing with it.
 */
async function reconcileApproval(tx: Tx, dealId: string): Promise<StaleApprovals | null> {
  const approvals = await tx.review.findMany({
    where: { dealId, decision: "APPROVED", staleAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, reviewerId: true, snapshot: true },
  });
  if (!approvals.length) return null;
  const deal = await tx.deal.findUniqueOrThrow({
    where: { id: dealId },
    select: {
      stage: true,
      playbookId: true,
      vendor: true,
      hostingModel: true,
      baseModel: true,
      baseModelLicence: true,
      baseModelLicenceType: true,
      regulatedSector: true,
      baseModelLicenceKey: true,
      expectedMonthlyUsers: true,
      useCaseCategory: true,
      contractValueMinor: true,
      currency: true,
    },
  });
  const stage = deal.stage;
  // Once signed, the contract is what it is: later edits are record-keeping, not a new basis.
  if (stage === "SIGNED") return null;
  if (stage === "APPROVED" || stage === "CIO_REVIEW") {
    const [clauses, acceptances, licenceAcceptances] = await Promise.all([
      tx.dealClause.findMany({ where: { dealId, retiredAt: null }, select: { id: true, status: true, agreedLanguage: true, contractReference: true } }),
      tx.riskAcceptance.findMany({ where: { dealId, revokedAt: null }, select: { dealClauseId: true } }),
      tx.licenceFindingAcceptance.findMany({ where: { dealId, revokedAt: null }, select: { findingKey: true } }),
    ]);
    const now = {
      facts: dealFactsOf(deal),
      playbookId: deal.playbookId,
      clauses: clauses.map((c) => ({
        dealClauseId: c.id,
        status: c.status as ClauseStatus,
        agreedLanguage: c.agreedLanguage,
        contractReference: c.contractReference,
      })),
      acceptedClauseIds: new Set(acceptances.map((a) => a.dealClauseId)),
      acceptedLicenceKeys: new Set(licenceAcceptances.map((a) => a.findingKey)),
    };
    if (approvals.every((a) => approvalStillHolds(parseReviewSnapshot(a.snapshot), now))) return null;
    if (stage === "APPROVED") await tx.deal.update({ where: { id: dealId }, data: { stage: "CIO_REVIEW", version: { increment: 1 } } });
  }
  // Any other stage: the deal left review and approval, so no approval stands.
  await tx.review.updateMany({ where: { id: { in: approvals.map((a) => a.id) } }, data: { staleAt: new Date() } });
  return { ids: approvals.map((a) => a.id), reviewerIds: [...new Set(approvals.map((a) => a.reviewerId))] };
}

/** APPROVAL_STALE: to whoever gave the approvals that went, the deal's owner and its latest submitter. */
async function notifyApprovalStale(tx: Tx, actor: Pick<Actor, "userId" | "organizationId">, dealId: string, stale: StaleApprovals) {
  const deal = await tx.deal.findUniqueOrThrow({ where: { id: dealId }, select: { id: true, name: true, ownerId: true, stage: true } });
  await notify(tx, {
    organizationId: actor.organizationId,
    kind: "APPROVAL_STALE",
    recipients: [...stale.reviewerIds, ...(await submitterAndOwner(tx, deal))],
    actorId: actor.userId,
    dealId,
    title: `The approval of ${deal.name} no longer stands`,
    body:
      deal.stage === "CIO_REVIEW"
        ? "The deal changed after it was approved, so it is back in CIO review and needs approving again."
        : "The deal left review after it was approved, so the approval no longer stands.",
    link: reviewLink(dealId),
    dedupeKey: `approval-stale:${stale.ids[0]}`,
  });
}

import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { isSettled } from "@/lib/domain/clause-status";
import type {
  ClauseStatus,
  DealStage,
  BaseModelLicenceType,
  HostingModel,
  LayerKey,
  OfferPosition,
  Priority,
  ResponseChannel,
  ReviewDecision,
  VendorStance,
} from "@/lib/domain/enums";
import { LAYER_KEYS } from "@/lib/domain/enums";
import type { Readiness } from "@/lib/domain/readiness";
import { approvalCountLabel, approvalState } from "@/lib/domain/approval-policy";
import { parseReviewSnapshot } from "@/lib/domain/review-snapshot";
import { notFound } from "@/lib/errors";
import { requirePermission } from "./access";
import type { ProcessStepDto } from "./process";
import { licenceFindingsOf, type DealLicenceFindingsDto } from "./licence-findings";
import { readinessOfDeals, type DealReadinessDto } from "./readiness";

// The readiness report: one DTO that both the printable page and the server-rendered PDF draw,
// so the two can never disagree. Everything is read inside one REPEATABLE READ transaction, so the
// score, the clause rows and the review history describe the same moment.

export interface ReportResponseDto {
  occurredOn: string;
  channel: ResponseChannel;
  stance: VendorStance;
  offerPosition: OfferPosition;
  vendorText: string;
  counterNextStep: string;
  author: string;
}

export interface ReportClauseDto {
  id: string;
  key: string;
  title: string;
  /** The priority that counts on this deal (possibly raised by a rule). */
  priority: Priority;
  /** Whether a rule raised it above the playbook clause's own priority. */
  raisedByRule: boolean;
  /** A clause added to this deal only, not part of the playbook. */
  dealOnly: boolean;
  status: ClauseStatus;
  notApplicableReason: string | null;
  agreedLanguage: string;
  contractReference: string;
  /** The active (not revoked) CIO risk acceptance of this clause's gap, if any. */
  riskAcceptance: { rationale: string; acceptedBy: string; createdAt: string; owner: string | null; reviewOn: string | null } | null;
  responseCount: number;
  latestResponse: ReportResponseDto | null;
}

export interface ReportSectionDto {
  key: LayerKey;
  title: string;
  /** Same weighting as the overall score; `applicable` 0 means the section has no scored clause. */
  score: number;
  applicable: number;
  clauses: ReportClauseDto[];
}

export interface ReportReviewDto {
  id: string;
  decision: ReviewDecision;
  comment: string;
  reviewer: string;
  /** Given as the approval policy's second approver rather than as a CIO. */
  secondApproval: boolean;
  createdAt: string;
  /** Set when clause terms changed after an approval, which sent the deal back to review. */
  staleAt: string | null;
  /** Readiness frozen at the moment of the decision. */
  snapshot: Pick<Readiness, "score" | "ready"> & { blockerCount: number };
  acceptedRisks: { clauseTitle: string; rationale: string; acceptedBy: string; revoked: boolean }[];
}

export interface ReadinessReportDto {
  generatedAt: string;
  deal: {
    id: string;
    name: string;
    vendor: string;
    stage: DealStage;
    hostingModel: HostingModel;
    useCase: string;
    modelKind: string;
    baseModel: string;
    baseModelLicence: string;
    baseModelLicenceType: BaseModelLicenceType;
    regulatedSector: boolean;
    contractValueMinor: string;
    currency: string;
    targetSigningDate: string | null;
    owner: string;
    archived: boolean;
    playbook: { name: string; version: number };
  };
  readiness: DealReadinessDto;
  /** Clause counts over the whole deal (N/A clauses included in `total`). */
  counts: { total: number; settled: number; notApplicable: number };
  sections: ReportSectionDto[];
  /** The newest REPORT_REVIEW_LIMIT decisions, newest first. */
  reviews: ReportReviewDto[];
  /** Earlier decisions left out of the report (the review page and the activity log have them all). */
  earlierReviews: number;
  /** The approvals standing now, each in its capacity, against the organisation's approval policy. */
  approval: { requireSecondApproval: boolean; label: string; complete: boolean; approvers: { name: string; secondApproval: boolean; createdAt: string }[] };
  process: ProcessStepDto[];
  /** The base-model licence: the registry entry or unchecked free text, the facts that matter, findings and written acceptances. */
  licence: Omit<DealLicenceFindingsDto, "canAccept">;
}

/**
 * Everything the readiness report shows, in a fixed number of queries whatever the deal's size
 * (24 statements with BEGIN, SET TRANSACTION and COMMIT): the deal and its owner, then one batch
 * (playbook and layers, readiness — 4 queries —, clauses, latest vendor response per clause and its
 * author, response counts, the deal's risk acceptances and who gave them, reviews and their
 * reviewers, process steps, the standing licence-finding acceptances). Another organisation's deal is "not found".
 */
/** A report is a snapshot for signing, not the archive: its size stays bounded however long a deal runs. */
export const REPORT_REVIEW_LIMIT = 20;

export async function getReadinessReport(actor: Actor, dealId: string): Promise<ReadinessReportDto> {
  requirePermission(actor, "deal:read");
  return getDb().$transaction(
    async (tx) => {
      // As requireDeal reads it, with the owner's name.
      const deal = await tx.deal.findFirst({ where: { id: dealId, organizationId: actor.organizationId }, include: { owner: { select: { name: true } } } });
      if (!deal) throw notFound("The deal");
      const [playbook, readinessMap, clauses, latest, responseCounts, acceptances, reviews, reviewCount, steps, policy, licence] = await Promise.all([
        tx.playbook.findUniqueOrThrow({
          where: { id: deal.playbookId },
          select: { name: true, version: true, layers: { select: { key: true, title: true }, orderBy: { position: "asc" } } },
        }),
        readinessOfDeals(tx, [deal]),
        tx.dealClause.findMany({
          where: { dealId: deal.id, retiredAt: null },
          select: {
            id: true,
            status: true,
            priority: true,
            notApplicableReason: true,
            agreedLanguage: true,
            contractReference: true,
            clause: { select: { key: true, title: true, priority: true, position: true, dealId: true, layer: { select: { key: true } } } },
          },
          orderBy: { clause: { position: "asc" } },
        }),
        // The newest entry of each clause's log, with the same tie-break as the clause page.
        tx.vendorResponse.findMany({
          where: { dealId: deal.id },
          orderBy: [{ dealClauseId: "asc" }, { createdAt: "desc" }, { id: "desc" }],
          distinct: ["dealClauseId"],
          include: { author: { select: { name: true } } },
        }),
        tx.vendorResponse.groupBy({ by: ["dealClauseId"], where: { dealId: deal.id }, _count: { _all: true } }),
        // Every risk acceptance of the deal, revoked ones too, oldest first: the active one of each
        // clause, the ones each review relied on, and the acceptors a review's snapshot names.
        tx.riskAcceptance.findMany({
          where: { dealId: deal.id },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          include: { acceptedBy: { select: { name: true } }, owner: { select: { name: true } } },
        }),
        tx.review.findMany({
          where: { dealId: deal.id },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          include: { reviewer: { select: { name: true } } },
          take: REPORT_REVIEW_LIMIT,
        }),
        tx.review.count({ where: { dealId: deal.id } }),
        tx.dealRecommendation.findMany({ where: { dealId: deal.id }, include: { recommendation: true }, orderBy: { recommendation: { position: "asc" } } }),
        tx.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { requireSecondApproval: true } }),
        licenceFindingsOf(tx, deal),
      ]);

      const latestByClause = new Map(latest.map((r) => [r.dealClauseId, r]));
      const countByClause = new Map(responseCounts.map((c) => [c.dealClauseId, c._count._all]));
      const clauseTitle = new Map(clauses.map((c) => [c.id, c.clause.title]));
      // Oldest first, so the newest active acceptance of a clause is the one kept.
      const acceptanceByClause = new Map<string, (typeof acceptances)[number]>();
      for (const a of acceptances) if (!a.revokedAt) acceptanceByClause.set(a.dealClauseId, a);

      const readiness = readinessMap.get(deal.id)!;
      const layerTitle = new Map(playbook.layers.map((l) => [l.key, l.title]));
      const scoreOf = new Map(readiness.sections.map((s) => [s.layerKey, s]));

      const clausesByLayer = new Map<string, ReportClauseDto[]>();
      for (const c of clauses) {
        const response = latestByClause.get(c.id);
        const acceptance = acceptanceByClause.get(c.id);
        const list = clausesByLayer.get(c.clause.layer.key) ?? [];
        clausesByLayer.set(c.clause.layer.key, list);
        list.push({
          id: c.id,
          key: c.clause.key,
          title: c.clause.title,
          priority: c.priority as Priority,
          raisedByRule: c.priority !== c.clause.priority,
          dealOnly: c.clause.dealId !== null,
          status: c.status as ClauseStatus,
          notApplicableReason: c.notApplicableReason,
          agreedLanguage: c.agreedLanguage,
          contractReference: c.contractReference,
          riskAcceptance: acceptance
            ? {
                rationale: acceptance.rationale,
                acceptedBy: acceptance.acceptedBy.name,
                createdAt: acceptance.createdAt.toISOString(),
                owner: acceptance.owner?.name ?? null,
                reviewOn: acceptance.reviewOn?.toISOString().slice(0, 10) ?? null,
              }
            : null,
          responseCount: countByClause.get(c.id) ?? 0,
          latestResponse: response
            ? {
                occurredOn: response.occurredOn.toISOString().slice(0, 10),
                channel: response.channel as ResponseChannel,
                stance: response.stance as VendorStance,
                offerPosition: response.offerPosition as OfferPosition,
                vendorText: response.vendorText,
                counterNextStep: response.counterNextStep,
                author: response.author.name,
              }
            : null,
        });
      }

      const sections: ReportSectionDto[] = LAYER_KEYS.map((key) => ({
        key,
        title: layerTitle.get(key) ?? key,
        score: scoreOf.get(key)?.score ?? 0,
        applicable: scoreOf.get(key)?.applicable ?? 0,
        clauses: clausesByLayer.get(key) ?? [],
      }));

      return {
        generatedAt: new Date().toISOString(),
        deal: {
          id: deal.id,
          name: deal.name,
          vendor: deal.vendor,
          stage: deal.stage as DealStage,
          hostingModel: deal.hostingModel as HostingModel,
          useCase: deal.useCase,
          modelKind: deal.modelKind,
          baseModel: deal.baseModel,
          baseModelLicence: deal.baseModelLicence,
          baseModelLicenceType: deal.baseModelLicenceType as BaseModelLicenceType,
          regulatedSector: deal.regulatedSector,
          contractValueMinor: deal.contractValueMinor.toString(),
          currency: deal.currency,
          targetSigningDate: deal.targetSigningDate ? deal.targetSigningDate.toISOString().slice(0, 10) : null,
          owner: deal.owner.name,
          archived: deal.archivedAt !== null,
          playbook: { name: playbook.name, version: playbook.version },
        },
        readiness,
        counts: {
          total: clauses.length,
          settled: clauses.filter((c) => isSettled(c.status as ClauseStatus)).length,
          notApplicable: clauses.filter((c) => c.status === "NOT_APPLICABLE").length,
        },
        sections,
        earlierReviews: reviewCount - reviews.length,
        reviews: reviews.map((r) => {
          const snapshot = parseReviewSnapshot(r.snapshot);
          const linked = acceptances.filter((a) => a.reviewId === r.id);
          return {
            id: r.id,
            decision: r.decision as ReviewDecision,
            comment: r.comment,
            reviewer: r.reviewer.name,
            secondApproval: r.secondApproval,
            createdAt: r.createdAt.toISOString(),
            staleAt: r.staleAt?.toISOString() ?? null,
            snapshot: { score: snapshot.score, ready: snapshot.ready, blockerCount: snapshot.blockers.length },
            acceptedRisks: linked.length
              ? linked.map((a) => ({
                  clauseTitle: clauseTitle.get(a.dealClauseId) ?? "",
                  rationale: a.rationale,
                  acceptedBy: a.acceptedBy.name,
                  revoked: a.revokedAt !== null,
                }))
              : // Re-approvals rely on acceptances first linked to an earlier approval: read them from the snapshot.
                snapshot.acceptedRisks.map((a) => ({
                  clauseTitle: snapshot.clauses.find((c) => c.dealClauseId === a.dealClauseId)?.title ?? a.clauseKey,
                  rationale: a.rationale,
                  // The snapshot keeps the id; the acceptance it froze is among the deal's acceptances.
                  acceptedBy: a.acceptedById
                    ? (acceptances.find((x) => x.dealClauseId === a.dealClauseId && x.acceptedById === a.acceptedById)?.acceptedBy.name ?? "Former member")
                    : "",
                  revoked: false,
                })),
          };
        }),
        approval: approvalOf(deal.stage, policy.requireSecondApproval, reviews, acceptances),
        process: steps.map((s) => ({
          id: s.id,
          key: s.recommendation.key,
          title: s.recommendation.title,
          detail: s.recommendation.detail,
          done: s.done,
          note: s.note,
        })),
        licence,
      };
    },
    { isolationLevel: "RepeatableRead" },
  );
}

/** The approvals standing on the deal (only one in review, approved or signed holds any), as the review page states them. */
function approvalOf(
  stage: string,
  requireSecondApproval: boolean,
  reviews: { decision: string; staleAt: Date | null; reviewerId: string; secondApproval: boolean; createdAt: Date; reviewer: { name: string } }[],
  acceptances: { acceptedById: string; revokedAt: Date | null }[],
): ReadinessReportDto["approval"] {
  const standing = ["CIO_REVIEW", "APPROVED", "SIGNED"].includes(stage) ? reviews.filter((r) => r.decision === "APPROVED" && !r.staleAt).reverse() : [];
  const state = approvalState({
    requireSecondApproval,
    approvals: standing,
    riskAcceptorIds: new Set(acceptances.filter((a) => !a.revokedAt).map((a) => a.acceptedById)),
  });
  return {
    requireSecondApproval,
    label: approvalCountLabel(state),
    complete: state.complete && standing.length > 0,
    approvers: standing.map((r) => ({ name: r.reviewer.name, secondApproval: r.secondApproval, createdAt: r.createdAt.toISOString() })),
  };
}

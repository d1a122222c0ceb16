import type { Metadata } from "next";
import Link from "next/link";
import { ClauseStatusBadge } from "@/components/checklist/clause-status-badge";
import { DealHeader } from "@/components/deals/deal-header";
import { ReadinessSummary, ScenarioCoverageList } from "@/components/readiness/readiness-summary";
import { ApprovalPanel } from "@/components/reviews/approval-panel";
import { DecisionForm } from "@/components/reviews/decision-form";
import { ReviewHistory } from "@/components/reviews/review-history";
import { RevokeRiskButton, RiskAcceptanceForm } from "@/components/reviews/risk-acceptance-form";
import { SubmissionNote } from "@/components/reviews/submission-panel";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatCalendarDate } from "@/lib/format/dates";
import { PRIORITY_LABEL, PRIORITY_TONE } from "@/lib/format/priority-labels";
import { orNotFound } from "@/lib/or-not-found";
import { getReviewPage } from "@/lib/services/reviews";
import { getSubmissionPanel } from "@/lib/services/submissions";
import { getDealLicenceFindings } from "@/lib/services/licence-findings";
import { LicenceReviewCard } from "@/components/licences/licence-review-card";
import { isoDateInDays, RISK_REVIEW_DEFAULT_DAYS } from "@/lib/validation/review";

export const metadata: Metadata = { title: "CIO review" };

export default async function ReviewPage({ params }: { params: Promise<{ dealId: string }> }) {
  const { dealId } = await params;
  const actor = await requireActor();
  const [{ deal, readiness, gaps, legacyGaps, reviews, approval, canDecide, canSecondApprove, riskOwners }, submission, licence] = await Promise.all([
    orNotFound(getReviewPage(actor, dealId)),
    orNotFound(getSubmissionPanel(actor, dealId)),
    orNotFound(getDealLicenceFindings(actor, dealId)),
  ]);
  const defaultReviewOn = isoDateInDays(RISK_REVIEW_DEFAULT_DAYS);
  const canAccept = can(actor.role, "risk:accept") && !deal.archived;
  const staleApproval = reviews.find((r) => r.decision === "APPROVED" && r.staleAt);
  const latest = reviews[0];
  return (
    <>
      <DealHeader deal={deal} />
      {deal.stage === "APPROVED" && latest?.decision === "APPROVED" && !latest.staleAt && (
        <div className="mb-6 rounded-lg bg-emerald-50 p-4 text-sm text-emerald-900 ring-1 ring-inset ring-emerald-200" role="status">
          Approved by {approval.approvers.map((a) => a.name).join(" and ")}. Any change to a clause&apos;s status or agreed terms sends the deal back to review.
        </div>
      )}
      {staleApproval && staleApproval === latest && (
        <div className="mb-6 rounded-lg bg-red-50 p-4 text-sm text-red-900 ring-1 ring-inset ring-red-200" role="status" data-testid="stale-approval">
          <span className="font-semibold">The approval by {staleApproval.reviewer} is stale:</span> what it relied on (clauses, risk acceptances or deal facts)
          changed after it was given, so the deal is back in CIO review. See what changed in the history below.
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader
              title="Gaps"
              description="Clauses not at must-have or fallback that block signing or leave a failure scenario open. Accept each one in writing, or send the deal back."
              actions={
                <span className="text-sm text-slate-600">
                  {gaps.filter((g) => !g.acceptance).length} open · {gaps.filter((g) => g.acceptance).length} accepted
                </span>
              }
            />
            {gaps.length === 0 ? (
              <p className="px-5 py-6 text-sm text-slate-600">No gaps: every applicable clause is at must-have or fallback.</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {gaps.map((gap) => (
                  <li key={gap.dealClauseId} className="px-5 py-4" data-testid="gap">
                    <div className="flex flex-wrap items-center gap-2">
                      <Link
                        href={`/deals/${deal.id}/clauses/${gap.dealClauseId}`}
                        className="text-sm font-semibold text-slate-900 hover:text-brand-700 hover:underline"
                      >
                        {gap.title}
                      </Link>
                      <Badge tone={PRIORITY_TONE[gap.priority]}>{PRIORITY_LABEL[gap.priority]}</Badge>
                      {gap.raisedByRule && <Badge tone="info">Raised by rule</Badge>}
                      {gap.dealOnly && <Badge tone="info">This deal only</Badge>}
                      <ClauseStatusBadge status={gap.status} />
                      {gap.acceptance ? <Badge tone="warn">Risk accepted</Badge> : gap.blocking ? <Badge tone="bad">Blocks approval</Badge> : null}
                    </div>
                    {gap.acceptance ? (
                      <div className="mt-2 text-sm text-slate-700">
                        <p>
                          <span className="font-medium">{gap.acceptance.acceptedBy}:</span> “{gap.acceptance.rationale}”{" "}
                          {canAccept && <RevokeRiskButton dealId={deal.id} riskAcceptanceId={gap.acceptance.id} />}
                        </p>
                        {(gap.acceptance.owner || gap.acceptance.reviewOn) && (
                          <p className="mt-1 text-slate-600" data-testid="risk-owner">
                            Owner: {gap.acceptance.owner ?? gap.acceptance.acceptedBy}
                            {gap.acceptance.reviewOn && <> · review on {formatCalendarDate(gap.acceptance.reviewOn)}</>}
                          </p>
                        )}
                      </div>
                    ) : (
                      canAccept && (
                        <RiskAcceptanceForm
                          dealId={deal.id}
                          dealClauseId={gap.dealClauseId}
                          clauseTitle={gap.title}
                          owners={riskOwners}
                          defaultOwnerId={actor.userId}
                          defaultReviewOn={defaultReviewOn}
                        />
                      )
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <LicenceReviewCard data={licence} owners={riskOwners} defaultOwnerId={actor.userId} defaultReviewOn={defaultReviewOn} />
          {legacyGaps.length > 0 && (
            <Card data-testid="legacy-gaps">
              <CardHeader
                title="Settled without evidence"
                description="Must-have clauses marked met or at fallback before agreed language and a contract section were required. Ask the negotiator to record them."
              />
              <ul className="divide-y divide-slate-100">
                {legacyGaps.map((g) => (
                  <li key={g.dealClauseId} className="flex flex-wrap items-center gap-2 px-5 py-3 text-sm">
                    <Link href={`/deals/${deal.id}/clauses/${g.dealClauseId}`} className="font-semibold text-slate-900 hover:text-brand-700 hover:underline">
                      {g.title}
                    </Link>
                    <ClauseStatusBadge status={g.status} />
                    <span className="text-slate-700">
                      No {g.missing.map((m) => (m === "agreedLanguage" ? "agreed language" : "contract section")).join(" and no ")}
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          <Card>
            <CardHeader title="Review history" description="Each decision freezes the readiness it was based on." />
            <div className="px-5 py-4">
              <ReviewHistory reviews={reviews} />
            </div>
          </Card>
        </div>
        <div className="space-y-6">
          {submission.latest && (
            <Card>
              <CardHeader title="Submission" />
              <div className="px-5 py-4">
                <SubmissionNote submission={submission.latest} />
              </div>
            </Card>
          )}
          <ApprovalPanel approval={approval} />
          {canSecondApprove && (
            <Card data-testid="second-approval">
              <CardHeader title="Second approval" description="You are flagged as an approver: approve the deal as it stands, or request changes." />
              <div className="px-5 py-4">
                <DecisionForm dealId={deal.id} blockerCount={readiness.blockers.length} capacity="second" />
              </div>
            </Card>
          )}
          {canDecide ? (
            <Card>
              <CardHeader title="Decision" />
              <div className="px-5 py-4">
                <DecisionForm dealId={deal.id} blockerCount={readiness.blockers.length} />
              </div>
            </Card>
          ) : (
            <Card className="p-5 text-sm text-slate-600">Only a CIO or an admin can approve this deal or request changes.</Card>
          )}
          <ReadinessSummary dealId={deal.id} readiness={readiness} limit={8} />
          <ScenarioCoverageList readiness={readiness} />
        </div>
      </div>
    </>
  );
}

import Link from "next/link";
import { ClauseStatusBadge } from "@/components/checklist/clause-status-badge";
import { StageBadge } from "@/components/deals/stage-badge";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { isSettled } from "@/lib/domain/clause-status";
import { READINESS_BAND_MIN_SCORE } from "@/lib/domain/readiness-band";
import { formatCalendarDate, formatDateTime } from "@/lib/format/dates";
import { earlierReviewsNote } from "@/lib/format/excerpt";
import { BASE_MODEL_LICENCE_TYPE_LABEL, HOSTING_MODEL_LABEL } from "@/lib/format/deal-labels";
import { formatMinor } from "@/lib/format/money";
import { plural } from "@/lib/format/plural";
import { PRIORITY_LABEL, PRIORITY_TONE } from "@/lib/format/priority-labels";
import { CHANNEL_LABEL, OFFER_LABEL, STANCE_LABEL, STANCE_TONE } from "@/lib/format/response-labels";
import type { ReadinessReportDto, ReportClauseDto, ReportReviewDto } from "@/lib/services/report";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { ReportLicenceSection } from "./licence-section";

// The printable readiness report. It renders the same DTO as the server-side PDF
// (lib/services/report-pdf.ts), section for section.

function scoreTone(score: number, ready: boolean) {
  if (ready) return "text-emerald-700";
  return score >= READINESS_BAND_MIN_SCORE.close ? "text-amber-700" : "text-red-600";
}

function Section({
  title,
  aside,
  children,
  id,
  className,
}: {
  title: string;
  aside?: React.ReactNode;
  children: React.ReactNode;
  id: string;
  className?: string;
}) {
  return (
    <section aria-labelledby={id} className={cn("mt-10 print:mt-7", className)}>
      <div className="mb-3 flex items-baseline justify-between gap-4 border-b border-slate-300 pb-1.5 break-after-avoid">
        <h2 id={id} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {aside && <span className="shrink-0 text-sm text-slate-600">{aside}</span>}
      </div>
      {children}
    </section>
  );
}

function Fact({ label, children, className }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={cn("flex gap-3 border-b border-slate-100 py-1.5", className)}>
      <dt className="w-32 shrink-0 text-sm text-slate-600">{label}</dt>
      <dd className="min-w-0 text-sm font-medium text-slate-900">{children || <span className="font-normal text-slate-600">—</span>}</dd>
    </div>
  );
}

function ContractText({ children, quote = false }: { children: string; quote?: boolean }) {
  return (
    <p className={cn("whitespace-pre-wrap font-serif text-[0.9rem] leading-snug text-slate-900", quote && "italic")}>
      {quote ? `“${children.trim()}”` : children.trim()}
    </p>
  );
}

function ClauseRow({ dealId, clause }: { dealId: string; clause: ReportClauseDto }) {
  const r = clause.latestResponse;
  return (
    <tr className="align-top break-inside-avoid" data-testid="report-clause">
      <td className="py-3 pr-4">
        <Link href={`/deals/${dealId}/clauses/${clause.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline print:no-underline">
          {clause.title}
        </Link>
        <div className="mt-1.5 flex flex-wrap items-center gap-1.5" data-testid="report-clause-status">
          <ClauseStatusBadge status={clause.status} />
          <Badge tone={PRIORITY_TONE[clause.priority]}>{PRIORITY_LABEL[clause.priority]}</Badge>
          {clause.raisedByRule && <Badge tone="info">Raised by rule</Badge>}
          {clause.dealOnly && <Badge tone="info">This deal only</Badge>}
        </div>
        <div className="mt-1.5 text-xs text-slate-600">
          {clause.contractReference ? (
            <>
              Contract ref. <span className="font-medium text-slate-800">{clause.contractReference}</span>
            </>
          ) : (
            <span className="text-slate-600">No contract reference</span>
          )}
        </div>
        {clause.status === "NOT_APPLICABLE" && clause.notApplicableReason && (
          <p className="mt-1.5 text-xs text-slate-600">
            <span className="font-medium">Not applicable: </span>
            {clause.notApplicableReason}
          </p>
        )}
        {clause.riskAcceptance && (
          <div className="mt-2 rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-900 ring-1 ring-inset ring-amber-600/20">
            <span className="font-semibold">Risk accepted</span> by {clause.riskAcceptance.acceptedBy}: {clause.riskAcceptance.rationale}
            {(clause.riskAcceptance.owner || clause.riskAcceptance.reviewOn) && (
              <span className="mt-0.5 block">
                Owner: {clause.riskAcceptance.owner ?? clause.riskAcceptance.acceptedBy}
                {clause.riskAcceptance.reviewOn && <> · review on {formatCalendarDate(clause.riskAcceptance.reviewOn)}</>}
              </span>
            )}
          </div>
        )}
      </td>
      <td className="py-3 pr-4">
        {clause.agreedLanguage.trim() ? (
          <ContractText>{clause.agreedLanguage}</ContractText>
        ) : (
          <span className="text-sm italic text-slate-600">None recorded yet</span>
        )}
      </td>
      <td className="py-3">
        {r ? (
          <div>
            <div className="flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
              <time dateTime={r.occurredOn} className="font-semibold text-slate-700">
                {formatCalendarDate(r.occurredOn)}
              </time>
              <span>{CHANNEL_LABEL[r.channel]}</span>
              <Badge tone={STANCE_TONE[r.stance]}>{STANCE_LABEL[r.stance]}</Badge>
            </div>
            <div className="mt-0.5 text-xs text-slate-600">
              {OFFER_LABEL[r.offerPosition]} · logged by {r.author}
              {clause.responseCount > 1 && ` · newest of ${clause.responseCount}`}
            </div>
            <div className="mt-1.5">
              <ContractText quote>{r.vendorText}</ContractText>
            </div>
            {r.counterNextStep && (
              <p className="mt-1.5 text-xs text-slate-700">
                <span className="font-semibold">Our counter / next step: </span>
                {r.counterNextStep}
              </p>
            )}
          </div>
        ) : (
          <span className="text-sm italic text-slate-600">No response logged</span>
        )}
      </td>
    </tr>
  );
}

function ReviewEntry({ review }: { review: ReportReviewDto }) {
  const approved = review.decision === "APPROVED";
  return (
    <li className="break-inside-avoid py-4" data-testid="report-review">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={approved ? (review.staleAt ? "warn" : "good") : "bad"}>
          {approved ? (review.staleAt ? "Approved, now stale" : "Approved") : "Changes requested"}
        </Badge>
        <span className="text-sm font-medium text-slate-900">{review.reviewer}</span>
        {approved && <span className="text-xs text-slate-600">{review.secondApproval ? "as second approver" : "as CIO"}</span>}
        <span className="text-sm text-slate-600">{formatDateTime(review.createdAt)}</span>
        <span className="ml-auto text-xs text-slate-600">
          Readiness at decision: <span className="font-semibold tabular-nums text-slate-700">{review.snapshot.score} / 100</span>,{" "}
          {review.snapshot.ready ? "ready" : `not ready (${plural(review.snapshot.blockerCount, "blocker")})`}
        </span>
      </div>
      {review.staleAt && (
        <p className="mt-2 text-sm text-amber-800">
          Stale since {formatDateTime(review.staleAt)}: clause terms changed after this approval, so the deal went back to CIO review.
        </p>
      )}
      {review.comment.trim() && (
        <blockquote className="mt-2 border-l-2 border-slate-200 pl-3">
          <ContractText quote>{review.comment}</ContractText>
        </blockquote>
      )}
      {review.acceptedRisks.length > 0 && (
        <div className="mt-3">
          <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-600">Accepted risks</h4>
          <ul className="mt-1 space-y-1">
            {review.acceptedRisks.map((a, i) => (
              <li key={i} className="text-sm text-slate-700">
                <span className="font-medium text-slate-900">{a.clauseTitle}</span>
                {a.revoked && <span className="ml-1 text-xs text-slate-600">(revoked)</span>}: {a.rationale}{" "}
                <span className="text-slate-600">— accepted by {a.acceptedBy}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

export function ReadinessReport({ report }: { report: ReadinessReportDto }) {
  const { deal, readiness, counts } = report;
  const applicable = counts.total - counts.notApplicable;
  const covered = readiness.scenarios.filter((s) => s.covered).length;
  const done = report.process.filter((s) => s.done).length;
  return (
    <article
      className="mx-auto max-w-4xl rounded-xl bg-white px-6 py-8 shadow-sm ring-1 ring-slate-200 sm:px-12 sm:py-12 print:max-w-none print:rounded-none print:p-0 print:shadow-none print:ring-0 print:[print-color-adjust:exact]"
      data-testid="readiness-report"
    >
      <header>
        <p className="text-xs font-semibold uppercase tracking-widest text-brand-600">Readiness report</p>
        <h1 className="mt-1 text-3xl font-semibold tracking-tight text-slate-900">{deal.name}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-2 text-slate-600">
          <span>{deal.vendor}</span>
          <StageBadge stage={deal.stage} />
          {deal.archived && <Badge tone="muted">Archived</Badge>}
        </div>
        <p className="mt-2 text-xs text-slate-600">
          Generated <time dateTime={report.generatedAt}>{formatDateTime(report.generatedAt)}</time>. Readiness is computed from the clause statuses at that
          moment.
        </p>
      </header>

      <dl className="mt-6 grid gap-x-10 sm:grid-cols-2 print:grid-cols-2" aria-label="Deal summary">
        <Fact label="Vendor">{deal.vendor}</Fact>
        <Fact label="Owner">{deal.owner}</Fact>
        <Fact label="Contract value">{formatMinor(deal.contractValueMinor, deal.currency)}</Fact>
        <Fact label="Target signing">{deal.targetSigningDate ? formatCalendarDate(deal.targetSigningDate) : "Not set"}</Fact>
        <Fact label="Hosting">{HOSTING_MODEL_LABEL[deal.hostingModel]}</Fact>
        <Fact label="Model kind">{deal.modelKind}</Fact>
        <Fact label="Base model">{[deal.baseModel, deal.baseModelLicence].filter(Boolean).join(" · ")}</Fact>
        <Fact label="Licence type">{BASE_MODEL_LICENCE_TYPE_LABEL[deal.baseModelLicenceType]}</Fact>
        <Fact label="Regulated sector">{deal.regulatedSector ? "Yes" : "No"}</Fact>
        <Fact label="Playbook">{`${deal.playbook.name} · v${deal.playbook.version}`}</Fact>
        {deal.useCase && (
          <Fact label="Use case" className="sm:col-span-2 print:col-span-2">
            {deal.useCase}
          </Fact>
        )}
      </dl>

      <Section id="report-readiness" title="Readiness">
        <div className="flex flex-wrap items-center gap-x-10 gap-y-4 rounded-lg px-5 py-4 ring-1 ring-slate-200 break-inside-avoid">
          <div className="flex items-baseline gap-1.5" data-testid="report-score">
            <span className={cn("text-6xl font-semibold tabular-nums", scoreTone(readiness.score, readiness.ready))}>{readiness.score}</span>
            <span className="text-lg text-slate-600">/ 100</span>
          </div>
          <div>
            <div className={cn("text-xl font-semibold", readiness.ready ? "text-emerald-700" : "text-red-700")}>
              {readiness.ready ? "Ready to sign" : "Not ready to sign"}
            </div>
            <div className="mt-1 text-sm text-slate-600">
              {readiness.blockers.length === 0 ? "No blockers" : plural(readiness.blockers.length, "blocker")} · {counts.settled} of {applicable} applicable
              clauses settled
              {counts.notApplicable > 0 && ` (${counts.notApplicable} not applicable)`}
            </div>
          </div>
        </div>
        <p className="mt-2 text-xs text-slate-600">
          Clauses weigh by priority (must-have 3, important 2, nice to have 1); must-have met earns the full weight, fallback 60 %, anything else nothing. Any
          blocker makes the deal not ready whatever the score.
        </p>
        <table className="mt-4 w-full text-sm">
          <caption className="sr-only">Score by section</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
              <th scope="col" className="py-1.5 pr-3 font-semibold">
                Section
              </th>
              <th scope="col" className="py-1.5 pr-3 text-right font-semibold">
                Settled
              </th>
              <th scope="col" className="py-1.5 text-right font-semibold">
                Score
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {report.sections.map((s, i) => (
              <tr key={s.key}>
                <td className="py-1.5 pr-3 text-slate-800">
                  {i + 1}. {s.title}
                </td>
                <td className="py-1.5 pr-3 text-right tabular-nums text-slate-600">
                  {s.clauses.filter((c) => isSettled(c.status)).length} / {s.applicable}
                </td>
                <td className={cn("py-1.5 text-right font-semibold tabular-nums", s.applicable ? scoreTone(s.score, s.score === 100) : "text-slate-600")}>
                  {s.applicable ? s.score : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section id="report-blockers" title="Blockers" aside={readiness.blockers.length ? plural(readiness.blockers.length, "blocker") : "none"}>
        {readiness.blockers.length === 0 ? (
          <p className="text-sm text-emerald-700">
            No blockers: every must-have is secured or risk-accepted, nothing is below walk-away and every failure scenario is covered.
          </p>
        ) : (
          <ol className="list-decimal space-y-1.5 pl-5 text-sm text-slate-700 marker:font-semibold marker:text-red-600" data-testid="report-blockers">
            {readiness.blockers.map((b, i) => (
              <li key={i} className="break-inside-avoid pl-1">
                {b.message}
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section id="report-scenarios" title="Failure scenario coverage" aside={`${covered} of ${readiness.scenarios.length} covered`}>
        <ul className="divide-y divide-slate-100">
          {readiness.scenarios.map((s) => (
            <li key={s.key} className="break-inside-avoid py-2.5">
              <div className="flex items-center justify-between gap-3">
                <span className="text-sm font-medium text-slate-900">{s.title}</span>
                {s.covered ? (
                  <Badge tone={s.acceptedRisk ? "warn" : "good"}>{s.acceptedRisk ? "Covered, risk accepted" : "Covered"}</Badge>
                ) : (
                  <Badge tone="bad">Not covered</Badge>
                )}
              </div>
              <p className="mt-1 text-sm text-slate-600">{s.message}</p>
            </li>
          ))}
        </ul>
      </Section>

      <ReportLicenceSection licence={report.licence} />

      {report.sections.map((section, i) => {
        const settled = section.clauses.filter((c) => isSettled(c.status)).length;
        return (
          <Section
            key={section.key}
            id={`report-section-${section.key}`}
            // On paper each IP layer starts a page of its own.
            className="print:break-before-page"
            title={`${i + 1}. ${section.title}`}
            aside={section.applicable ? `score ${section.score} · ${settled} of ${section.applicable} settled` : "no applicable clause"}
          >
            {section.clauses.length === 0 ? (
              <p className="text-sm italic text-slate-600">This playbook has no clause in this section.</p>
            ) : (
              <ScrollRegion label={`${section.title}: clauses`}>
                <table className="w-full min-w-[36rem] table-fixed text-sm print:min-w-0">
                  <colgroup>
                    <col className="w-[28%]" />
                    <col className="w-[36%]" />
                    <col className="w-[36%]" />
                  </colgroup>
                  <thead>
                    <tr className="border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-600">
                      <th scope="col" className="pb-1.5 pr-3 font-semibold">
                        Clause &amp; status
                      </th>
                      <th scope="col" className="pb-1.5 pr-3 font-semibold">
                        Agreed language
                      </th>
                      <th scope="col" className="pb-1.5 font-semibold">
                        Latest vendor response
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {section.clauses.map((clause) => (
                      <ClauseRow key={clause.id} dealId={deal.id} clause={clause} />
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )}
          </Section>
        );
      })}

      <Section id="report-approvals" title="Approvals" aside={report.approval.label}>
        <p className="text-sm text-slate-700">
          {report.approval.requireSecondApproval
            ? "Policy: a CIO approval and a second approval by another member flagged as approver."
            : "Policy: one CIO approval; someone who accepted a risk is never the only approver."}
        </p>
        {report.approval.approvers.length === 0 ? (
          <p className="mt-2 text-sm italic text-slate-600">No approval stands on the deal as it is now.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm" data-testid="report-approvers">
            {report.approval.approvers.map((a) => (
              <li key={`${a.name}-${a.createdAt}`}>
                <span className="font-medium text-slate-900">{a.name}</span> · {a.secondApproval ? "second approver" : "CIO approval"} ·{" "}
                {formatDateTime(a.createdAt)}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="report-reviews" title="Review history" aside={report.reviews.length ? plural(report.reviews.length, "decision") : undefined}>
        {report.reviews.length === 0 ? (
          <p className="text-sm italic text-slate-600">No CIO review has been recorded for this deal yet.</p>
        ) : (
          <ol className="divide-y divide-slate-100">
            {report.reviews.map((review) => (
              <ReviewEntry key={review.id} review={review} />
            ))}
          </ol>
        )}
        {report.earlierReviews > 0 ? (
          <p className="mt-3 text-sm text-slate-600" data-testid="earlier-reviews">
            {earlierReviewsNote(report.earlierReviews)}
          </p>
        ) : null}
      </Section>

      <Section id="report-process" title="Process checklist" aside={`${done} of ${report.process.length} done`}>
        <ul className="space-y-2">
          {report.process.map((step) => (
            <li key={step.id} className="flex gap-3 break-inside-avoid">
              <span
                aria-hidden="true"
                className={cn(
                  "mt-0.5 flex h-4 w-4 shrink-0 items-center justify-center rounded border",
                  step.done ? "border-emerald-600 bg-emerald-600 text-white" : "border-slate-300",
                )}
              >
                {step.done && (
                  <svg viewBox="0 0 12 12" className="h-3 w-3" fill="none" stroke="currentColor" strokeWidth="2">
                    <path d="M2.5 6.5l2.5 2.5 4.5-6" />
                  </svg>
                )}
              </span>
              <div className="text-sm">
                <span className="font-medium text-slate-900">{step.title}</span>
                <span className="sr-only">{step.done ? " (done)" : " (open)"}</span>
                {step.note && <p className="text-slate-600">{step.note}</p>}
              </div>
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}

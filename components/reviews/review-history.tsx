import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { CLAUSE_STATUS_LABEL } from "@/lib/format/clause-status-labels";
import type { ReviewDto } from "@/lib/services/reviews";

function when(iso: string) {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
}

export function ReviewHistory({ reviews }: { reviews: ReviewDto[] }) {
  if (!reviews.length) return <EmptyState title="No reviews yet" description="Each CIO decision is recorded here with the readiness it was based on." />;
  return (
    <ol className="space-y-4">
      {reviews.map((review) => (
        <li key={review.id} className="rounded-lg p-4 ring-1 ring-slate-200" data-testid="review-entry">
          <div className="flex flex-wrap items-center gap-2">
            {review.decision === "APPROVED" ? <Badge tone="good">Approved</Badge> : <Badge tone="warn">Changes requested</Badge>}
            {review.staleAt && <Badge tone="bad">Stale since {when(review.staleAt)}</Badge>}
            <span className="text-sm text-slate-600">
              by {review.reviewer} · {when(review.createdAt)}
            </span>
            <span className="ml-auto text-sm text-slate-600">
              Readiness then: <span className="font-semibold text-slate-900">{review.snapshot.score}</span>/100 · {review.snapshot.blockers.length} blocker
              {review.snapshot.blockers.length === 1 ? "" : "s"}
            </span>
          </div>
          {review.comment && <p className="mt-2 text-sm text-slate-800">{review.comment}</p>}
          {review.acceptedRisks.length > 0 && (
            <div className="mt-3">
              <div className="text-xs font-semibold uppercase tracking-wide text-slate-600">Risks accepted with this decision</div>
              <ul className="mt-1 space-y-1 text-sm">
                {review.acceptedRisks.map((risk) => (
                  <li key={risk.clauseTitle}>
                    <span className="font-medium">{risk.clauseTitle}:</span> {risk.rationale}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {(review.changedSince.length > 0 || review.factChanges.length > 0) && (
            <div className="mt-3 rounded-md bg-red-50 p-3 text-sm ring-1 ring-inset ring-red-200" data-testid="changed-since">
              <div className="font-semibold text-red-900">Changed since this approval</div>
              <ul className="mt-1 space-y-0.5 text-red-950">
                {review.factChanges.map((c) => (
                  <li key={c.label}>
                    {c.label}: {c.from} → {c.to}
                  </li>
                ))}
                {review.changedSince.map((c) => (
                  <li key={c.clauseKey}>
                    {c.title}: {CLAUSE_STATUS_LABEL[c.from]}
                    {c.from !== c.to ? ` → ${CLAUSE_STATUS_LABEL[c.to]}` : " (terms edited)"}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

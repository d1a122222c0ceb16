import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { READINESS_BAND_MIN_SCORE } from "@/lib/domain/readiness-band";
import { plural } from "@/lib/format/plural";
import type { DealReadinessDto } from "@/lib/services/readiness";

function scoreTone(score: number, ready: boolean) {
  if (ready) return "text-emerald-700";
  return score >= READINESS_BAND_MIN_SCORE.close ? "text-amber-700" : "text-red-600";
}

export function ReadinessSummary({ dealId, readiness, limit = 6 }: { dealId: string; readiness: DealReadinessDto; limit?: number }) {
  const shown = readiness.blockers.slice(0, limit);
  return (
    <Card data-testid="readiness">
      <CardHeader
        title="Readiness"
        description="Weighted by clause priority; blockers make a deal not ready whatever the score."
        actions={readiness.ready ? <Badge tone="good">Ready to sign</Badge> : <Badge tone="bad">Not ready</Badge>}
      />
      <div className="flex items-center gap-6 px-5 py-4">
        <div className={`text-5xl font-semibold tabular-nums ${scoreTone(readiness.score, readiness.ready)}`} data-testid="readiness-score">
          {readiness.score}
        </div>
        <div className="text-sm text-slate-600">
          out of 100
          <div className="mt-0.5 font-medium text-slate-900">
            {readiness.blockers.length === 0 ? "No blockers" : plural(readiness.blockers.length, "blocker")}
          </div>
        </div>
      </div>
      {shown.length > 0 && (
        <ul className="divide-y divide-slate-100 border-t border-slate-100" aria-label="Blockers">
          {shown.map((blocker, i) => {
            const link = blocker.clauseKey ? readiness.clauseLinks[blocker.clauseKey] : undefined;
            // A licence finding is explained on the deal overview's licence card.
            const href = link ? `/deals/${dealId}/clauses/${link.dealClauseId}` : blocker.findingKey ? `/deals/${dealId}#licence-findings` : undefined;
            return (
              <li key={i} className="flex gap-3 px-5 py-2.5 text-sm" data-blocker={blocker.kind}>
                <span aria-hidden="true" className="mt-1.5 h-2 w-2 shrink-0 rounded-full bg-red-500" />
                {href ? (
                  <Link className="text-slate-700 hover:text-brand-700 hover:underline" href={href}>
                    {blocker.message}
                  </Link>
                ) : (
                  <span className="text-slate-700">{blocker.message}</span>
                )}
              </li>
            );
          })}
          {readiness.blockers.length > shown.length && (
            <li className="px-5 py-2.5 text-sm text-slate-600">and {readiness.blockers.length - shown.length} more</li>
          )}
        </ul>
      )}
    </Card>
  );
}

export function ScenarioCoverageList({ readiness }: { readiness: DealReadinessDto }) {
  return (
    <Card>
      <CardHeader title="Failure scenarios" description="Covered when every defending clause is at must-have or fallback." />
      <ul className="divide-y divide-slate-100">
        {readiness.scenarios.map((scenario) => (
          <li key={scenario.key} className="px-5 py-3" data-testid="scenario-coverage">
            <div className="flex items-center justify-between gap-3">
              <span className="text-sm font-medium text-slate-900">{scenario.title}</span>
              {scenario.covered ? (
                <Badge tone={scenario.acceptedRisk ? "warn" : "good"}>{scenario.acceptedRisk ? "Covered, risk accepted" : "Covered"}</Badge>
              ) : (
                <Badge tone="bad">Not covered</Badge>
              )}
            </div>
            {!scenario.covered && <p className="mt-1 text-sm text-slate-600">{scenario.message}</p>}
          </li>
        ))}
      </ul>
    </Card>
  );
}

import { ClauseStatusBadge } from "@/components/checklist/clause-status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { TABLE_CELL, TableHead } from "@/components/ui/table-head";
import type { Readiness } from "@/lib/domain/readiness";
import { plural } from "@/lib/format/plural";
import type { Tone } from "@/lib/format/tone";
import type { ClauseOutcome, ClausePlan, UpgradePlan } from "@/lib/playbook/upgrade-plan";

const OUTCOME: Record<ClauseOutcome, { label: string; tone: Tone; title: string; description: string }> = {
  RECHECK: {
    label: "Re-check",
    tone: "warn",
    title: "Changed: re-check",
    description: "Status, responses and agreed terms are kept; the clause is flagged until someone checks it against the new position.",
  },
  NEW: { label: "New", tone: "info", title: "New clauses", description: "Added to the checklist, not started." },
  RETIRED: {
    label: "Retired",
    tone: "muted",
    title: "Retired",
    description: "Kept read-only in the deal's history with their responses; they no longer count in readiness or progress.",
  },
  KEEP: { label: "Kept", tone: "good", title: "Unchanged", description: "Positions are the same: status, responses and agreed terms are kept." },
};

function ReadinessFigure({ label, readiness, testId }: { label: string; readiness: Readiness; testId: string }) {
  return (
    <div className="rounded-lg bg-slate-50 px-4 py-3 ring-1 ring-inset ring-slate-200" data-testid={testId}>
      <div className="text-xs font-semibold uppercase tracking-wide text-slate-600">{label}</div>
      <div className="mt-1 flex items-baseline gap-2">
        <span className="text-3xl font-semibold tabular-nums text-slate-900">{readiness.score}</span>
        <span className="text-sm text-slate-600">/ 100</span>
      </div>
      <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
        {readiness.ready ? <Badge tone="good">Ready to sign</Badge> : <Badge tone="bad">Not ready</Badge>}
        <span>{readiness.blockers.length === 0 ? "No blockers" : plural(readiness.blockers.length, "blocker")}</span>
      </div>
    </div>
  );
}

/** Readiness now and after the upgrade, with the blockers the upgrade would add. */
export function UpgradeReadiness({ before, after }: { before: Readiness; after: Readiness }) {
  // By what a blocker is about, not its wording: a reworded clause title is not a new blocker.
  const about = (b: Readiness["blockers"][number]) => `${b.kind}:${b.clauseKey ?? b.scenarioKey ?? ""}`;
  const was = new Set(before.blockers.map(about));
  const added = after.blockers.filter((b) => !was.has(about(b)));
  return (
    <Card>
      <CardHeader title="Readiness" description="Computed now, and as the deal would stand right after the upgrade." />
      <div className="grid gap-3 px-5 py-4 sm:grid-cols-[1fr_auto_1fr] sm:items-center">
        <ReadinessFigure label="Now" readiness={before} testId="readiness-now" />
        <span aria-hidden="true" className="hidden text-2xl text-slate-400 sm:block">
          →
        </span>
        <ReadinessFigure label="After the upgrade" readiness={after} testId="readiness-after" />
      </div>
      {added.length > 0 && (
        <div className="border-t border-slate-100 px-5 py-4">
          <h3 className="text-sm font-semibold text-slate-900">New blockers after the upgrade</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
            {added.map((b, i) => (
              <li key={i}>{b.message}</li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}

function ClauseTable({ outcome, clauses }: { outcome: ClauseOutcome; clauses: ClausePlan[] }) {
  const withReason = outcome === "RECHECK";
  return (
    <ScrollRegion label={`${OUTCOME[outcome].title}: clauses`}>
      <table className="min-w-full divide-y divide-slate-200">
        <TableHead columns={["Clause", withReason ? "What changed" : "Outcome", "Status", "Responses"]} />
        <tbody className="divide-y divide-slate-100">
          {clauses.map((c) => (
            <tr key={c.clauseKey} data-testid={`plan-${c.clauseKey}`}>
              <td className={`${TABLE_CELL} min-w-48 font-medium text-slate-900`}>{c.title}</td>
              <td className={`${TABLE_CELL} min-w-48 text-slate-700`}>
                {withReason ? c.recheckReason : <Badge tone={OUTCOME[outcome].tone}>{OUTCOME[outcome].label}</Badge>}
              </td>
              <td className={TABLE_CELL}>
                <ClauseStatusBadge status={c.status} />
              </td>
              <td className={`${TABLE_CELL} tabular-nums text-slate-700`}>{c.responseCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** What the upgrade does, clause by clause (kept ones folded away), then process steps and the deal's own clauses. */
export function UpgradePlanView({ plan }: { plan: UpgradePlan }) {
  const order: ClauseOutcome[] = ["RECHECK", "NEW", "RETIRED", "KEEP"];
  const changedSteps = plan.steps.filter((s) => s.outcome !== "KEEP");
  const changedScenarios = plan.scenarios.filter((s) => s.outcome !== "KEEP");
  return (
    <div className="space-y-6">
      {order.map((outcome) => {
        const clauses = plan.clauses.filter((c) => c.outcome === outcome);
        if (!clauses.length) return null;
        const meta = OUTCOME[outcome];
        const title = `${meta.title} (${clauses.length})`;
        return (
          <Card key={outcome} data-testid={`plan-group-${outcome}`}>
            <CardHeader title={title} description={meta.description} />
            {outcome === "KEEP" ? (
              <details className="px-5 py-3">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">Show the {plural(clauses.length, "unchanged clause")}</summary>
                <div className="mt-3">
                  <ClauseTable outcome={outcome} clauses={clauses} />
                </div>
              </details>
            ) : (
              <ClauseTable outcome={outcome} clauses={clauses} />
            )}
          </Card>
        );
      })}
      {(changedSteps.length > 0 || changedScenarios.length > 0 || plan.dealSpecific.length > 0) && (
        <Card>
          <CardHeader title="Process steps, scenarios and the deal's own clauses" />
          <ul className="divide-y divide-slate-100">
            {changedSteps.map((s) => (
              <li key={`step-${s.key}`} className="flex flex-wrap items-center gap-2 px-5 py-2.5 text-sm text-slate-700">
                <Badge tone={s.outcome === "NEW" ? "info" : "muted"}>{s.outcome === "NEW" ? "New step" : "Step dropped"}</Badge>
                <span>{s.title}</span>
                {s.outcome === "RETIRED" && (s.done || s.note) && (
                  <span className="text-slate-600">
                    (its {s.done ? "tick" : ""}
                    {s.done && s.note ? " and " : ""}
                    {s.note ? "note" : ""} is kept in the activity log)
                  </span>
                )}
              </li>
            ))}
            {changedScenarios.map((s) => (
              <li key={`scenario-${s.key}`} className="flex flex-wrap items-center gap-2 px-5 py-2.5 text-sm text-slate-700">
                <Badge tone={s.outcome === "NEW" ? "info" : "muted"}>{s.outcome === "NEW" ? "New scenario" : "Scenario dropped"}</Badge>
                <span>{s.title}</span>
              </li>
            ))}
            {plan.dealSpecific.map((c) => (
              <li key={`own-${c.clauseKey}`} className="flex flex-wrap items-center gap-2 px-5 py-2.5 text-sm text-slate-700">
                <Badge tone="open">Deal&apos;s own clause</Badge>
                <span>{c.title}: moves along unchanged</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}

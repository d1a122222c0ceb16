import Link from "next/link";
import { ClauseStatusBadge } from "@/components/checklist/clause-status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { daysUntil, formatCalendarDate } from "@/lib/format/dates";
import type { MyOpenClauseDto } from "@/lib/services/home";

/** Clauses assigned to the reader that still need work, soonest due first (overdue ones lead, marked). */
export function MyOpenClauses({ clauses, now }: { clauses: MyOpenClauseDto[]; now: Date }) {
  return (
    <Card data-testid="my-open-clauses">
      <CardHeader title="My open clauses" description="Clauses assigned to you that are not settled yet, soonest due first." />
      {clauses.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">Nothing assigned to you is open. Clauses a colleague assigns to you appear here.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {clauses.map((c) => {
            const overdue = c.dueOn !== null && daysUntil(c.dueOn, now) < 0;
            return (
              <li key={c.dealClauseId} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-5 py-3" data-testid="my-open-clause">
                <div className="min-w-48 flex-1">
                  <Link href={`/deals/${c.dealId}/clauses/${c.dealClauseId}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                    {c.clauseTitle}
                  </Link>
                  <p className="text-sm text-slate-600">{c.dealName}</p>
                </div>
                <ClauseStatusBadge status={c.status} />
                <span className={`text-sm tabular-nums ${overdue ? "font-medium text-red-800" : "text-slate-600"}`}>
                  {c.dueOn ? `Due ${formatCalendarDate(c.dueOn)}` : "No due date"}
                </span>
                {overdue && <Badge tone="bad">Overdue</Badge>}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

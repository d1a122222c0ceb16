import { Badge } from "@/components/ui/badge";
import { daysUntil, formatCalendarDate } from "@/lib/format/dates";

/** "Assigned to Dana Reyes · due 3 Dec 2026", with "Overdue" when the date passed and the clause is still open. */
export function AssignmentNote({
  assignee,
  dueOn,
  open,
  now,
}: {
  assignee: { name: string } | null;
  dueOn: string | null;
  /** Whether the clause still needs work (an overdue date of a settled clause is no alarm). */
  open: boolean;
  now: Date;
}) {
  if (!assignee && !dueOn) return null;
  const overdue = open && dueOn !== null && daysUntil(dueOn, now) < 0;
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600" data-testid="assignment-note">
      <span>
        {assignee ? (
          <>
            Assigned to <span className="font-medium text-slate-800">{assignee.name}</span>
          </>
        ) : (
          "Nobody assigned"
        )}
        {dueOn && <> · due {formatCalendarDate(dueOn)}</>}
      </span>
      {overdue && <Badge tone="bad">Overdue</Badge>}
    </p>
  );
}

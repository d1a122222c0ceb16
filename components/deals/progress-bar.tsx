import type { ProgressCounts } from "@/lib/domain/progress";
import { cn } from "@/components/ui/cn";

const SEGMENTS = [
  { key: "mustHave", label: "at must-have", className: "bg-emerald-500" },
  { key: "fallback", label: "at fallback", className: "bg-sky-400" },
  { key: "belowWalkAway", label: "below walk-away", className: "bg-red-500" },
  { key: "open", label: "open", className: "bg-slate-200" },
] as const;

/** Clause progress of a deal as one stacked bar; not-applicable clauses are left out. */
export function ProgressBar({ progress, className }: { progress: ProgressCounts; className?: string }) {
  const applicable = progress.total - progress.notApplicable;
  const settled = progress.mustHave + progress.fallback;
  const label =
    applicable === 0
      ? "No applicable clauses"
      : `${settled} of ${applicable} clauses settled: ` + SEGMENTS.map((s) => `${progress[s.key]} ${s.label}`).join(", ");
  return (
    <div className={cn("min-w-32", className)}>
      <div role="img" aria-label={label} title={label} className="flex h-2 w-full overflow-hidden rounded-full bg-slate-100">
        {applicable > 0 &&
          SEGMENTS.map((s) =>
            progress[s.key] > 0 ? <span key={s.key} className={cn("h-full", s.className)} style={{ width: `${(100 * progress[s.key]) / applicable}%` }} /> : null,
          )}
      </div>
      <div className="mt-1 text-xs text-slate-500" aria-hidden="true">
        {applicable === 0 ? "No clauses" : `${settled}/${applicable} settled`}
        {progress.belowWalkAway > 0 && <span className="font-medium whitespace-nowrap text-red-700"> · {progress.belowWalkAway} below walk-away</span>}
      </div>
    </div>
  );
}

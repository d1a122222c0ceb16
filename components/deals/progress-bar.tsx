import { ProgressBar as StackedBar } from "@/components/checklist/progress-bar";
import { cn } from "@/components/ui/cn";
import type { ProgressCounts } from "@/lib/domain/progress";

/** A deal's clause progress in the deal list: the stacked bar plus "12/34 settled". */
export function ProgressBar({ progress, className }: { progress: ProgressCounts; className?: string }) {
  const applicable = progress.total - progress.notApplicable;
  const settled = progress.mustHave + progress.fallback;
  return (
    <div className={cn("min-w-32", className)}>
      <StackedBar counts={progress} />
      <div className="mt-1 text-xs text-slate-600" aria-hidden="true">
        {applicable === 0 ? "No clauses" : `${settled}/${applicable} settled`}
        {progress.belowWalkAway > 0 && <span className="font-medium whitespace-nowrap text-red-700"> · {progress.belowWalkAway} below walk-away</span>}
      </div>
    </div>
  );
}

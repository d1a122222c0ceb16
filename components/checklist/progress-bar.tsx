import type { ProgressCounts } from "@/lib/domain/progress";

/** Stacked bar of a set of clauses: must-have met, fallback, below walk-away, open (N/A left out). */
export function ProgressBar({ counts, className = "h-2" }: { counts: ProgressCounts; className?: string }) {
  const applicable = counts.total - counts.notApplicable;
  const settled = counts.mustHave + counts.fallback;
  const label =
    applicable === 0
      ? "No applicable clauses"
      : `${settled} of ${applicable} clauses settled: ${counts.mustHave} at must-have, ${counts.fallback} at fallback, ${counts.belowWalkAway} below walk-away, ${counts.open} open`;
  const part = (n: number) => `${applicable ? (100 * n) / applicable : 0}%`;
  return (
    <div role="img" aria-label={label} title={label} className={`flex w-full overflow-hidden rounded-full bg-slate-200 ${className}`}>
      <div className="bg-emerald-500" style={{ width: part(counts.mustHave) }} />
      <div className="bg-sky-400" style={{ width: part(counts.fallback) }} />
      <div className="bg-red-500" style={{ width: part(counts.belowWalkAway) }} />
    </div>
  );
}

export function ProgressLegend({ counts }: { counts: ProgressCounts }) {
  const items = [
    { label: "must-have", value: counts.mustHave, dot: "bg-emerald-500" },
    { label: "fallback", value: counts.fallback, dot: "bg-sky-400" },
    { label: "below walk-away", value: counts.belowWalkAway, dot: "bg-red-500" },
    { label: "open", value: counts.open, dot: "bg-slate-300" },
  ];
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`h-2 w-2 rounded-full ${item.dot}`} />
          <span className="font-semibold text-slate-800">{item.value}</span> {item.label}
        </li>
      ))}
      {counts.notApplicable > 0 && <li className="text-slate-600">{counts.notApplicable} n/a</li>}
    </ul>
  );
}

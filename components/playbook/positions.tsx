/** The three negotiating positions of a clause, side by side: what we want, what we accept, what we refuse. */
export function Positions({ mustHave, fallback, walkAway }: { mustHave: string; fallback: string; walkAway: string }) {
  const cells = [
    { label: "Must-have", text: mustHave, className: "border-emerald-500 bg-emerald-50/60", labelClass: "text-emerald-800" },
    { label: "Fallback", text: fallback, className: "border-sky-500 bg-sky-50/60", labelClass: "text-sky-800" },
    { label: "Walk away if", text: walkAway, className: "border-red-500 bg-red-50/60", labelClass: "text-red-800" },
  ];
  return (
    <dl className="grid gap-3 md:grid-cols-3">
      {cells.map((cell) => (
        <div key={cell.label} className={`rounded-md border-l-4 px-3 py-2 ${cell.className}`}>
          <dt className={`text-xs font-semibold uppercase tracking-wide ${cell.labelClass}`}>{cell.label}</dt>
          <dd className="mt-1 text-sm text-slate-800">{cell.text}</dd>
        </div>
      ))}
    </dl>
  );
}

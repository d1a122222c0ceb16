/** A SHA-256 shortened to its first 12 characters; the full value is in the tooltip and, for assistive tech, the label. */
export function ShortHash({ value, className }: { value: string; className?: string }) {
  return (
    <code className={`font-mono text-xs text-slate-800 ${className ?? ""}`} title={value} aria-label={`SHA-256 ${value}`}>
      {value.slice(0, 12)}…
    </code>
  );
}

/** The full value, breaking anywhere so it never widens the page on a phone. */
export function FullHash({ value }: { value: string }) {
  return <code className="block break-all font-mono text-xs text-slate-800">{value}</code>;
}

import type { PassageFlag } from "@/lib/drafts/types";

/** The passage with each flagged span in a <mark> naming the finding (overlapping spans: the first wins). */
export function HighlightedText({ text, flags }: { text: string; flags: readonly Pick<PassageFlag, "key" | "start" | "end" | "title">[] }) {
  const spans = [...flags].filter((f) => f.start < f.end && f.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const flag of spans) {
    if (flag.start < at) continue;
    if (flag.start > at) parts.push(text.slice(at, flag.start));
    parts.push(
      <mark key={flag.key} title={flag.title} className="rounded-sm bg-amber-200 px-0.5 text-slate-950" data-flag={flag.key}>
        {text.slice(flag.start, flag.end)}
        <span className="sr-only"> (flagged: {flag.title})</span>
      </mark>,
    );
    at = flag.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

// Cuts a passage's text into plain runs and flagged runs, for <mark>-ing the flagged words in place.
// Flags may overlap (two rules on the same words): the earlier-starting one wins the shared words and
// the later one keeps only what is left of it, so every character is shown exactly once.

export interface FlagSpan {
  id: string;
  start: number;
  end: number;
}

export type Segment<F extends FlagSpan> = { text: string; flag: F | null };

export function highlightSegments<F extends FlagSpan>(text: string, flags: readonly F[]): Segment<F>[] {
  const spans = flags
    .map((flag) => ({ flag, start: Math.max(0, Math.min(flag.start, text.length)), end: Math.max(0, Math.min(flag.end, text.length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment<F>[] = [];
  let at = 0;
  for (const span of spans) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), flag: null });
    segments.push({ text: text.slice(start, span.end), flag: span.flag });
    at = span.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), flag: null });
  return segments;
}

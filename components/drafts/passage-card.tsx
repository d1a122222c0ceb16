import type { ReviewPassage } from "@/lib/services/drafts/review";
import { FlagItem } from "./flag-item";
import { highlightSegments } from "./highlight";
import { MappingChips } from "./mapping-chips";
import { RemapControl } from "./remap-control";

const flagAnchor = (flagId: string) => `flag-${flagId}`;

/** One passage of the draft: its number and section, its text with the flagged words marked, its flags and its clauses. */
export function PassageCard({ dealId, passage, editable }: { dealId: string; passage: ReviewPassage; editable: boolean }) {
  const label = passage.number || `#${passage.ordinal + 1}`;
  const openFlags = passage.flags.filter((f) => !f.dismissedAt);
  const segments = highlightSegments(passage.text, openFlags);
  const isHeading = passage.kind === "heading";
  if (isHeading) {
    // A section title: a divider between the passages it heads, not a card of its own.
    return (
      <li id={`passage-${passage.ordinal + 1}`} className="scroll-mt-4 pt-3" data-testid="draft-passage">
        <p className="break-words border-b border-slate-200 pb-1.5 text-base font-semibold text-slate-900">{passage.text}</p>
      </li>
    );
  }
  return (
    <li id={`passage-${passage.ordinal + 1}`} className="scroll-mt-4 rounded-xl bg-white shadow-sm ring-1 ring-slate-200" data-testid="draft-passage">
      <div className="px-4 py-3 sm:px-5">
        <div className="flex flex-wrap items-baseline gap-x-2 text-xs text-slate-600">
          <span className="font-semibold text-slate-800">{label}</span>
          {passage.heading && <span className="min-w-0 break-words">· {passage.heading}</span>}
        </div>
        <p className="mt-1 whitespace-pre-line break-words font-serif text-[0.95rem] leading-relaxed text-slate-900">
          {segments.map((s, i) =>
            s.flag ? (
              <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-slate-950 underline decoration-red-600 decoration-2 underline-offset-2">
                <a href={`#${flagAnchor(s.flag.id)}`} className="text-inherit no-underline">
                  {s.text}
                </a>
                <span className="sr-only"> (flagged: {s.flag.title})</span>
              </mark>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
        </p>
      </div>
      {passage.flags.length > 0 && (
        <ul className="space-y-2 border-t border-slate-100 bg-amber-50/40 px-4 py-3 sm:px-5" aria-label={`Flags in passage ${label}`}>
          {passage.flags.map((f) => (
            <FlagItem key={f.id} flag={f} anchorId={flagAnchor(f.id)} />
          ))}
        </ul>
      )}
      <div className="space-y-2 border-t border-slate-100 px-4 py-3 sm:px-5">
        <MappingChips dealId={dealId} mappings={passage.mappings} />
        {editable && (
          <RemapControl
            passageId={passage.id}
            passageLabel={label}
            mappedClauseIds={passage.mappings.filter((m) => m.state !== "REJECTED").map((m) => m.dealClauseId)}
          />
        )}
      </div>
    </li>
  );
}

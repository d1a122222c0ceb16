import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ClauseComparison, RoundVerdict } from "@/lib/drafts/compare-rounds";
import type { Tone } from "@/lib/format/tone";
import { PRIORITY_LABEL, PRIORITY_TONE } from "@/lib/format/priority-labels";

export const VERDICT_LABEL: Record<RoundVerdict, string> = {
  conceded: "Conceded",
  hardened: "Hardened",
  changed: "Changed",
  unchanged: "Unchanged",
  "newly-addressed": "Newly addressed",
  "now-silent": "Now silent",
};

export const VERDICT_TONE: Record<RoundVerdict, Tone> = {
  conceded: "good",
  hardened: "bad",
  changed: "info",
  unchanged: "muted",
  "newly-addressed": "ok",
  "now-silent": "warn",
};

/** One clause of a round comparison: the verdict, flags gained and lost, and the word diff of what each round says. */
export function CompareClause({ dealId, item, fromRound, toRound }: { dealId: string; item: ClauseComparison; fromRound: number; toRound: number }) {
  const { clause, verdict } = item;
  return (
    <li className="px-5 py-4" data-testid="compare-clause" data-verdict={verdict}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold text-slate-900">
          <Link href={`/deals/${dealId}/clauses/${clause.id}`} className="hover:underline">
            {clause.title}
          </Link>
        </h3>
        <Badge tone={PRIORITY_TONE[clause.priority]}>{PRIORITY_LABEL[clause.priority]}</Badge>
        <Badge tone={item.worse ? "bad" : VERDICT_TONE[verdict]}>{VERDICT_LABEL[verdict]}</Badge>
        {item.worse && <span className="text-xs text-red-700">A must-have the vendor no longer addresses.</span>}
      </div>
      {(item.flagsGained.length > 0 || item.flagsLost.length > 0) && (
        <ul className="mt-2 flex flex-wrap gap-2 text-xs" aria-label="Flags">
          {item.flagsGained.map((f) => (
            <li key={`+${f.key}`}>
              <Badge tone="bad" wrap>
                New: {f.title}
              </Badge>
            </li>
          ))}
          {item.flagsLost.map((f) => (
            <li key={`-${f.key}`}>
              <Badge tone="good" wrap>
                Gone: {f.title}
              </Badge>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-xs text-slate-600">
        Round {fromRound}: {places(item.before)} → round {toRound}: {places(item.after)}
      </p>
      {item.before.length > 0 || item.after.length > 0 ? (
        <p className="mt-1 whitespace-pre-wrap break-words rounded-md bg-slate-50 px-3 py-2 font-serif text-sm text-slate-800 ring-1 ring-inset ring-slate-200">
          {item.diff.map((segment, i) =>
            segment.kind === "same" ? (
              <span key={i}>{segment.text}</span>
            ) : segment.kind === "added" ? (
              <ins key={i} className="bg-emerald-100 text-emerald-900 underline decoration-emerald-700 underline-offset-2">
                {segment.text}
              </ins>
            ) : (
              <del key={i} className="mr-0.5 bg-red-50 text-red-800">
                {segment.text}
              </del>
            ),
          )}
        </p>
      ) : null}
    </li>
  );
}

function places(passages: { number: string }[]) {
  if (!passages.length) return "silent";
  return passages.map((p) => (p.number ? `§ ${p.number}` : "an unnumbered passage")).join(", ");
}

import { Badge } from "@/components/ui/badge";
import { PRIORITY_LABEL, PRIORITY_TONE } from "@/lib/format/priority-labels";
import type { ClauseDto } from "@/lib/services/playbook";
import { Positions } from "./positions";

export function ClauseCard({ clause }: { clause: ClauseDto }) {
  return (
    <article id={`clause-${clause.key}`} data-testid="playbook-clause" className="scroll-mt-20 border-t border-slate-100 px-5 py-5 first:border-t-0">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-sm font-semibold text-slate-900">{clause.title}</h3>
        <Badge tone={PRIORITY_TONE[clause.priority]}>{PRIORITY_LABEL[clause.priority]}</Badge>
      </div>
      <p className="mt-1 text-sm text-slate-600">{clause.whyItMatters}</p>
      <div className="mt-3">
        <Positions mustHave={clause.mustHave} fallback={clause.fallback} walkAway={clause.walkAway} />
      </div>
      {clause.sampleLanguage && (
        <figure className="mt-3">
          <figcaption className="text-xs font-semibold uppercase tracking-wide text-slate-600">Sample language</figcaption>
          <blockquote className="mt-1 rounded-md bg-slate-50 px-3 py-2 font-serif text-sm italic text-slate-700 ring-1 ring-inset ring-slate-200">
            {clause.sampleLanguage}
          </blockquote>
        </figure>
      )}
      <div className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-xs text-slate-600">
        {clause.defends.length > 0 && (
          <div className="flex flex-wrap items-center gap-1.5">
            <span className="font-medium text-slate-600">Defends against</span>
            {clause.defends.map((s) => (
              <a key={s.key} href={`#scenario-${s.key}`} className="max-w-full">
                <Badge tone="info" wrap>
                  {s.title}
                </Badge>
              </a>
            ))}
          </div>
        )}
        {clause.attackedBy.length > 0 && (
          <div className="flex flex-wrap items-center gap-1.5">
            <span className="font-medium text-slate-600">Attacked by</span>
            {clause.attackedBy.map((p) => (
              <a key={p.key} href={`#pitch-${p.key}`} className="max-w-full">
                {/* A quote is a sentence: on a phone it wraps inside its pill rather than widening the page. */}
                <Badge tone="warn" wrap>
                  “{p.quote}”
                </Badge>
              </a>
            ))}
          </div>
        )}
      </div>
      <p className="mt-2 text-xs text-slate-600">Source: {clause.source}</p>
    </article>
  );
}

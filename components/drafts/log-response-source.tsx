import Link from "next/link";
import type { ResponseDraftSourceDto } from "@/lib/services/drafts/response-sources";

/** On a clause's response log: the draft round a response was logged from, linked to its passages on the round's review page. */
export function LogResponseSource({ dealId, source }: { dealId: string; source: ResponseDraftSourceDto }) {
  const href = (passageId: string) => `/deals/${dealId}/drafts/${source.draftId}#passage-${passageId}`;
  return (
    <div className="mt-2 text-sm" data-testid="response-source">
      <p className="text-slate-600">
        From round {source.round} — {source.title}
        {source.passages.map((p, i) => (
          <span key={p.id}>
            {i === 0 ? ", " : " · "}
            <Link href={href(p.id)} className="font-medium text-brand-700 underline hover:text-brand-800">
              {p.number ? `§ ${p.number}` : "passage"}
            </Link>
          </span>
        ))}
      </p>
      {source.passages.map((p) => (
        <blockquote key={p.id} className="mt-1 border-l-2 border-slate-300 pl-3 font-serif text-xs text-slate-600">
          {p.text}
        </blockquote>
      ))}
    </div>
  );
}

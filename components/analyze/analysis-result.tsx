import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PRIORITY_LABEL } from "@/lib/format/priority-labels";
import type { AnalyzedPassage, TextAnalysis } from "@/lib/services/analyze-text";
import { HighlightedText } from "./highlighted-text";

/** What the engine read in a pasted text: passages with highlights and mapped clauses, and the clauses it is silent on. */
export function AnalysisResult({ result }: { result: TextAnalysis }) {
  const body = result.passages.filter((p) => p.kind !== "heading");
  const flags = body.reduce((n, p) => n + p.flags.length, 0);
  const addressed = new Set(body.flatMap((p) => p.clauses.map((c) => c.key))).size;
  const silentMustHaves = result.silentClauses.filter((c) => c.priority === "MUST_HAVE");
  return (
    <div className="space-y-6" data-testid="analysis-result">
      <p className="text-sm text-slate-700" role="status">
        {body.length} {body.length === 1 ? "passage" : "passages"} · {flags} {flags === 1 ? "flag" : "flags"} · {addressed} playbook{" "}
        {addressed === 1 ? "clause" : "clauses"} addressed ·{" "}
        <a href="#silent-on" className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900">
          silent on {result.silentClauses.length} ({silentMustHaves.length} must-have)
        </a>
      </p>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Card>
          <CardHeader title="Passages" description="Highlighted: wording the playbook warns about. Under each passage: the clauses it addresses, and why." />
          <ol className="divide-y divide-slate-100" data-testid="analysis-passages">
            {result.passages.map((passage, i) => (
              <Passage key={i} passage={passage} />
            ))}
          </ol>
        </Card>
        <Card className="self-start" id="silent-on">
          <CardHeader title="Silent on" description="Playbook clauses no passage addresses. Silence on a must-have is a finding too." />
          {result.silentClauses.length === 0 ? (
            <p className="px-5 py-4 text-sm text-slate-600">The text touches every clause of the playbook.</p>
          ) : (
            <ul className="space-y-2 px-5 py-4" data-testid="silent-clauses">
              {result.silentClauses.map((c) => (
                <li key={c.key} className="flex items-start justify-between gap-2 text-sm text-slate-800">
                  <span className="min-w-0">Silent on {lowerFirst(c.title)}</span>
                  <Badge tone={c.priority === "MUST_HAVE" ? "bad" : "muted"}>{PRIORITY_LABEL[c.priority]}</Badge>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

function Passage({ passage }: { passage: AnalyzedPassage }) {
  if (passage.kind === "heading") {
    return (
      <li className="bg-slate-50 px-5 py-2">
        <h3 className="text-sm font-semibold text-slate-900">{passage.text}</h3>
      </li>
    );
  }
  // Pasted text carries its own number ("4.1 The Supplier …"): shown once, in the text. The section
  // title is the heading row above the passage.
  const number = passage.text.startsWith(passage.number) ? "" : passage.number;
  return (
    <li className="space-y-2 px-5 py-4" data-testid="analysis-passage">
      {number && <p className="text-xs font-semibold text-slate-800">{number}</p>}
      <p className="text-sm leading-relaxed break-words text-slate-900">
        <HighlightedText text={passage.text} flags={passage.flags} />
      </p>
      {passage.flags.map((flag) => (
        <div key={flag.key} className="rounded-md bg-amber-50 px-3 py-2 text-sm ring-1 ring-amber-200 ring-inset" data-testid="analysis-flag">
          <p className="flex flex-wrap items-center gap-2 font-semibold text-amber-950">
            {flag.title}
            <Badge tone={flag.severity === "high" ? "bad" : "warn"}>{flag.severity === "high" ? "High risk" : "Medium risk"}</Badge>
          </p>
          <p className="mt-1 text-slate-800">
            <span className="font-medium">Why it matters:</span> {flag.danger}
          </p>
          <p className="mt-1 text-slate-800">
            <span className="font-medium">Counter:</span> {flag.counter}
          </p>
        </div>
      ))}
      {passage.clauses.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label="Clauses this passage addresses">
          {passage.clauses.map((c) => (
            <li
              key={c.key}
              className="max-w-full rounded-md bg-brand-50 px-2 py-1 text-xs text-brand-900 ring-1 ring-brand-600/20 ring-inset"
              data-testid="analysis-clause"
            >
              <span className="font-semibold">{c.title}</span>
              <span className="text-slate-700"> · because: {c.terms.join(", ")}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-xs text-slate-600">No playbook clause recognised.</p>
      )}
    </li>
  );
}

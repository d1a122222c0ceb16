import { Badge } from "@/components/ui/badge";
import type { CounterPassage } from "@/lib/services/drafts/counters";
import { RedlineCounterForm } from "./redline-counter-form";

/** "4.2 · Escrow", or the section alone for an unnumbered passage. */
export function passageTitle(p: Pick<CounterPassage, "number" | "heading">): string {
  return [p.number, p.heading].filter(Boolean).join(" · ") || "Unnumbered passage";
}

/** One passage worth countering: why (flags, must-haves), the vendor's words, and our wording. */
export function RedlinePassage({ passage, draftId, version, canManage }: { passage: CounterPassage; draftId: string; version: number; canManage: boolean }) {
  return (
    <li className="space-y-3 px-5 py-4" data-testid="counter-passage">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold text-slate-900">{passageTitle(passage)}</h3>
        {passage.counterText !== null && <Badge tone="info">Countered</Badge>}
        {passage.flags.map((f) => (
          <Badge key={f.title} tone={f.severity === "high" ? "bad" : "warn"} wrap>
            {f.title}
          </Badge>
        ))}
      </div>
      {passage.clauses.length > 0 && (
        <p className="text-xs text-slate-600">Addresses: {passage.clauses.map((c) => `${c.title}${c.mustHave ? " (must-have)" : ""}`).join("; ")}</p>
      )}
      <blockquote className="border-l-2 border-slate-200 pl-3">
        <p className="whitespace-pre-wrap break-words text-sm leading-6 text-slate-800">{passage.text}</p>
      </blockquote>
      {canManage && <RedlineCounterForm draftId={draftId} version={version} passage={passage} />}
    </li>
  );
}

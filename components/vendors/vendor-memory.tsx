import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { formatCalendarDate } from "@/lib/format/dates";
import type { VendorClauseMemoryDto } from "@/lib/services/vendors";

const QUOTE = "mt-1 whitespace-pre-wrap break-words rounded-md bg-slate-50 px-3 py-2 font-serif text-sm italic text-slate-700 ring-1 ring-inset ring-slate-200";

/** What the vendor conceded before, per playbook clause: settled clauses with the agreed words, and what it said when it accepted. */
export function VendorMemory({ clauses }: { clauses: VendorClauseMemoryDto[] }) {
  return (
    <Card data-testid="vendor-concessions">
      <CardHeader
        title="What it conceded before"
        description="Per clause: deals where our must-have was met or our fallback accepted, and responses in which the vendor accepted."
      />
      {clauses.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">No clause settled or accepted with this vendor yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {clauses.map((clause) => (
            <li key={clause.clauseKey} className="px-5 py-4" data-testid="vendor-clause-memory">
              <h3 className="text-sm font-semibold text-slate-900">{clause.title}</h3>
              <ul className="mt-2 space-y-3">
                {clause.concessions.map((c) => (
                  <li key={c.dealClauseId} className="text-sm">
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge tone={c.status === "MUST_HAVE_MET" ? "good" : "ok"}>{c.status === "MUST_HAVE_MET" ? "Must-have met" : "Fallback accepted"}</Badge>
                      <Link href={`/deals/${c.dealId}/clauses/${c.dealClauseId}`} className="font-medium text-brand-700 underline">
                        {c.dealName}
                      </Link>
                      <span className="text-slate-600">
                        <time dateTime={c.settledAt}>{formatCalendarDate(c.settledAt.slice(0, 10))}</time>
                        {c.contractReference ? ` · ${c.contractReference}` : ""}
                      </span>
                      {c.archived && <Badge tone="muted">Archived deal</Badge>}
                    </div>
                    {c.agreedLanguage && (
                      <blockquote className={QUOTE} aria-label="Agreed language">
                        {c.agreedLanguage}
                      </blockquote>
                    )}
                  </li>
                ))}
                {clause.acceptances.map((a) => (
                  <li key={a.id} className="text-sm">
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge tone="info">
                        {a.offerPosition === "MUST_HAVE"
                          ? "Accepted at our must-have"
                          : a.offerPosition === "FALLBACK"
                            ? "Accepted at our fallback"
                            : "Accepted"}
                      </Badge>
                      <Link href={`/deals/${a.dealId}/clauses/${a.dealClauseId}`} className="font-medium text-brand-700 underline">
                        {a.dealName}
                      </Link>
                      <time dateTime={a.occurredOn} className="text-slate-600">
                        {formatCalendarDate(a.occurredOn)}
                      </time>
                    </div>
                    <blockquote className={QUOTE} aria-label="The vendor's words">
                      “{a.vendorText}”
                    </blockquote>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

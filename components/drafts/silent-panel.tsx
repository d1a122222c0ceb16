import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import type { DraftReview } from "@/lib/services/drafts/review";

/** The deal's clauses the draft says nothing about, must-haves first: silence on a must-have is a finding. */
export function SilentPanel({ dealId, silent }: { dealId: string; silent: DraftReview["silent"] }) {
  return (
    <Card aria-labelledby="silent-title">
      <CardHeader
        title={<span id="silent-title">Silent on</span>}
        description={silent.length ? "Clauses of this deal no passage addresses (not-applicable ones left out)." : undefined}
      />
      {silent.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">Every applicable clause is addressed by at least one passage.</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="silent-clauses">
          {silent.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-5 py-2.5">
              <Link
                href={`/deals/${dealId}/clauses/${c.id}`}
                className="min-w-0 break-words text-sm font-medium text-slate-900 hover:text-brand-700 hover:underline"
              >
                <span className="sr-only">Silent on: </span>
                {c.title}
              </Link>
              {c.priority === "MUST_HAVE" && <Badge tone="bad">Must-have</Badge>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { CompareClause, VERDICT_LABEL, VERDICT_TONE } from "@/components/drafts/compare-clause";
import { CompareRoundPicker } from "@/components/drafts/compare-round-picker";
import { DealHeader } from "@/components/deals/deal-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/actor";
import { VERDICTS } from "@/lib/drafts/compare-rounds";
import { orNotFound } from "@/lib/or-not-found";
import { getRoundComparison } from "@/lib/services/drafts/compare";

export const metadata: Metadata = { title: "Compare draft rounds" };

/** A `with` that is not one id (repeated, empty, malformed) is treated as absent: the previous round. */
function withParam(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : undefined;
}

export default async function CompareRoundsPage({
  params,
  searchParams,
}: {
  params: Promise<{ dealId: string; draftId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { dealId, draftId } = await params;
  const actor = await requireActor();
  const result = await orNotFound(getRoundComparison(actor, dealId, draftId, withParam((await searchParams).with)));
  const { deal, draft, other, rounds, comparison } = result;
  const reviewHref = `/deals/${deal.id}/drafts/${draft.id}`;

  return (
    <>
      <DealHeader deal={deal} />
      <div className="mb-4 text-sm text-slate-600">
        <Link href={reviewHref} className="hover:text-slate-800">
          ← Round {draft.round}: {draft.title}
        </Link>
      </div>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h2 className="text-xl font-semibold text-slate-900">
            {comparison ? `Round ${comparison.to.round} against round ${comparison.from.round}` : `Round ${draft.round}`}
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            Per clause, what the later draft says compared with the earlier one: where the vendor gave ground, where they dug in, and what they stopped
            addressing.
          </p>
        </div>
        <CompareRoundPicker action={`/deals/${deal.id}/drafts/${draft.id}/compare`} rounds={rounds} selected={other?.id ?? null} />
      </div>

      {!comparison ? (
        <EmptyState
          title="No round to compare with"
          description={
            rounds.length
              ? "Choose another round of this deal above."
              : "This is the deal's only draft round. Add the vendor's next draft to the deal, then compare it with this one."
          }
        />
      ) : (
        <div className="space-y-6">
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" aria-label="Summary" data-testid="compare-summary">
            {VERDICTS.map((v) => (
              <li key={v} className="rounded-xl bg-white px-4 py-3 shadow-sm ring-1 ring-slate-200">
                <p className="text-2xl font-semibold text-slate-900" data-testid={`count-${v}`}>
                  {comparison.counts[v]}
                </p>
                <Badge tone={VERDICT_TONE[v]}>{VERDICT_LABEL[v]}</Badge>
              </li>
            ))}
          </ul>
          <Card>
            <CardHeader
              title="Clauses"
              description={`${comparison.clauses.length} addressed in round ${comparison.from.round} or ${comparison.to.round} · must-haves first · removed words struck through, new words underlined`}
            />
            {comparison.clauses.length ? (
              <ol className="divide-y divide-slate-100">
                {comparison.clauses.map((item) => (
                  <CompareClause key={item.clause.id} dealId={deal.id} item={item} fromRound={comparison.from.round} toRound={comparison.to.round} />
                ))}
              </ol>
            ) : (
              <p className="px-5 py-4 text-sm text-slate-600">Neither round is mapped to any clause yet.</p>
            )}
          </Card>
        </div>
      )}
    </>
  );
}

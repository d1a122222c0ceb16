import Link from "next/link";
import { StageBadge } from "@/components/deals/stage-badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { MyDealDto } from "@/lib/services/home";

export function MyDeals({ deals, canCreate }: { deals: MyDealDto[]; canCreate: boolean }) {
  return (
    <Card>
      <CardHeader
        title="My deals and next actions"
        description="Your active deals, soonest signing first, with the gaps to close next."
        actions={canCreate && <ButtonLink href="/deals/new">New deal</ButtonLink>}
      />
      {deals.length === 0 ? (
        <div className="p-5">
          <EmptyState title="No active deals" description="Deals you own appear here with the clauses to work on next." />
        </div>
      ) : (
        <ul className="divide-y divide-slate-100">
          {deals.map((deal) => (
            <li key={deal.id} className="px-5 py-4" data-testid="my-deal">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/deals/${deal.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {deal.name}
                </Link>
                <StageBadge stage={deal.stage} />
                <span className="text-sm text-slate-600">
                  {deal.vendor}
                  {deal.targetSigningDate ? ` · signing ${deal.targetSigningDate}` : ""}
                </span>
                <span className="ml-auto text-sm text-slate-600">
                  Readiness <span className="font-semibold text-slate-900">{deal.score}</span> · {deal.blockerCount} blocker{deal.blockerCount === 1 ? "" : "s"}
                </span>
              </div>
              {deal.nextActions.length > 0 && (
                <ul className="mt-2 space-y-1">
                  {deal.nextActions.map((action) => (
                    <li key={action.href} className="flex gap-2 text-sm">
                      <span aria-hidden="true" className="text-slate-600">
                        →
                      </span>
                      <Link href={action.href} className="text-slate-700 hover:text-brand-700 hover:underline">
                        {action.message}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

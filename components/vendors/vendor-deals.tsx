import Link from "next/link";
import { StageBadge } from "@/components/deals/stage-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { TABLE_CELL, TableHead } from "@/components/ui/table-head";
import { formatMinor } from "@/lib/format/money";
import type { VendorDealDto } from "@/lib/services/vendors";

/** The vendor's deals: stage, readiness, value and whether we could leave with the model. */
export function VendorDeals({ deals, total }: { deals: VendorDealDto[]; total: number }) {
  return (
    <Card data-testid="vendor-deals">
      <CardHeader title="Deals" description={deals.length < total ? `The ${deals.length} most recent of ${total}.` : "Live deals first, then archived ones."} />
      <ScrollRegion label="The vendor's deals">
        <table className="min-w-full divide-y divide-slate-200">
          <TableHead columns={["Deal", "Stage", "Readiness", "Value", "Lock-in"]} />
          <tbody className="divide-y divide-slate-100">
            {deals.map((deal) => (
              <tr key={deal.id} className={deal.archived ? "bg-slate-50" : undefined}>
                <td className={`${TABLE_CELL} min-w-40`}>
                  <Link href={`/deals/${deal.id}`} className="font-medium text-brand-700 hover:underline">
                    {deal.name}
                  </Link>
                  {deal.archived && (
                    <div className="mt-1">
                      <Badge tone="muted">Archived</Badge>
                    </div>
                  )}
                </td>
                <td className={TABLE_CELL}>
                  <StageBadge stage={deal.stage} />
                </td>
                <td className={`${TABLE_CELL} whitespace-nowrap tabular-nums`}>
                  {deal.readinessReady ? <Badge tone="good">Ready</Badge> : <span className="text-slate-700">{deal.readinessScore}%</span>}
                </td>
                <td className={`${TABLE_CELL} whitespace-nowrap tabular-nums`}>{formatMinor(deal.contractValueMinor, deal.currency)}</td>
                <td className={TABLE_CELL}>{deal.lockInExposed ? <Badge tone="warn">Exposed</Badge> : <Badge tone="good">Route secured</Badge>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Card>
  );
}

import Link from "next/link";
import { StageBadge } from "@/components/deals/stage-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { READINESS_BAND_MIN_SCORE } from "@/lib/domain/readiness-band";
import { formatMinor } from "@/lib/format/money";
import type { QueueItemDto } from "@/lib/services/review-queue";
import { ScrollRegion } from "@/components/ui/scroll-region";

function signing(item: QueueItemDto) {
  if (item.daysToSigning === null) return "—";
  if (item.daysToSigning < 0) return `${-item.daysToSigning} days overdue`;
  if (item.daysToSigning === 0) return "today";
  return `in ${item.daysToSigning} day${item.daysToSigning === 1 ? "" : "s"}`;
}

export function ReviewQueue({ items }: { items: QueueItemDto[] }) {
  return (
    <Card>
      <CardHeader
        title="Review queue"
        description="Deals awaiting your review and deals signing within 30 days, worst readiness first."
        actions={
          <span className="shrink-0 whitespace-nowrap text-sm text-slate-600">
            {items.length} deal{items.length === 1 ? "" : "s"}
          </span>
        }
      />
      {items.length === 0 ? (
        <div className="p-5">
          <EmptyState
            title="Nothing waiting for you"
            description="Deals appear here when a negotiator sends them to CIO review or their signing date is near."
          />
        </div>
      ) : (
        <ScrollRegion label="Review queue">
          <table className="w-full text-left text-sm" data-testid="review-queue">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-5 py-2.5 font-semibold">
                  Deal
                </th>
                <th scope="col" className="px-3 py-2.5 font-semibold">
                  Why
                </th>
                <th scope="col" className="px-3 py-2.5 font-semibold">
                  Readiness
                </th>
                <th scope="col" className="px-3 py-2.5 font-semibold">
                  Blockers
                </th>
                <th scope="col" className="px-3 py-2.5 font-semibold">
                  Signing
                </th>
                <th scope="col" className="px-3 py-2.5 text-right font-semibold">
                  Value
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((item) => (
                <tr key={item.id} data-testid="queue-row">
                  <td className="px-5 py-3">
                    <Link href={`/deals/${item.id}/review`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                      {item.name}
                    </Link>
                    <div className="text-xs text-slate-600">
                      {item.vendor} · {item.owner}
                    </div>
                  </td>
                  <td className="px-3 py-3">{item.reason === "CIO_REVIEW" ? <StageBadge stage={item.stage} /> : <Badge tone="warn">Signs soon</Badge>}</td>
                  <td className="px-3 py-3">
                    <span
                      className={`text-base font-semibold tabular-nums ${item.ready ? "text-emerald-700" : item.score >= READINESS_BAND_MIN_SCORE.close ? "text-amber-700" : "text-red-600"}`}
                    >
                      {item.score}
                    </span>
                    {item.ready && (
                      <span className="ml-2">
                        <Badge tone="good">Ready</Badge>
                      </span>
                    )}
                  </td>
                  <td className="px-3 py-3 text-slate-700">
                    {item.blockerCount}
                    {item.scenariosUncovered > 0 && (
                      <span className="text-xs text-slate-600">
                        {" "}
                        · {item.scenariosUncovered} scenario{item.scenariosUncovered === 1 ? "" : "s"} open
                      </span>
                    )}
                  </td>
                  <td className={`px-3 py-3 ${item.daysToSigning !== null && item.daysToSigning < 0 ? "text-red-700" : "text-slate-700"}`}>{signing(item)}</td>
                  <td className="px-3 py-3 text-right tabular-nums text-slate-700">{formatMinor(item.contractValueMinor, item.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </Card>
  );
}

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { formatCalendarDate } from "@/lib/format/dates";
import type { LeverageDto } from "@/lib/services/vendors";

/**
 * On a clause page: where the same vendor already gave way on this clause in another deal — our
 * must-have met or accepted first (strong leverage), then our fallback. Nothing when it never did.
 */
export function VendorLeverage({ leverage }: { leverage: { vendorId: string; vendor: string; items: LeverageDto[] } }) {
  if (!leverage.items.length) return null;
  return (
    <Card data-testid="vendor-leverage" className="ring-emerald-600/30">
      <CardHeader
        title="Leverage from earlier deals"
        description={
          <>
            <Link href={`/vendors/${leverage.vendorId}`} className="font-medium text-brand-700 underline">
              {leverage.vendor}
            </Link>{" "}
            already gave way on this clause.
          </>
        }
      />
      <ul className="divide-y divide-slate-100">
        {leverage.items.map((item) => (
          <li key={item.dealClauseId} className="space-y-2 px-5 py-4 text-sm" data-testid="leverage-item">
            <p className="text-slate-900">
              {item.strength === "MUST_HAVE" ? "This vendor accepted our must-have" : "This vendor accepted our fallback"} in{" "}
              <Link href={`/deals/${item.dealId}/clauses/${item.dealClauseId}`} className="font-medium text-brand-700 underline">
                {item.dealName}
              </Link>{" "}
              (<time dateTime={item.on}>{formatCalendarDate(item.on)}</time>).
            </p>
            <div className="flex flex-wrap gap-1.5">
              <Badge tone={item.strength === "MUST_HAVE" ? "good" : "ok"}>{item.strength === "MUST_HAVE" ? "Must-have" : "Fallback"}</Badge>
              {item.archived && <Badge tone="muted">Archived deal</Badge>}
            </div>
            {item.quote && (
              <figure>
                <figcaption className="text-xs font-semibold uppercase tracking-wide text-slate-600">
                  {item.quoteKind === "agreed" ? "Agreed language" : "The vendor's words"}
                </figcaption>
                <blockquote className="mt-1 whitespace-pre-wrap break-words rounded-md bg-slate-50 px-3 py-2 font-serif text-sm italic text-slate-700 ring-1 ring-inset ring-slate-200">
                  {item.quote}
                </blockquote>
              </figure>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}

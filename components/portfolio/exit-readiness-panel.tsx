import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EXIT_BANDS, exitBand } from "@/lib/assets/exit-readiness";
import type { Actor } from "@/lib/auth/load-actor";
import { EXIT_BAND_LABEL, EXIT_BAND_TONE } from "@/lib/format/asset-labels";
import { formatCalendarDate } from "@/lib/format/dates";
import { getExitReadinessPanel } from "@/lib/services/assets-portfolio";
import type { TPortfolioFilter } from "@/lib/validation/portfolio";

const BAR = { ready: "bg-emerald-500", partial: "bg-amber-400", exposed: "bg-red-400" } as const;

/** Signed deals: could we leave each vendor in 30 days? By band, the weakest, and escrow gone stale. */
export async function ExitReadinessPanel({ actor, filter }: { actor: Actor; filter: TPortfolioFilter }) {
  const panel = await getExitReadinessPanel(actor, filter);
  return (
    <Card className="mt-6" data-testid="exit-readiness-panel">
      <CardHeader
        title="Exit readiness of signed deals"
        description="Could you leave each vendor in 30 days: assets delivered and checked, escrow fresh, exit clauses secured, hosting."
      />
      {panel.signed === 0 ? (
        <p className="px-5 py-6 text-sm text-slate-600">No signed deal matches the filters.</p>
      ) : (
        <div className="grid gap-6 px-5 py-4 md:grid-cols-3">
          <div>
            <h3 className="text-sm font-medium text-slate-900">By band ({panel.signed} signed)</h3>
            <ul className="mt-2 space-y-2.5" aria-label="Signed deals by exit-readiness band">
              {EXIT_BANDS.map((band) => (
                <li key={band}>
                  <div className="flex items-baseline justify-between text-sm">
                    <span className="text-slate-700">{EXIT_BAND_LABEL[band]}</span>
                    <span className="font-semibold tabular-nums text-slate-900">{panel.bands[band]}</span>
                  </div>
                  <div className="mt-1 h-2 rounded-full bg-slate-100" aria-hidden="true">
                    <div className={`h-2 rounded-full ${BAR[band]}`} style={{ width: `${(100 * panel.bands[band]) / Math.max(1, panel.signed)}%` }} />
                  </div>
                </li>
              ))}
            </ul>
          </div>
          <div className="min-w-0">
            <h3 className="text-sm font-medium text-slate-900">Weakest</h3>
            <ul className="mt-2 space-y-2 text-sm">
              {panel.weakest.map((d) => (
                <li key={d.id} className="flex items-center justify-between gap-2">
                  <Link href={`/deals/${d.id}/assets`} className="min-w-0 truncate text-slate-800 hover:text-brand-700 hover:underline">
                    {d.name} <span className="text-slate-600">· {d.vendor}</span>
                  </Link>
                  <Badge tone={EXIT_BAND_TONE[exitBand(d.score)]}>{d.score}</Badge>
                </li>
              ))}
            </ul>
          </div>
          <div className="min-w-0">
            <h3 className="text-sm font-medium text-slate-900">Escrow deposits stale ({panel.staleEscrowCount})</h3>
            {panel.staleEscrow.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">Every arranged escrow is within its freshness.</p>
            ) : (
              <ul className="mt-2 space-y-2 text-sm">
                {panel.staleEscrow.map((d) => (
                  <li key={d.id}>
                    <Link href={`/deals/${d.id}/assets`} className="block truncate text-slate-800 hover:text-brand-700 hover:underline">
                      {d.name}
                    </Link>
                    <span className="text-xs text-slate-600">
                      {d.lastDepositOn ? `Last deposit ${formatCalendarDate(d.lastDepositOn.slice(0, 10))}` : "Nothing deposited"} · required every{" "}
                      {d.freshnessDays} days
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </Card>
  );
}

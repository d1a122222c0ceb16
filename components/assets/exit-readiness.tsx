import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import type { ExitReadiness } from "@/lib/assets/exit-readiness";
import type { Actor } from "@/lib/auth/load-actor";
import { EXIT_BAND_LABEL, EXIT_BAND_TONE } from "@/lib/format/asset-labels";
import { getExitReadinessCard } from "@/lib/services/assets-page";

/** The score and its parts, each with its points and why. */
export function ExitReadinessParts({ exit }: { exit: ExitReadiness }) {
  return (
    <div data-testid="exit-readiness">
      <div className="flex items-center gap-3">
        <p className="text-3xl font-semibold tabular-nums text-slate-900">
          {exit.score}
          <span className="text-base font-normal text-slate-600"> / 100</span>
        </p>
        <Badge tone={EXIT_BAND_TONE[exit.band]}>{EXIT_BAND_LABEL[exit.band]}</Badge>
      </div>
      <ul className="mt-4 space-y-3">
        {exit.parts.map((p) => (
          <li key={p.key}>
            <div className="flex items-baseline justify-between gap-2 text-sm">
              <span className="font-medium text-slate-900">{p.label}</span>
              <span className="tabular-nums text-slate-700">
                {p.points} of {p.max}
              </span>
            </div>
            <div className="mt-1 h-1.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
              <div
                className={`h-full rounded-full ${p.points === p.max ? "bg-emerald-500" : p.points === 0 ? "bg-red-400" : "bg-amber-400"}`}
                style={{ width: `${(p.points / p.max) * 100}%` }}
              />
            </div>
            <p className="mt-1 text-xs text-slate-600">{p.detail}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The deal overview's card: the score for approved and signed deals, a pointer to the Assets tab before that. */
export async function ExitReadinessCard({ actor, dealId }: { actor: Actor; dealId: string }) {
  const card = await getExitReadinessCard(actor, dealId);
  return (
    <Card data-testid="exit-readiness-card">
      <CardHeader title="Exit readiness" description="Could you leave this vendor in 30 days?" />
      <div className="px-5 py-4">
        {card.exit ? (
          <ExitReadinessParts exit={card.exit} />
        ) : (
          <p className="text-sm text-slate-600">Scored once the deal is approved: after signature it tracks the assets delivered, their checks and escrow.</p>
        )}
        <Link href={`/deals/${dealId}/assets`} className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">
          Assets and escrow →
        </Link>
      </div>
    </Card>
  );
}

"use client";

import Link from "next/link";
import { BarList, type BarItem } from "@/components/portfolio/bar-list";
import { HeatMap } from "@/components/portfolio/heat-map";
import { Card, CardHeader } from "@/components/ui/card";
import { DEAL_STAGES } from "@/lib/domain/enums";
import { READINESS_BANDS } from "@/lib/domain/readiness-band";
import { DEAL_STAGE_LABEL } from "@/lib/format/deal-labels";
import { type DashboardMoney, formatCount } from "@/lib/format/money";
import { READINESS_BAND_LABEL } from "@/lib/format/readiness-labels";
import type { PortfolioDto } from "@/lib/services/portfolio";
import { ScrollRegion } from "@/components/ui/scroll-region";

// The panels of /portfolio. A client component so that the server sends the dashboard's figures
// once, as data, rather than as a tree of a few thousand React elements and again as HTML.

const BAND_COLOR = { ready: "bg-emerald-500", close: "bg-sky-400", partial: "bg-amber-400", early: "bg-red-400" } as const;

function Kpi({ label, value, detail, href, testId }: { label: string; value: string; detail?: string; href: string; testId: string }) {
  return (
    <Link href={href} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 hover:ring-brand-500" data-testid={testId}>
      <div className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</div>
      <div className={`mt-1 font-semibold tabular-nums text-slate-900 ${value.length > 14 ? "text-lg leading-snug" : "text-3xl"}`}>{value}</div>
      {detail && <div className="mt-0.5 text-sm text-slate-600">{detail}</div>}
    </Link>
  );
}

function BarCard({ title, description, label, items }: { title: string; description?: string; label: string; items: BarItem[] }) {
  return (
    <Card>
      <CardHeader title={title} description={description} />
      <div className="p-5">
        <BarList label={label} items={items} />
      </div>
    </Card>
  );
}

/**
 * Every panel of the dashboard; `query` is the current filter, which every figure's link keeps;
 * `money` the amounts, formatted on the server (see dashboardMoney).
 */
export function PortfolioDashboard({ portfolio, money, query }: { portfolio: PortfolioDto; money: DashboardMoney; query: string }) {
  // A figure's own parameter replaces the filter's (a stage bar under a stage filter opens that stage).
  const deals = (extra: Record<string, string> = {}) => {
    const params = new URLSearchParams(query);
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    return `/deals?${params}`;
  };
  return (
    <>
      <div className="mb-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Kpi testId="kpi-total" label="Deals" value={formatCount(portfolio.totalDeals)} detail={money.total} href={deals()} />
        <Kpi
          testId="kpi-ready"
          label="Ready to sign"
          value={formatCount(portfolio.byBand.ready.deals)}
          detail={money.byBand.ready}
          href={deals({ band: "ready" })}
        />
        <Kpi
          testId="kpi-exposed"
          label="Value exposed to lock-in"
          value={money.exposed}
          detail={`${formatCount(portfolio.exposed.deals)} deals without weights, self-hosting or exit secured`}
          href={deals({ exposed: "1" })}
        />
        <Kpi
          testId="kpi-at-risk"
          label="At risk"
          value={formatCount(portfolio.atRisk.total)}
          detail="signing within 30 days, not ready"
          href={deals({ atRisk: "1" })}
        />
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <BarCard
          title="Deals by stage"
          label="Deals by stage"
          items={DEAL_STAGES.map((s) => ({ label: DEAL_STAGE_LABEL[s], value: portfolio.byStage[s], href: deals({ stage: s }) }))}
        />
        <BarCard
          title="Readiness"
          description="Deal count and contract value by readiness band."
          label="Readiness distribution"
          items={READINESS_BANDS.map((b) => ({
            label: READINESS_BAND_LABEL[b],
            value: portfolio.byBand[b].deals,
            detail: money.byBand[b],
            href: deals({ band: b }),
            color: BAND_COLOR[b],
          }))}
        />
        <BarCard
          title="Failure-scenario coverage"
          description="Deals where the scenario is not yet covered, among the deals whose playbook version has it."
          label="Deals not covering each failure scenario"
          items={portfolio.scenarios.map((s) => ({
            label: s.current ? s.title : `${s.title} (earlier playbook versions)`,
            value: s.uncovered,
            detail: `${formatCount(s.covered)} covered`,
            href: deals({ uncovered: s.key }),
            color: "bg-red-400",
          }))}
        />
      </div>

      <Card className="mt-6">
        <CardHeader
          title="Deals at risk"
          description="Signing within 30 days and not ready, worst readiness first."
          actions={
            <Link className="text-sm text-brand-600 hover:underline" href={deals({ atRisk: "1" })}>
              All {formatCount(portfolio.atRisk.total)}
            </Link>
          }
        />
        {portfolio.atRisk.deals.length === 0 ? (
          <p className="px-5 py-6 text-sm text-slate-600">No deal signing in the next 30 days is blocked.</p>
        ) : (
          <ScrollRegion label="Deals at risk">
            <table className="w-full text-left text-sm" data-testid="at-risk">
              <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
                <tr>
                  <th className="px-5 py-2">Deal</th>
                  <th className="px-3 py-2">Owner</th>
                  <th className="px-3 py-2">Signing</th>
                  <th className="px-3 py-2">Readiness</th>
                  <th className="px-3 py-2">Blockers</th>
                  <th className="px-3 py-2 text-right">Value</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {portfolio.atRisk.deals.map((d) => (
                  <tr key={d.id}>
                    <td className="min-w-44 px-5 py-2.5">
                      <Link href={`/deals/${d.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                        {d.name}
                      </Link>
                      <div className="text-xs text-slate-600">{d.vendor}</div>
                    </td>
                    <td className="px-3 py-2.5 text-slate-700">{d.owner}</td>
                    <td className="px-3 py-2.5 text-slate-700">{d.targetSigningDate}</td>
                    <td className="px-3 py-2.5 font-semibold tabular-nums text-red-600">{d.score}</td>
                    <td className="px-3 py-2.5 text-slate-700">{d.blockers}</td>
                    <td className="px-3 py-2.5 text-right tabular-nums text-slate-700">{money.atRisk[d.id]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Card>

      <Card className="mt-6">
        <CardHeader
          title="Clause heat map"
          description="Checklist sections by deal: deals in negotiation, soonest signing first, then closed deals. Red: a clause below walk-away; green: the section is settled."
        />
        <div className="p-5">
          <HeatMap heatmap={portfolio.heatmap} />
        </div>
      </Card>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title="Where vendors push back most" description="Clauses most often countered or rejected in the response log." />
          <div className="p-5">
            {portfolio.pushback.length === 0 ? (
              <p className="text-sm text-slate-600">No counters or rejections logged yet.</p>
            ) : (
              <BarList
                label="Clauses most often countered or rejected"
                items={portfolio.pushback.map((p) => ({
                  label: p.title,
                  value: p.counters + p.rejects,
                  detail: `${p.counters} counters · ${p.rejects} rejections · ${p.deals} deals`,
                  href: deals({ pushback: p.clauseKey }),
                  color: "bg-amber-400",
                }))}
              />
            )}
          </div>
        </Card>
        <Card>
          <CardHeader title="Pitches heard most" description="Red-flag pitches recognised in vendors' words, and who uses them." />
          <ul className="divide-y divide-slate-100">
            {portfolio.pitches.length === 0 && <li className="px-5 py-4 text-sm text-slate-600">No pitches recognised yet.</li>}
            {portfolio.pitches.slice(0, 7).map((p) => (
              <li key={p.pitchKey} className="px-5 py-3" data-testid="pitch-row">
                <div className="flex items-baseline justify-between gap-3">
                  <span className="font-serif text-sm italic text-slate-800">“{p.quote}”</span>
                  <Link href={deals({ pitch: p.pitchKey })} className="text-sm font-semibold tabular-nums text-slate-900 hover:text-brand-700 hover:underline">
                    {formatCount(p.total)}
                  </Link>
                </div>
                <div className="mt-1 flex flex-wrap gap-1.5 text-xs">
                  {p.vendors.slice(0, 4).map((v) => (
                    <Link
                      key={v.vendor}
                      href={deals({ pitch: p.pitchKey, vendor: v.vendor })}
                      className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-700 hover:bg-brand-50 hover:text-brand-700"
                    >
                      {v.vendor} · {v.count}
                    </Link>
                  ))}
                  {p.vendorCount > 4 && <span className="px-1 text-slate-600">+{p.vendorCount - 4} vendors</span>}
                </div>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}

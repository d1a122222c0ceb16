"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { heatCellAt, type HeatCell } from "@/lib/domain/heat-map";
import { formatCount } from "@/lib/format/money";
import type { PortfolioDto } from "@/lib/services/portfolio";

// A client component on purpose: the server sends each deal's cells as {section: letter} and the
// browser builds the 150 × 7 grid after hydration; rendering a thousand cells on the server, as
// React elements and again as HTML, was most of the portfolio's server time. The server renders a
// placeholder of the same size. Cells are styled by a short class from globals.css (.hm-*).
// Each state also has a glyph, so the map reads without telling colours apart (WCAG 1.4.1).
const CELL: Record<HeatCell, { className: string; label: string; glyph: string }> = {
  settled: { className: "hm-settled", label: "all settled", glyph: "✓" },
  partial: { className: "hm-partial", label: "partly settled", glyph: "◐" },
  open: { className: "hm-open", label: "nothing settled yet", glyph: "" },
  below: { className: "hm-below", label: "a clause below walk-away", glyph: "!" },
  na: { className: "hm-na", label: "not applicable", glyph: "–" },
};

/** Sections × deals, coloured by the worst clause status; scrolls sideways at hundreds of deals. */
export function HeatMap({ heatmap }: { heatmap: PortfolioDto["heatmap"] }) {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!heatmap.deals.length) return <p className="text-sm text-slate-600">No deals match the filters.</p>;
  return (
    <div>
      <div className="relative overflow-x-auto pb-2" tabIndex={0} role="region" aria-label="Clause heat map, scrolls horizontally">
        {inBrowser ? (
          <Grid heatmap={heatmap} />
        ) : (
          <div className="flex h-80 items-center justify-center rounded-md bg-slate-100 text-sm text-slate-600" role="status">
            <span className="sr-only">Loading the heat map…</span>
            <noscript>The heat map needs JavaScript. The deal list shows the same deals with their progress.</noscript>
          </div>
        )}
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-4 text-xs text-slate-600">
        {(Object.keys(CELL) as HeatCell[]).map((key) => (
          <span key={key} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`inline-block ${CELL[key].className}`}>
              {CELL[key].glyph}
            </span>
            {CELL[key].label}
          </span>
        ))}
        {heatmap.totalDeals > heatmap.deals.length && (
          <span className="ml-auto">
            Showing {heatmap.deals.length} of {formatCount(heatmap.totalDeals)} deals; filter to narrow.
          </span>
        )}
      </div>
    </div>
  );
}

const noSubscription = () => () => {};

function Grid({ heatmap }: { heatmap: PortfolioDto["heatmap"] }) {
  return (
    <table className="border-separate border-spacing-0.5" data-testid="heatmap">
      <caption className="sr-only">Checklist sections by deal; each cell is coloured by the worst clause status in that section.</caption>
      <thead>
        <tr>
          <th scope="col" className="sticky left-0 z-10 bg-white" />
          {heatmap.deals.map((deal) => (
            <th key={deal.id} scope="col" className="h-36 w-6 align-bottom">
              <Link href={`/deals/${deal.id}`} title={deal.vendor} className="hm-deal" prefetch={false}>
                {deal.name}
              </Link>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {heatmap.layers.map((layer) => (
          <tr key={layer.key}>
            <th scope="row" className="sticky left-0 z-10 whitespace-nowrap bg-white pr-3 text-left text-xs font-medium text-slate-700">
              {layer.title}
            </th>
            {heatmap.deals.map((deal) => {
              const cell = CELL[heatCellAt(deal.cells, layer.key)];
              // Screen readers name the cell from its row and column headers and the title gives the
              // state; the cell opens that section of the deal. Keyboards reach the deal through the
              // column header instead of a thousand cells.
              return (
                <td key={deal.id} className={cell.className} title={`${layer.title}: ${cell.label}`}>
                  <a href={`/deals/${deal.id}/layers/${layer.key}`} tabIndex={-1} aria-hidden="true" className="block h-6 w-6">
                    {cell.glyph}
                  </a>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

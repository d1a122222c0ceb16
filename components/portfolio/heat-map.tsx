import Link from "next/link";
import type { HeatCell, PortfolioDto } from "@/lib/services/portfolio";

// Cells are styled by a short class from globals.css (.hm-*): at 150 deals × 7 sections the cell
// markup is most of the page, so each cell is one bare element with its state as a tooltip.
const CELL: Record<HeatCell, { className: string; label: string }> = {
  settled: { className: "hm-settled", label: "all settled" },
  partial: { className: "hm-partial", label: "partly settled" },
  open: { className: "hm-open", label: "nothing settled yet" },
  below: { className: "hm-below", label: "a clause below walk-away" },
  na: { className: "hm-na", label: "not applicable" },
};

/** Sections × deals, coloured by the worst clause status; scrolls sideways at hundreds of deals. */
export function HeatMap({ heatmap }: { heatmap: PortfolioDto["heatmap"] }) {
  if (!heatmap.deals.length) return <p className="text-sm text-slate-500">No deals match the filters.</p>;
  return (
    <div>
      <div className="overflow-x-auto pb-2" tabIndex={0} aria-label="Clause heat map, scrolls horizontally">
        <table className="border-separate border-spacing-0.5" data-testid="heatmap">
          <caption className="sr-only">Checklist sections by deal; each cell is coloured by the worst clause status in that section.</caption>
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 z-10 bg-white" />
              {heatmap.deals.map((deal) => (
                <th key={deal.id} scope="col" className="h-28 w-4 align-bottom">
                  <Link href={`/deals/${deal.id}`} title={deal.vendor} className="hm-deal">
                    {deal.name}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {heatmap.layers.map((layer) => (
              <tr key={layer.key}>
                <th scope="row" className="sticky left-0 z-10 whitespace-nowrap bg-white pr-3 text-left text-xs font-medium text-slate-700">{layer.title}</th>
                {heatmap.deals.map((deal) => {
                  const cell = deal.cells[layer.key] ?? "na";
                  // Screen readers name the cell from its row and column headers; the title gives the state.
                  return <td key={deal.id} className={CELL[cell].className} title={CELL[cell].label} />;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-4 text-xs text-slate-600">
        {(Object.keys(CELL) as HeatCell[]).map((key) => (
          <span key={key} className="flex items-center gap-1.5"><span className={`inline-block ${CELL[key].className}`} />{CELL[key].label}</span>
        ))}
        {heatmap.totalDeals > heatmap.deals.length && (
          <span className="ml-auto">Showing the {heatmap.deals.length} deals signing soonest of {heatmap.totalDeals.toLocaleString("en")}; filter to narrow.</span>
        )}
      </div>
    </div>
  );
}

import Link from "next/link";
import { BarList } from "@/components/portfolio/bar-list";
import { Card, CardHeader } from "@/components/ui/card";
import { formatCount } from "@/lib/format/money";
import type { PortfolioLicencesDto } from "@/lib/services/portfolio-licences";

/** Deals by base-model licence, and the deals whose licence raises a blocking finding nobody accepted in writing. */
export function LicencePanel({ data, query }: { data: PortfolioLicencesDto; query: string }) {
  const deals = (extra: Record<string, string>) => {
    const params = new URLSearchParams(query);
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    return `/deals?${params}`;
  };
  return (
    <Card className="mt-6" data-testid="licence-panel">
      <CardHeader
        title="Base-model licences"
        description="What the deals' base models are licensed under, checked against the reviewed registry; free-text licences are unchecked."
      />
      <div className="grid gap-6 p-5 md:grid-cols-[15rem_1fr]">
        <Link
          href={deals({ licenceFindings: "open" })}
          className="group block rounded-lg p-3 ring-1 ring-slate-200 hover:ring-brand-500"
          data-testid="licence-open-findings"
        >
          <span className={`block text-3xl font-semibold tabular-nums ${data.openFindingDeals ? "text-red-700" : "text-slate-900"}`}>
            {formatCount(data.openFindingDeals)}
          </span>
          <span className="mt-1 block text-sm text-slate-600 group-hover:text-brand-700">
            {data.openFindingDeals === 1 ? "deal" : "deals"} in play with a blocking licence finding not accepted in writing
          </span>
        </Link>
        {data.byLicence.length === 0 ? (
          <p className="text-sm text-slate-600">No deals match the filter.</p>
        ) : (
          <BarList
            label="Deals by base-model licence"
            items={data.byLicence.map((row) => ({
              label: row.label,
              value: row.deals,
              href: deals({ licence: row.licence }),
              detail: row.openFindings ? `${formatCount(row.openFindings)} with open findings` : undefined,
              color: row.checked ? "bg-brand-500" : "bg-slate-400",
            }))}
          />
        )}
      </div>
    </Card>
  );
}

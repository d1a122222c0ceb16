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
        actions={
          <Link
            href={deals({ licenceFindings: "open" })}
            className="inline-flex items-baseline gap-1.5 rounded-md px-2 py-1 text-right hover:bg-slate-50"
            data-testid="licence-open-findings"
          >
            <span className={`text-2xl font-semibold tabular-nums ${data.openFindingDeals ? "text-red-700" : "text-slate-900"}`}>
              {formatCount(data.openFindingDeals)}
            </span>
            <span className="text-sm text-slate-600">{data.openFindingDeals === 1 ? "deal" : "deals"} with open blocking findings</span>
          </Link>
        }
      />
      <div className="p-5">
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

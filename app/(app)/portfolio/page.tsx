import type { Metadata } from "next";
import Link from "next/link";
import { PortfolioDashboard } from "@/components/portfolio/dashboard";
import { ExitReadinessPanel } from "@/components/portfolio/exit-readiness-panel";
import { ButtonLink } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { DEAL_STAGES } from "@/lib/domain/enums";
import { DEAL_STAGE_LABEL } from "@/lib/format/deal-labels";
import { dashboardMoney } from "@/lib/format/money";
import { getDealFilterOptions } from "@/lib/services/deals";
import { getPortfolio } from "@/lib/services/portfolio";
import { getPortfolioLicences } from "@/lib/services/portfolio-licences";
import { LicencePanel } from "@/components/portfolio/licence-panel";
import { filterToSearch, ZPortfolioFilter } from "@/lib/validation/portfolio";

export const metadata: Metadata = { title: "Portfolio" };

const SIGNING_LABEL = { overdue: "Overdue", "30": "Next 30 days", "90": "Next 90 days", "180": "Next 180 days" } as const;

export default async function PortfolioPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const filter = ZPortfolioFilter.parse(await searchParams);
  const [portfolio, options, licences] = await Promise.all([getPortfolio(actor, filter), getDealFilterOptions(actor), getPortfolioLicences(actor, filter)]);
  const base = filterToSearch(filter);
  return (
    <>
      <PageHeader
        title="Portfolio"
        description="Every AI deal of the organisation: readiness, lock-in exposure and where vendors push back. Every figure opens the deals behind it."
        actions={
          can(actor.role, "portfolio:export") && (
            <ButtonLink variant="secondary" href={`/portfolio/export?${base}`} download>
              Export CSV
            </ButtonLink>
          )
        }
      />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200" aria-label="Portfolio filters">
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">Stage</span>
          <select name="stage" defaultValue={filter.stage ?? ""} className={controlClass}>
            <option value="">All stages</option>
            {DEAL_STAGES.map((s) => (
              <option key={s} value={s}>
                {DEAL_STAGE_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">Owner</span>
          <select name="ownerId" defaultValue={filter.ownerId ?? ""} className={controlClass}>
            <option value="">Anyone</option>
            {options.owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">Vendor</span>
          <select name="vendor" defaultValue={filter.vendor ?? ""} className={controlClass}>
            <option value="">All vendors</option>
            {options.vendors.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">Signing</span>
          <select name="signing" defaultValue={filter.signing ?? ""} className={controlClass}>
            <option value="">Any date</option>
            {Object.entries(SIGNING_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Apply
        </button>
        {base.size > 0 && (
          <Link href="/portfolio" className="py-2 text-sm text-brand-600 hover:underline">
            Clear
          </Link>
        )}
      </form>

      <PortfolioDashboard portfolio={portfolio} money={dashboardMoney(portfolio)} query={base.toString()} />
      <ExitReadinessPanel actor={actor} filter={filter} />
      <LicencePanel data={licences} query={base.toString()} />
    </>
  );
}

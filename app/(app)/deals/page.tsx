import type { Metadata } from "next";
import Link from "next/link";
import { DealFilters } from "@/components/deals/deal-filters";
import { dealRowViews } from "@/components/deals/deal-rows";
import { DealTable } from "@/components/deals/deal-table";
import { dealListHref, activeDrillDowns, hasActiveFilters } from "@/components/deals/list-query";
import { Pagination } from "@/components/deals/pagination";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { DRILL_DOWN_LABEL } from "@/lib/format/drill-down-labels";
import { formatCount } from "@/lib/format/money";
import { getDealFilterOptions, listDeals } from "@/lib/services/deals";
import { ZDealListQuery } from "@/lib/validation/deal";

export const metadata: Metadata = { title: "Deals" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function DealsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const raw = await searchParams;
  // ?stage=A&stage=B: the first one wins; anything malformed falls back to the default.
  const query = ZDealListQuery.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const [list, options] = await Promise.all([listDeals(actor, query), getDealFilterOptions(actor)]);
  const mayCreate = can(actor.role, "deal:create");
  const filtered = hasActiveFilters(query);
  const clearHref = dealListHref(query, {
    q: undefined,
    stage: undefined,
    ownerId: undefined,
    vendor: undefined,
    archived: undefined,
    signing: undefined,
    band: undefined,
    exposed: undefined,
    atRisk: undefined,
    uncovered: undefined,
    pushback: undefined,
    pitch: undefined,
    page: 1,
  });
  const drillDowns = activeDrillDowns(query);
  const now = new Date();
  // The vendor list covers archived deals too: empty means the organisation has never had a deal.
  const noDealsAtAll = list.total === 0 && !filtered && options.vendors.length === 0;
  const newDealButton = mayCreate ? <ButtonLink href="/deals/new">New deal</ButtonLink> : null;

  let body: React.ReactNode;
  if (noDealsAtAll) {
    body = (
      <EmptyState
        title="No deals yet"
        description={
          mayCreate
            ? "Start a deal for each custom-AI vendor you talk to. It gets a checklist from your playbook, layer by layer."
            : "When negotiators start deals with custom-AI vendors, they will appear here."
        }
        action={newDealButton}
      />
    );
  } else if (list.total === 0 && !filtered) {
    body = (
      <EmptyState
        title="No active deals"
        description="Every deal of your organisation is archived."
        action={
          <div className="flex justify-center gap-2">
            <ButtonLink href={dealListHref(query, { archived: "only", page: 1 })} variant="secondary">
              Show archived deals
            </ButtonLink>
            {newDealButton}
          </div>
        }
      />
    );
  } else if (list.total === 0) {
    body = (
      <EmptyState
        title="No deals match these filters"
        description="Try a shorter search, another stage or owner, or include archived deals."
        action={
          <ButtonLink href={clearHref} variant="secondary">
            Clear filters
          </ButtonLink>
        }
      />
    );
  } else if (list.items.length === 0) {
    body = (
      <EmptyState
        title="This page is past the last deal"
        description={`There are ${list.pageCount} ${list.pageCount === 1 ? "page" : "pages"} of deals.`}
        action={
          <ButtonLink href={dealListHref(query, { page: list.pageCount })} variant="secondary">
            Go to the last page
          </ButtonLink>
        }
      />
    );
  } else {
    body = (
      <>
        <DealTable rows={dealRowViews(list.items, now)} query={query} />
        <Pagination
          page={list.page}
          pageCount={list.pageCount}
          pageSize={list.pageSize}
          total={list.total}
          shown={list.items.length}
          hrefFor={(page) => dealListHref(query, { page })}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        eyebrow={actor.organizationName}
        title="Deals"
        description={
          <>
            Every custom-AI vendor deal, with how far each clause has come against the{" "}
            <Link href="/playbook" className="text-brand-700 underline hover:text-brand-900">
              playbook
            </Link>
            .
          </>
        }
        actions={newDealButton}
      />
      {!noDealsAtAll && (
        <DealFilters
          // Remount on every new query so the fields show what the URL says after Clear or Back.
          key={dealListHref(query, { page: 1 })}
          values={{ q: query.q, stage: query.stage, ownerId: query.ownerId, vendor: query.vendor, archived: query.archived, sort: query.sort, dir: query.dir }}
          owners={options.owners}
          vendors={options.vendors}
          filtered={filtered}
          clearHref={clearHref}
        />
      )}
      {drillDowns.length > 0 && (
        <div
          className="mb-4 flex flex-wrap items-center gap-2 rounded-lg bg-brand-50 px-4 py-2.5 text-sm text-brand-900 ring-1 ring-inset ring-brand-100"
          data-testid="drill-down"
        >
          <span className="font-medium">From the portfolio:</span>
          {drillDowns.map((d) => (
            <span key={d.key} className="rounded-full bg-white px-2 py-0.5 text-xs ring-1 ring-inset ring-brand-200">
              {DRILL_DOWN_LABEL[d.key](d.value)}
            </span>
          ))}
          <span className="ml-auto">
            {formatCount(list.total)} deal{list.total === 1 ? "" : "s"}
          </span>
          <Link href={clearHref} className="text-brand-700 underline">
            Clear
          </Link>
        </div>
      )}
      {body}
    </>
  );
}

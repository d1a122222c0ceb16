"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { HOSTING_MODEL_LABEL } from "@/lib/format/deal-labels";
import type { TDealListQuery } from "@/lib/validation/deal";
import type { DealRowView, SigningTone } from "./deal-rows";
import { SORT_LABEL, sortHref, type DealSort } from "./list-query";
import { ProgressBar } from "./progress-bar";
import { StageBadge } from "./stage-badge";

const TH = "px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 whitespace-nowrap";

/** The deal name stays in view while a narrow screen scrolls the table sideways. */
const STICKY_FIRST = "sticky left-0 z-10";

function SortHeader({
  query,
  sort,
  label,
  align = "left",
  className,
}: {
  query: TDealListQuery;
  sort: DealSort;
  label: string;
  align?: "left" | "right";
  className?: string;
}) {
  const active = query.sort === sort;
  const ariaSort = active ? (query.dir === "asc" ? "ascending" : "descending") : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={cn(TH, align === "right" && "text-right", className)}>
      <Link
        href={sortHref(query, sort)}
        className={cn("group inline-flex items-center gap-1 rounded hover:text-slate-900", active && "text-slate-900")}
        scroll={false}
      >
        {label}
        <svg
          aria-hidden="true"
          viewBox="0 0 12 12"
          className={cn("h-3 w-3", active ? "text-slate-700" : "text-slate-300 group-hover:text-slate-400")}
          fill="currentColor"
        >
          {active && query.dir === "asc" ? <path d="M6 3l4 5H2z" /> : active ? <path d="M6 9L2 4h8z" /> : <path d="M6 1.5l3 3.5H3zM6 10.5L3 7h6z" />}
        </svg>
        {active && <span className="sr-only">{query.dir === "asc" ? "(sorted ascending)" : "(sorted descending)"}</span>}
      </Link>
    </th>
  );
}

const SIGNING_TONE: Record<SigningTone, string> = {
  overdue: "font-medium text-red-700",
  today: "font-medium text-amber-700",
  soon: "text-amber-700",
  later: "text-slate-600",
};

function SigningCell({ signing }: { signing: DealRowView["signing"] }) {
  if (!signing) return <span className="text-slate-600">Not set</span>;
  return (
    <div className="whitespace-nowrap">
      <time dateTime={signing.isoDate} className="text-slate-900">
        {signing.label}
      </time>
      {signing.hint && (
        <div className="text-xs">
          <span className={SIGNING_TONE[signing.hint.tone]}>{signing.hint.text}</span>
        </div>
      )}
    </div>
  );
}

/**
 * The deal list. A client component fed rows worded on the server (dealRowViews): the server sends
 * a page of deals as data, not as a tree of elements plus its HTML.
 */
export function DealTable({ rows, query }: { rows: DealRowView[]; query: TDealListQuery }) {
  return (
    // Focusable so that a keyboard can scroll it sideways on a narrow screen; relative so that the
    // sr-only texts inside (absolutely positioned) scroll with it instead of widening the page.
    <div tabIndex={0} role="region" aria-label="Deals" className="relative overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="deal-table">
        <caption className="sr-only">
          Deals, sorted by {SORT_LABEL[query.sort]} {query.dir === "asc" ? "ascending" : "descending"}
        </caption>
        <thead className="bg-slate-50">
          <tr>
            <SortHeader query={query} sort="name" label="Deal" className={cn(STICKY_FIRST, "bg-slate-50")} />
            <SortHeader query={query} sort="vendor" label="Vendor" />
            <SortHeader query={query} sort="stage" label="Stage" />
            <th scope="col" className={TH}>
              Owner
            </th>
            <th scope="col" className={cn(TH, "hidden 2xl:table-cell")}>
              Hosting
            </th>
            <SortHeader query={query} sort="value" label="Value" align="right" />
            <SortHeader query={query} sort="signing" label="Target signing" />
            <th scope="col" className={TH}>
              Progress
            </th>
            <SortHeader query={query} sort="updated" label="Updated" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((deal) => (
            <tr key={deal.id} className={cn("align-top hover:bg-slate-50", deal.archived ? "bg-slate-50" : "bg-white")} data-testid="deal-row">
              <td className={cn(STICKY_FIRST, "max-w-72 min-w-40 bg-inherit px-3 py-3 sm:min-w-48")}>
                <Link href={`/deals/${deal.id}`} className="font-medium text-brand-700 hover:underline">
                  {deal.name}
                </Link>
                {deal.archived && (
                  <div className="mt-1">
                    <Badge tone="muted">Archived</Badge>
                  </div>
                )}
              </td>
              <td className="px-3 py-3 text-slate-700">{deal.vendor}</td>
              <td className="px-3 py-3">
                <StageBadge stage={deal.stage} />
              </td>
              <td className="px-3 py-3 whitespace-nowrap text-slate-700">{deal.owner}</td>
              <td className="hidden px-3 py-3 whitespace-nowrap text-slate-700 2xl:table-cell">{HOSTING_MODEL_LABEL[deal.hostingModel]}</td>
              <td className="px-3 py-3 text-right whitespace-nowrap tabular-nums text-slate-900">{deal.value ?? <span className="text-slate-600">—</span>}</td>
              <td className="px-3 py-3">
                <SigningCell signing={deal.signing} />
              </td>
              <td className="px-3 py-3">
                <ProgressBar progress={deal.progress} />
              </td>
              <td className="px-3 py-3 whitespace-nowrap text-slate-600">
                <time dateTime={deal.updated.iso} title={deal.updated.title}>
                  {deal.updated.relative}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

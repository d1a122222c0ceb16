import { DEAL_DRILL_DOWNS, type DEAL_SORTS, type TDealListQuery } from "@/lib/validation/deal";

export { hasActiveFilters } from "@/lib/validation/deal";

export type DealSort = (typeof DEAL_SORTS)[number];

/** The direction a column sorts in when first clicked: text and dates ascending, numbers and recency descending. */
export const DEFAULT_DIR: Record<DealSort, "asc" | "desc"> = {
  updated: "desc",
  name: "asc",
  vendor: "asc",
  stage: "asc",
  signing: "asc",
  value: "desc",
};

/** Drill-down filters that arrive from the portfolio dashboard (no control on the list itself). */

export function activeDrillDowns(query: TDealListQuery): { key: (typeof DEAL_DRILL_DOWNS)[number]; value: string }[] {
  return DEAL_DRILL_DOWNS.filter((key) => query[key] !== undefined).map((key) => ({ key, value: String(query[key]) }));
}

/** A /deals URL for the query with some parts changed; defaults are left out so links stay short. */
export function dealListHref(query: TDealListQuery, change: Partial<TDealListQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.stage) params.set("stage", next.stage);
  if (next.ownerId) params.set("ownerId", next.ownerId);
  if (next.vendor) params.set("vendor", next.vendor);
  if (next.archived) params.set("archived", next.archived);
  for (const { key, value } of activeDrillDowns(next)) params.set(key, value);
  if (next.sort !== "updated") params.set("sort", next.sort);
  // ZDealListQuery reads a missing dir as "desc".
  if (next.dir !== "desc") params.set("dir", next.dir);
  if (next.page > 1) params.set("page", String(next.page));
  const qs = params.toString();
  return qs ? `/deals?${qs}` : "/deals";
}

/** The link behind a column header: flips the direction of the active column, else starts at its default. */
export function sortHref(query: TDealListQuery, sort: DealSort): string {
  const dir = query.sort === sort ? (query.dir === "asc" ? "desc" : "asc") : DEFAULT_DIR[sort];
  return dealListHref(query, { sort, dir, page: 1 });
}

export const SORT_LABEL: Record<DealSort, string> = {
  updated: "last update",
  name: "deal name",
  vendor: "vendor",
  stage: "stage",
  signing: "target signing date",
  value: "contract value",
};

"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { DEAL_STAGES } from "@/lib/domain/enums";
import { DEAL_STAGE_LABEL } from "@/lib/format/deal-labels";

export interface DealFilterValues {
  q?: string;
  stage?: string;
  ownerId?: string;
  vendor?: string;
  archived?: string;
  sort: string;
  dir: string;
}

const LABEL = "block text-xs font-medium text-slate-600";

/**
 * A plain GET form, so every filtered view is a shareable URL and works without JavaScript. With
 * JavaScript, empty fields are left out of the URL and navigation stays client-side.
 */
export function DealFilters({
  values,
  owners,
  vendors,
  filtered,
  clearHref,
}: {
  values: DealFilterValues;
  owners: { id: string; name: string }[];
  vendors: string[];
  filtered: boolean;
  clearHref: string;
}) {
  const router = useRouter();
  const vendorOptions = values.vendor && !vendors.some((v) => v.toLowerCase() === values.vendor!.toLowerCase()) ? [values.vendor, ...vendors] : vendors;
  const vendorValue = vendorOptions.find((v) => v.toLowerCase() === values.vendor?.toLowerCase()) ?? "";

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget).entries()) {
      if (typeof value === "string" && value.trim() !== "") params.set(key, value.trim());
    }
    if (params.get("sort") === "updated") params.delete("sort");
    if (params.get("dir") === "desc") params.delete("dir");
    const qs = params.toString();
    router.push(qs ? `/deals?${qs}` : "/deals");
  }

  return (
    <form
      method="get"
      action="/deals"
      role="search"
      aria-label="Filter deals"
      onSubmit={onSubmit}
      className="mb-4 grid items-end gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto]"
    >
      <input type="hidden" name="sort" value={values.sort} />
      <input type="hidden" name="dir" value={values.dir} />
      <div>
        <label htmlFor="filter-q" className={LABEL}>
          Search
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={values.q ?? ""}
          placeholder="Deal, vendor or use case"
          className={cn(controlClass, "mt-1 h-9 py-1.5")}
        />
      </div>
      <div>
        <label htmlFor="filter-stage" className={LABEL}>
          Stage
        </label>
        <select id="filter-stage" name="stage" defaultValue={values.stage ?? ""} className={cn(controlClass, "mt-1 h-9 py-1.5")}>
          <option value="">All stages</option>
          {DEAL_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {DEAL_STAGE_LABEL[stage]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-owner" className={LABEL}>
          Owner
        </label>
        <select id="filter-owner" name="ownerId" defaultValue={values.ownerId ?? ""} className={cn(controlClass, "mt-1 h-9 py-1.5")}>
          <option value="">Anyone</option>
          {owners.map((owner) => (
            <option key={owner.id} value={owner.id}>
              {owner.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-vendor" className={LABEL}>
          Vendor
        </label>
        <select id="filter-vendor" name="vendor" defaultValue={vendorValue} className={cn(controlClass, "mt-1 h-9 py-1.5")}>
          <option value="">All vendors</option>
          {vendorOptions.map((vendor) => (
            <option key={vendor} value={vendor}>
              {vendor}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-archived" className={LABEL}>
          Archived deals
        </label>
        <select id="filter-archived" name="archived" defaultValue={values.archived ?? ""} className={cn(controlClass, "mt-1 h-9 py-1.5")}>
          <option value="">Hide archived</option>
          <option value="include">Include archived</option>
          <option value="only">Only archived</option>
        </select>
      </div>
      <div className="flex items-center gap-2">
        <Button type="submit">Apply</Button>
        {filtered && (
          <Link href={clearHref} className="rounded-md px-2 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900">
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}

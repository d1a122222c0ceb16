import Link from "next/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { TABLE_CELL, TableHead } from "@/components/ui/table-head";
import { formatRelative } from "@/lib/format/dates";
import { formatMoneyMap } from "@/lib/format/money";
import type { VendorListItemDto } from "@/lib/services/vendors";

/** The organisation's vendors: deals, value and what of it is exposed to lock-in, last activity. */
export function VendorTable({ vendors, now }: { vendors: VendorListItemDto[]; now: Date }) {
  return (
    <ScrollRegion label="Vendors" className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200" data-testid="vendor-table">
        <caption className="sr-only">Vendors, by name. Values are of live deals, per currency.</caption>
        <TableHead columns={["Vendor", "Deals (live / all)", "Contract value", "Exposed to lock-in", "Last activity"]} />
        <tbody className="divide-y divide-slate-100">
          {vendors.map((vendor) => (
            <tr key={vendor.id} className="hover:bg-slate-50" data-testid="vendor-row">
              <td className={`${TABLE_CELL} min-w-40`}>
                <Link href={`/vendors/${vendor.id}`} className="font-medium text-brand-700 hover:underline">
                  {vendor.name}
                </Link>
              </td>
              <td className={`${TABLE_CELL} whitespace-nowrap tabular-nums`}>
                {vendor.liveDeals} / {vendor.totalDeals}
              </td>
              <td className={`${TABLE_CELL} whitespace-nowrap tabular-nums`}>{formatMoneyMap(vendor.value)}</td>
              <td className={`${TABLE_CELL} whitespace-nowrap tabular-nums`}>
                {Object.keys(vendor.exposedValue).length ? <span className="text-amber-800">{formatMoneyMap(vendor.exposedValue)}</span> : "—"}
              </td>
              <td className={`${TABLE_CELL} whitespace-nowrap text-slate-700`}>
                {vendor.lastActivity ? <time dateTime={vendor.lastActivity}>{formatRelative(vendor.lastActivity, now)}</time> : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

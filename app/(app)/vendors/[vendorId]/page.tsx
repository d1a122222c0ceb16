import type { Metadata } from "next";
import Link from "next/link";
import { RenameVendorForm } from "@/components/vendors/rename-vendor-form";
import { VendorDeals } from "@/components/vendors/vendor-deals";
import { VendorMemory } from "@/components/vendors/vendor-memory";
import { VendorLockIn, VendorPitches, VendorPushback } from "@/components/vendors/vendor-tendencies";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatMoneyMap } from "@/lib/format/money";
import { orNotFound } from "@/lib/or-not-found";
import { getVendorPage } from "@/lib/services/vendors";

export const metadata: Metadata = { title: "Vendor" };

/** One vendor's record across the organisation's deals: its memory for the next negotiation. */
export default async function VendorPage({ params }: { params: Promise<{ vendorId: string }> }) {
  const { vendorId } = await params;
  const actor = await requireActor();
  const page = await orNotFound(getVendorPage(actor, vendorId));
  const { vendor } = page;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/vendors" className="underline hover:text-slate-900">
            ← Vendors
          </Link>
        }
        title={vendor.name}
        description={`${vendor.liveDeals} live ${vendor.liveDeals === 1 ? "deal" : "deals"} of ${vendor.totalDeals} · ${formatMoneyMap(vendor.value)} under negotiation or signed`}
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div className="min-w-0 space-y-6">
          <VendorDeals deals={page.deals} total={vendor.totalDeals} />
          <VendorMemory clauses={page.clauses} />
        </div>
        <div className="min-w-0 space-y-6">
          <VendorLockIn deals={page.deals} exposedValue={vendor.exposedValue} />
          <VendorPushback pushback={page.pushback} />
          <VendorPitches pitches={page.pitches} />
          {can(actor.role, "vendor:manage") && (
            <Card>
              <CardHeader title="Rename" description="To join two records of one company, an admin merges them instead." />
              <div className="px-5 py-4">
                <RenameVendorForm key={vendor.version} vendorId={vendor.id} version={vendor.version} name={vendor.name} />
              </div>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}

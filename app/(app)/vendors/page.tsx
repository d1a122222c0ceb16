import type { Metadata } from "next";
import Link from "next/link";
import { VendorTable } from "@/components/vendors/vendor-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { listVendors } from "@/lib/services/vendors";

export const metadata: Metadata = { title: "Vendors" };

/** The organisation's vendors, each a record its deals point at. */
export default async function VendorsPage() {
  const actor = await requireActor();
  const vendors = await listVendors(actor);
  return (
    <>
      <PageHeader
        eyebrow={actor.organizationName}
        title="Vendors"
        description="Every vendor your deals are with. Open one to see what it conceded before, the pitches it used and where it pushes back."
        actions={
          can(actor.role, "vendor:merge") ? (
            <Link href="/admin/vendors" className="text-sm font-medium text-brand-700 underline">
              Merge duplicates
            </Link>
          ) : undefined
        }
      />
      {vendors.length ? (
        <VendorTable vendors={vendors} now={new Date()} />
      ) : (
        <EmptyState title="No vendors yet" description="A vendor is added when a deal with it is created." />
      )}
    </>
  );
}

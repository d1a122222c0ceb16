import type { Metadata } from "next";
import { NotAllowed } from "@/components/admin/not-allowed";
import { ManualMergeForm } from "@/components/vendors/manual-merge-form";
import { MergeProposalItem } from "@/components/vendors/merge-proposal-item";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { listMergeProposals } from "@/lib/services/vendor-merges";
import { listVendorOptions } from "@/lib/services/vendors";

export const metadata: Metadata = { title: "Vendors · Administration" };

/** Vendor records that probably name one company, proposed for merging; and merging any two by hand. */
export default async function AdminVendorsPage() {
  const actor = await requireActor();
  if (!can(actor.role, "vendor:merge")) return <NotAllowed actor={actor} title="Vendors" permission="vendor:merge" what="merge vendor records" />;
  const [proposals, vendors] = await Promise.all([listMergeProposals(actor), listVendorOptions(actor)]);
  return (
    <>
      <PageHeader
        eyebrow="Administration"
        title="Vendors"
        description="Names that differ only in case, spacing or punctuation are one vendor already. These pairs differ a little more: merge them if they are one company."
      />
      <div className="max-w-4xl space-y-6">
        <Card data-testid="merge-proposals">
          <CardHeader
            title="Proposed merges"
            description={proposals.length ? "Most certain first. A merge moves every deal to the name you keep." : undefined}
          />
          {proposals.length ? (
            <ul className="divide-y divide-slate-100">
              {proposals.map((p) => (
                <MergeProposalItem key={p.id} proposal={p} />
              ))}
            </ul>
          ) : (
            <p className="px-5 py-4 text-sm text-slate-600">No vendor names look alike. New ones are checked when a deal adds them.</p>
          )}
        </Card>
        <Card>
          <CardHeader title="Merge two vendors" description="For duplicates the proposals did not catch, e.g. a company that changed its name." />
          <div className="px-5 py-4">
            <ManualMergeForm vendors={vendors} />
          </div>
        </Card>
      </div>
    </>
  );
}

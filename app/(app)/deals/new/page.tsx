import type { Metadata } from "next";
import { DealForm } from "@/components/deals/deal-form";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can, rolesFor } from "@/lib/auth/permissions";
import { ROLE_LABEL } from "@/lib/format/role-labels";
import { getDealFilterOptions } from "@/lib/services/deals";
import { listVendorOptions } from "@/lib/services/vendors";
import { getDefaultCurrency } from "@/lib/services/organizations";

export const metadata: Metadata = { title: "New deal" };

export default async function NewDealPage() {
  const actor = await requireActor();
  if (!can(actor.role, "deal:create")) {
    const roles = rolesFor("deal:create").map((role) => `${ROLE_LABEL[role]}s`);
    return (
      <>
        <PageHeader eyebrow="Deals" title="New deal" />
        <Card className="max-w-xl p-6" data-testid="cannot-create-deal">
          <h2 className="text-base font-semibold text-slate-900">Your role cannot create deals</h2>
          <p className="mt-1 text-sm text-slate-600">
            You are signed in as {ROLE_LABEL[actor.role]} in {actor.organizationName}. Deals are started by {roles.join(" or ")}: ask one of them to start the
            deal, or ask an admin to change your role.
          </p>
          <ButtonLink href="/deals" variant="secondary" className="mt-5">
            Back to deals
          </ButtonLink>
        </Card>
      </>
    );
  }
  const [{ owners }, currency, vendors] = await Promise.all([getDealFilterOptions(actor), getDefaultCurrency(actor), listVendorOptions(actor)]);
  return (
    <>
      <PageHeader
        eyebrow="Deals"
        title="New deal"
        description="The deal gets a checklist of every clause in your current playbook, grouped by IP layer, and the playbook's process steps."
      />
      <div className="max-w-4xl">
        <DealForm
          mode={{ kind: "create" }}
          owners={owners}
          vendors={vendors}
          initial={{
            name: "",
            vendor: "",
            useCase: "",
            modelKind: "",
            hostingModel: "",
            baseModel: "",
            baseModelLicence: "",
            baseModelLicenceType: "UNKNOWN",
            baseModelLicenceKey: "",
            expectedMonthlyUsers: "",
            useCaseCategory: "UNSPECIFIED",
            regulatedSector: false,
            contractValue: "",
            currency,
            stage: "INTAKE",
            targetSigningDate: "",
            ownerId: actor.userId,
          }}
        />
      </div>
    </>
  );
}

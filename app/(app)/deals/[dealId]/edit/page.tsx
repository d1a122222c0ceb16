import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArchiveDealButton } from "@/components/deals/archive-deal-button";
import { DealForm } from "@/components/deals/deal-form";
import { StageBadge } from "@/components/deals/stage-badge";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can, rolesFor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { minorToInput } from "@/lib/format/money";
import { formatUsers } from "@/lib/format/licence-labels";
import { ROLE_LABEL } from "@/lib/format/role-labels";
import { listVendorOptions } from "@/lib/services/vendors";
import { getDeal, getDealFilterOptions, type DealDto } from "@/lib/services/deals";

export const metadata: Metadata = { title: "Edit deal" };

async function loadDeal(load: () => Promise<DealDto>): Promise<DealDto> {
  try {
    return await load();
  } catch (error) {
    // Missing and other organisations' deals look the same: not found.
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function EditDealPage({ params }: { params: Promise<{ dealId: string }> }) {
  const { dealId } = await params;
  const actor = await requireActor();
  const deal = await loadDeal(() => getDeal(actor, dealId));
  const header = (
    <PageHeader
      eyebrow={
        <Link href={`/deals/${deal.id}`} className="underline hover:text-slate-900">
          ← {deal.name}
        </Link>
      }
      title="Edit deal"
      description={
        <span className="inline-flex flex-wrap items-center gap-2">
          {deal.vendor} <StageBadge stage={deal.stage} />
          {deal.archived && <Badge tone="muted">Archived</Badge>}
        </span>
      }
    />
  );

  if (!can(actor.role, "deal:update")) {
    return (
      <>
        {header}
        <Card className="max-w-xl p-6" data-testid="read-only-deal">
          <h2 className="text-base font-semibold text-slate-900">You can read this deal but not change it</h2>
          <p className="mt-1 text-sm text-slate-600">
            As {ROLE_LABEL[actor.role]} you follow deals;{" "}
            {rolesFor("deal:update")
              .map((role) => `${ROLE_LABEL[role]}s`)
              .join(" and ")}{" "}
            edit them.
          </p>
          <ButtonLink href={`/deals/${deal.id}`} variant="secondary" className="mt-5">
            Back to the deal
          </ButtonLink>
        </Card>
      </>
    );
  }

  const [{ owners }, vendors] = await Promise.all([getDealFilterOptions(actor), listVendorOptions(actor)]);
  return (
    <>
      {header}
      <div className="max-w-4xl space-y-6">
        {deal.archived && (
          <FormMessage tone="warning">This deal is archived. You can still edit it; restore it below to bring it back to the deal list.</FormMessage>
        )}
        <DealForm
          // A new version (after a save, an archive or someone else's change) remounts the form with fresh values.
          key={deal.version}
          mode={{ kind: "edit", dealId: deal.id, version: deal.version, currentStage: deal.stage }}
          owners={owners}
          vendors={vendors}
          initial={{
            name: deal.name,
            vendor: deal.vendor,
            useCase: deal.useCase,
            modelKind: deal.modelKind,
            hostingModel: deal.hostingModel,
            baseModel: deal.baseModel,
            baseModelLicence: deal.baseModelLicence,
            baseModelLicenceType: deal.baseModelLicenceType,
            baseModelLicenceKey: deal.baseModelLicenceKey ?? "",
            expectedMonthlyUsers: deal.expectedMonthlyUsers === null ? "" : formatUsers(deal.expectedMonthlyUsers),
            useCaseCategory: deal.useCaseCategory,
            regulatedSector: deal.regulatedSector,
            contractValue: deal.contractValueMinor === "0" ? "" : minorToInput(deal.contractValueMinor),
            currency: deal.currency,
            stage: deal.stage,
            targetSigningDate: deal.targetSigningDate ?? "",
            ownerId: deal.owner.id,
          }}
        />
        {can(actor.role, "deal:archive") && (
          <Card>
            <CardHeader
              title={deal.archived ? "Restore this deal" : "Archive this deal"}
              description={
                deal.archived
                  ? "Archived deals are hidden from the deal list. Restoring brings it back as it was."
                  : "For deals you are no longer pursuing. Nothing is deleted, and you can restore it later."
              }
            />
            <div className="px-5 py-4">
              <ArchiveDealButton dealId={deal.id} version={deal.version} archived={deal.archived} dealName={deal.name} />
            </div>
          </Card>
        )}
      </div>
    </>
  );
}

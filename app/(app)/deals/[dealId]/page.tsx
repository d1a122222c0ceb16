import type { Metadata } from "next";
import { ExitReadinessCard } from "@/components/assets/exit-readiness";
import { VendorLink } from "@/components/vendors/vendor-link";
import { SectionGrid } from "@/components/checklist/section-grid";
import { DealHeader } from "@/components/deals/deal-header";
import { PlaybookUpgradeNotice } from "@/components/deals/playbook-upgrade-notice";
import { ReadinessSummary, ScenarioCoverageList } from "@/components/readiness/readiness-summary";
import { ProcessChecklist } from "@/components/reviews/process-checklist";
import { SubmissionPanel } from "@/components/reviews/submission-panel";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { BASE_MODEL_LICENCE_TYPE_LABEL, HOSTING_MODEL_LABEL } from "@/lib/format/deal-labels";
import { formatMinor } from "@/lib/format/money";
import { orNotFound } from "@/lib/or-not-found";
import { getDeal } from "@/lib/services/deals";
import { getNewerPlaybook } from "@/lib/services/deal-upgrade";
import { listProcessSteps } from "@/lib/services/process";
import { getDealReadiness } from "@/lib/services/readiness";
import { getSubmissionPanel } from "@/lib/services/submissions";
import { getDealLicenceFindings } from "@/lib/services/licence-findings";
import { LicenceFindingsCard } from "@/components/licences/licence-findings-card";

export const metadata: Metadata = { title: "Deal" };

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-900">{children || <span className="text-slate-600">—</span>}</dd>
    </div>
  );
}

export default async function DealPage({ params }: { params: Promise<{ dealId: string }> }) {
  const { dealId } = await params;
  const actor = await requireActor();
  const [deal, readiness, steps, newer, submission, licence] = await Promise.all([
    orNotFound(getDeal(actor, dealId)),
    orNotFound(getDealReadiness(actor, dealId)),
    orNotFound(listProcessSteps(actor, dealId)),
    orNotFound(getNewerPlaybook(actor, dealId)),
    orNotFound(getSubmissionPanel(actor, dealId)),
    orNotFound(getDealLicenceFindings(actor, dealId)),
  ]);
  return (
    <>
      <DealHeader
        deal={deal}
        actions={
          <>
            {can(actor.role, "review:decide") && <ButtonLink href={`/deals/${deal.id}/review`}>Review &amp; sign-off</ButtonLink>}
            {can(actor.role, "deal:update") && (
              <ButtonLink href={`/deals/${deal.id}/edit`} variant="secondary">
                Edit deal
              </ButtonLink>
            )}
          </>
        }
      />
      {newer && (
        <PlaybookUpgradeNotice dealId={deal.id} dealVersion={newer.dealVersion} newer={newer} canUpgrade={can(actor.role, "deal:update") && !deal.archived} />
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader title="Deal" description={deal.useCase || undefined} />
            <dl className="grid grid-cols-2 gap-4 px-5 py-4 md:grid-cols-3">
              <Fact label="Vendor">
                <VendorLink vendorId={deal.vendorId} name={deal.vendor} />
              </Fact>
              <Fact label="Owner">{deal.owner.name}</Fact>
              <Fact label="Contract value">{formatMinor(deal.contractValueMinor, deal.currency)}</Fact>
              <Fact label="Hosting">{HOSTING_MODEL_LABEL[deal.hostingModel]}</Fact>
              <Fact label="Model kind">{deal.modelKind}</Fact>
              <Fact label="Target signing">{deal.targetSigningDate}</Fact>
              <Fact label="Base model">{deal.baseModel}</Fact>
              <Fact label="Base model licence">{deal.baseModelLicence}</Fact>
              <Fact label="Licence type">{BASE_MODEL_LICENCE_TYPE_LABEL[deal.baseModelLicenceType]}</Fact>
              <Fact label="Regulated sector">{deal.regulatedSector ? "Yes" : "No"}</Fact>
              <Fact label="Playbook">{`${deal.playbook.name} · v${deal.playbook.version}`}</Fact>
            </dl>
          </Card>
          <LicenceFindingsCard data={licence} reviewHref={can(actor.role, "risk:accept") ? `/deals/${deal.id}/review` : undefined} />
          <section aria-labelledby="sections-title">
            <div className="mb-3 flex items-baseline justify-between">
              <h2 id="sections-title" className="text-base font-semibold text-slate-900">
                Checklist by IP layer
              </h2>
              <span className="text-sm text-slate-600">
                {deal.progress.mustHave + deal.progress.fallback} of {deal.progress.total - deal.progress.notApplicable} clauses settled
                {deal.ruleAdjustedClauses > 0 && (
                  <span data-testid="rule-adjusted">
                    {" "}
                    · {deal.ruleAdjustedClauses} clause{deal.ruleAdjustedClauses === 1 ? "" : "s"} adjusted by rules
                  </span>
                )}
              </span>
            </div>
            <SectionGrid dealId={deal.id} sections={deal.sections} />
          </section>
        </div>
        <div className="space-y-6">
          <SubmissionPanel panel={submission} />
          <ReadinessSummary dealId={deal.id} readiness={readiness} />
          <ExitReadinessCard actor={actor} dealId={deal.id} />
          <ScenarioCoverageList readiness={readiness} />
          <ProcessChecklist dealId={deal.id} steps={steps} editable={can(actor.role, "process:update") && !deal.archived} />
        </div>
      </div>
    </>
  );
}

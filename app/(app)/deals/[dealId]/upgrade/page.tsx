import type { Metadata } from "next";
import Link from "next/link";
import { DealHeader } from "@/components/deals/deal-header";
import { UpgradeDealButton } from "@/components/deals/upgrade-deal-button";
import { UpgradePlanView, UpgradeReadiness } from "@/components/deals/upgrade-preview";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/field";
import { ButtonLink } from "@/components/ui/button";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format/dates";
import { orNotFound } from "@/lib/or-not-found";
import { getDeal } from "@/lib/services/deals";
import { previewDealUpgrade } from "@/lib/services/deal-upgrade";

export const metadata: Metadata = { title: "Upgrade playbook version" };

export default async function DealUpgradePage({ params }: { params: Promise<{ dealId: string }> }) {
  const { dealId } = await params;
  const actor = await requireActor();
  const [deal, preview] = await Promise.all([orNotFound(getDeal(actor, dealId)), orNotFound(previewDealUpgrade(actor, dealId))]);
  const back = (
    <div className="mb-4 text-sm text-slate-600">
      <Link href={`/deals/${deal.id}`} className="hover:text-slate-800">
        ← Deal overview
      </Link>
    </div>
  );
  if (!preview) {
    return (
      <>
        <DealHeader deal={deal} />
        {back}
        <EmptyState
          title="This deal follows the current playbook"
          description={`It is on version ${deal.playbook.version}, the newest one: there is nothing to upgrade.`}
          action={<ButtonLink href={`/deals/${deal.id}`}>Back to the deal</ButtonLink>}
        />
      </>
    );
  }
  const { plan, to } = preview;
  const canUpgrade = can(actor.role, "deal:update") && !preview.deal.archived && !preview.deal.closed;
  return (
    <>
      <DealHeader deal={deal} />
      {back}
      <div className="space-y-6">
        <Card>
          <CardHeader
            title={`Upgrade from playbook version ${preview.from.version} to version ${to.version}`}
            description={`Version ${to.version} was published on ${formatDateTime(to.publishedAt)}${to.publishedBy ? ` by ${to.publishedBy}` : ""}.`}
          />
          <div className="space-y-4 px-5 py-4 text-sm text-slate-700">
            {to.changeSummary && (
              <p>
                <span className="font-medium text-slate-900">What changed: </span>
                {to.changeSummary}
              </p>
            )}
            <p data-testid="plan-counts">
              {plan.counts.kept} kept · {plan.counts.recheck} to re-check · {plan.counts.added} new · {plan.counts.retired} retired
            </p>
            {plan.keyConflicts.length > 0 && (
              <FormMessage tone="warning">
                Version {to.version} has a playbook clause with the same key as this deal&apos;s own clause {plan.keyConflicts.join(", ")}: the upgrade is
                refused until one of them is renamed.
              </FormMessage>
            )}
            {canUpgrade && plan.keyConflicts.length === 0 && (
              <UpgradeDealButton dealId={deal.id} version={preview.deal.version} toVersion={to.version} dealName={deal.name} />
            )}
            {!canUpgrade && (
              <p className="text-xs text-slate-600">
                {preview.deal.archived ? "This deal is archived." : "Your role can see this preview but not upgrade the deal."}
              </p>
            )}
          </div>
        </Card>
        <UpgradeReadiness before={preview.before} after={preview.after} />
        <UpgradePlanView plan={plan} />
      </div>
    </>
  );
}

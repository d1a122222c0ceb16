import type { Metadata } from "next";
import { DeliverableForm } from "@/components/assets/deliverable-form";
import { DeliverableItem } from "@/components/assets/deliverable-item";
import { EscrowArrangementForm, EscrowDepositForm } from "@/components/assets/escrow-forms";
import { ExitReadinessParts } from "@/components/assets/exit-readiness";
import { ShortHash } from "@/components/assets/hash";
import { ManifestComparisonView } from "@/components/assets/manifest-comparison";
import { ManifestImport } from "@/components/assets/manifest-import";
import { SuggestedButton } from "@/components/assets/suggested-button";
import { DealHeader } from "@/components/deals/deal-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/actor";
import { DELIVERABLE_STATUSES } from "@/lib/assets/deliverable-status";
import {
  DELIVERABLE_STATUS_LABEL,
  DELIVERABLE_STATUS_TONE,
  ESCROW_FRESHNESS_LABEL,
  ESCROW_FRESHNESS_TONE,
  ESCROW_TRIGGER_LABEL,
} from "@/lib/format/asset-labels";
import { formatCalendarDate } from "@/lib/format/dates";
import { orNotFound } from "@/lib/or-not-found";
import { getAssetsPage } from "@/lib/services/assets-page";

export const metadata: Metadata = { title: "Assets" };

const SUMMARY_CLASS = "cursor-pointer px-5 py-3 text-sm font-medium text-brand-700 hover:bg-slate-50";

export default async function AssetsPage({ params }: { params: Promise<{ dealId: string }> }) {
  const { dealId } = await params;
  const actor = await requireActor();
  const page = await orNotFound(getAssetsPage(actor, dealId));
  const { deal, deliverables, escrow, imports, exit } = page;
  const counts = DELIVERABLE_STATUSES.map((s) => ({ status: s, n: deliverables.filter((d) => d.status === s).length })).filter((c) => c.n > 0);
  const fresh = escrow.freshness;
  return (
    <>
      <DealHeader deal={deal} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card>
            <CardHeader
              title="Promised assets"
              description="What the vendor must hand over, and what arrived. A check counts only for the file it was made on."
            />
            {(counts.length > 0 || page.canManage) && (
              <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-100 px-5 py-3">
                <p className="flex flex-wrap gap-1.5" aria-label="Assets by status">
                  {counts.map((c) => (
                    <Badge key={c.status} tone={DELIVERABLE_STATUS_TONE[c.status]}>
                      {c.n} {DELIVERABLE_STATUS_LABEL[c.status].toLowerCase()}
                    </Badge>
                  ))}
                </p>
                {page.canManage && <SuggestedButton dealId={deal.id} count={page.suggestedCount} />}
              </div>
            )}
            {deliverables.length === 0 ? (
              <p className="px-5 py-6 text-sm text-slate-600">
                No assets promised yet. {page.canManage ? "Add the usual set for this deal, or one asset at a time below." : ""}
              </p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {deliverables.map((d) => (
                  <DeliverableItem key={`${d.id}-${d.version}`} dealId={deal.id} item={d} canManage={page.canManage} canVerify={page.canVerify} />
                ))}
              </ul>
            )}
            {page.canManage && (
              <details className="border-t border-slate-100" open={deliverables.length === 0}>
                <summary className={SUMMARY_CLASS}>Add an asset</summary>
                <div className="px-5 pb-5 pt-2">
                  <DeliverableForm dealId={deal.id} />
                </div>
              </details>
            )}
          </Card>
          <Card>
            <CardHeader title="Delivery manifests" description="Hash the delivered folder, import its manifest, and see it against the promise." />
            {page.canManage && (
              <div className="border-b border-slate-100 px-5 py-4">
                <ManifestImport dealId={deal.id} />
              </div>
            )}
            {imports.length === 0 ? (
              <p className="px-5 py-6 text-sm text-slate-600">No manifest imported yet.</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {imports.map((i) => (
                  <li key={i.id} className="px-5 py-4">
                    <ManifestComparisonView item={i} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader title="Exit readiness" description="Could you leave this vendor in 30 days?" />
            <div className="px-5 py-4">
              <ExitReadinessParts exit={exit} />
            </div>
          </Card>
          <Card data-testid="escrow">
            <CardHeader title="Escrow" actions={<Badge tone={ESCROW_FRESHNESS_TONE[fresh.status]}>{ESCROW_FRESHNESS_LABEL[fresh.status]}</Badge>} />
            <div className="space-y-4 px-5 py-4 text-sm text-slate-700">
              {escrow.arrangement ? (
                <dl className="space-y-1.5">
                  <div>
                    <dt className="inline text-slate-600">Agent: </dt>
                    <dd className="inline font-medium text-slate-900">{escrow.arrangement.agent}</dd>
                  </div>
                  <div>
                    <dt className="inline text-slate-600">Fresh for: </dt>
                    <dd className="inline">{escrow.arrangement.freshnessDays} days</dd>
                  </div>
                  {escrow.arrangement.releaseTriggers.length > 0 && (
                    <div>
                      <dt className="inline text-slate-600">Released on: </dt>
                      <dd className="inline">{escrow.arrangement.releaseTriggers.map((t) => ESCROW_TRIGGER_LABEL[t]).join(", ")}</dd>
                    </div>
                  )}
                  {escrow.arrangement.notes && (
                    <div>
                      <dt className="sr-only">Notes</dt>
                      <dd className="text-slate-600">{escrow.arrangement.notes}</dd>
                    </div>
                  )}
                  {fresh.ageDays !== null && fresh.daysLeft !== null && (
                    <div data-testid="escrow-freshness">
                      <dt className="inline text-slate-600">Latest deposit: </dt>
                      <dd className="inline">
                        {fresh.ageDays} days old · {fresh.daysLeft >= 0 ? `${fresh.daysLeft} days before it goes stale` : `stale for ${-fresh.daysLeft} days`}
                      </dd>
                    </div>
                  )}
                </dl>
              ) : (
                <p>No escrow arrangement recorded.{deal.hostingModel !== "SELF_HOSTED" && " The vendor runs the model, so escrow is part of your way out."}</p>
              )}
              {escrow.deposits.length > 0 && (
                <div>
                  <h3 className="font-medium text-slate-900">Deposits</h3>
                  <ul className="mt-1 space-y-1">
                    {escrow.deposits.map((e) => (
                      <li key={e.id} data-testid="escrow-deposit">
                        {formatCalendarDate(e.depositedOn)} · <ShortHash value={e.manifestSha256} /> · {e.by}
                        {e.note && <span className="text-slate-600"> — {e.note}</span>}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
            {page.canManage && escrow.arrangement && (
              <details className="border-t border-slate-100">
                <summary className={SUMMARY_CLASS}>Record a deposit</summary>
                <div className="px-5 pb-5 pt-2">
                  <EscrowDepositForm
                    dealId={deal.id}
                    today={page.today}
                    manifests={imports.map((i) => ({ sha256: i.manifestSha256, label: `${i.fileName} (${formatCalendarDate(i.at.slice(0, 10))})` }))}
                  />
                </div>
              </details>
            )}
            {page.canManage && (
              <details className="border-t border-slate-100" open={!escrow.arrangement && deal.hostingModel !== "SELF_HOSTED"}>
                <summary className={SUMMARY_CLASS}>{escrow.arrangement ? "Edit the arrangement" : "Record the arrangement"}</summary>
                <div className="px-5 pb-5 pt-2">
                  <EscrowArrangementForm dealId={deal.id} arrangement={escrow.arrangement} />
                </div>
              </details>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}

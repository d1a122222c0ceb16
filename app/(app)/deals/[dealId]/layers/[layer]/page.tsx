import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentNote } from "@/components/checklist/assignment-note";
import { ClauseStatusBadge } from "@/components/checklist/clause-status-badge";
import { ProgressBar, ProgressLegend } from "@/components/checklist/progress-bar";
import { QuickStatusForm } from "@/components/checklist/quick-status-form";
import { AddDealClauseForm } from "@/components/deal-rules/add-deal-clause-form";
import { DealPriorityBadges, RuleNotes } from "@/components/deal-rules/rule-notes";
import { DealHeader } from "@/components/deals/deal-header";
import { Positions } from "@/components/playbook/positions";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { requireActor } from "@/lib/auth/actor";
import { isSettled } from "@/lib/domain/clause-status";
import { can } from "@/lib/auth/permissions";
import { CHANNEL_LABEL, STANCE_LABEL, STANCE_TONE } from "@/lib/format/response-labels";
import { orNotFound } from "@/lib/or-not-found";
import { getLayerChecklist, type LayerChecklistDto } from "@/lib/services/deal-clauses";

export const metadata: Metadata = { title: "Checklist" };

export default async function LayerChecklistPage({ params }: { params: Promise<{ dealId: string; layer: string }> }) {
  const { dealId, layer } = await params;
  const actor = await requireActor();
  const checklist = await orNotFound(getLayerChecklist(actor, dealId, layer));
  const canEdit = can(actor.role, "clause:update") && !checklist.deal.archived;
  const now = new Date();
  return (
    <>
      <DealHeader deal={checklist.deal} />
      <div className="grid gap-8 lg:grid-cols-[15rem_1fr]">
        <nav aria-label="Checklist sections" className="space-y-1">
          {checklist.layers.map((l, i) => (
            <Link
              key={l.key}
              href={`/deals/${dealId}/layers/${l.key}`}
              aria-current={l.key === checklist.layer.key ? "page" : undefined}
              className={cn(
                "block rounded-md px-3 py-2 text-sm",
                l.key === checklist.layer.key ? "bg-brand-50 font-semibold text-brand-700" : "text-slate-600 hover:bg-slate-100",
              )}
            >
              {i + 1}. {l.title}
            </Link>
          ))}
        </nav>
        <div className="min-w-0 space-y-4">
          <div className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <h2 className="text-lg font-semibold text-slate-900">
              {checklist.layer.position + 1}. {checklist.layer.title}
            </h2>
            <p className="mt-1 text-sm text-slate-600">{checklist.layer.summary}</p>
            <div className="mt-4" data-testid="layer-progress">
              <ProgressBar counts={checklist.progress} className="h-2.5" />
              <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
                <ProgressLegend counts={checklist.progress} />
                <span className="text-sm font-medium text-slate-700">{checklist.progress.settledPercent}% settled</span>
              </div>
            </div>
          </div>
          {checklist.items.map((item) => (
            <article
              key={item.id}
              className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200"
              data-testid="checklist-item"
              aria-labelledby={`title-${item.id}`}
            >
              <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-100 px-5 py-4">
                <div className="min-w-0">
                  <div className="flex flex-wrap items-center gap-2">
                    <h3 id={`title-${item.id}`} className="text-sm font-semibold text-slate-900">
                      {item.clause.title}
                    </h3>
                    <DealPriorityBadges item={item} />
                    <span data-testid="item-status">
                      <ClauseStatusBadge status={item.status} />
                    </span>
                    {item.recheckReason && <Badge tone="warn">Re-check</Badge>}
                  </div>
                  {item.recheckReason && (
                    <p className="mt-1 text-sm font-medium text-amber-900" data-testid="item-recheck">
                      {item.recheckReason}: check that what was agreed still meets the new position.
                    </p>
                  )}
                  <p className="mt-1 text-sm text-slate-600">{item.clause.whyItMatters}</p>
                  {(item.assignee || item.dueOn) && (
                    <div className="mt-1">
                      <AssignmentNote
                        assignee={item.assignee}
                        dueOn={item.dueOn}
                        open={!isSettled(item.status) && item.status !== "NOT_APPLICABLE"}
                        now={now}
                      />
                    </div>
                  )}
                </div>
                <ButtonLink href={`/deals/${dealId}/clauses/${item.id}`} variant="secondary" className="shrink-0">
                  Open clause{item.responseCount > 0 ? ` · ${item.responseCount} response${item.responseCount === 1 ? "" : "s"}` : ""}
                </ButtonLink>
              </div>
              <div className="space-y-4 px-5 py-4">
                <RuleNotes item={item} />
                <Positions mustHave={item.clause.mustHave} fallback={item.clause.fallback} walkAway={item.clause.walkAway} />
                {item.clause.sampleLanguage && (
                  <details className="text-sm">
                    <summary className="cursor-pointer text-xs font-semibold uppercase tracking-wide text-slate-600">Sample language</summary>
                    <blockquote className="mt-2 rounded-md bg-slate-50 px-3 py-2 font-serif italic text-slate-700 ring-1 ring-inset ring-slate-200">
                      {item.clause.sampleLanguage}
                    </blockquote>
                  </details>
                )}
                {(item.agreedLanguage || item.contractReference || item.notes || (item.notApplicableReason && !item.notApplicableByRule)) && (
                  <dl className="grid gap-3 text-sm md:grid-cols-3">
                    {item.agreedLanguage && (
                      <div className="md:col-span-2">
                        <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">Agreed language</dt>
                        <dd className="mt-1 whitespace-pre-wrap font-serif text-slate-800">{item.agreedLanguage}</dd>
                      </div>
                    )}
                    {item.contractReference && (
                      <div>
                        <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">Contract section</dt>
                        <dd className="mt-1 text-slate-800">{item.contractReference}</dd>
                      </div>
                    )}
                    {item.notApplicableReason && !item.notApplicableByRule && (
                      <div>
                        <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">Not applicable because</dt>
                        <dd className="mt-1 text-slate-800">{item.notApplicableReason}</dd>
                      </div>
                    )}
                    {item.notes && (
                      <div className="md:col-span-3">
                        <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">Notes</dt>
                        <dd className="mt-1 whitespace-pre-wrap text-slate-700">{item.notes}</dd>
                      </div>
                    )}
                  </dl>
                )}
                {item.latestResponse && (
                  <div className="rounded-md bg-slate-50 px-3 py-2 text-sm ring-1 ring-inset ring-slate-200">
                    <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                      <span className="font-semibold uppercase tracking-wide">Latest vendor response</span>
                      <span>
                        {item.latestResponse.occurredOn} · {CHANNEL_LABEL[item.latestResponse.channel]}
                      </span>
                      <Badge tone={STANCE_TONE[item.latestResponse.stance]}>{STANCE_LABEL[item.latestResponse.stance]}</Badge>
                      {item.latestResponse.redFlagKeys.length > 0 && (
                        <Badge tone="bad">
                          {item.latestResponse.redFlagKeys.length} red flag{item.latestResponse.redFlagKeys.length === 1 ? "" : "s"}
                        </Badge>
                      )}
                    </div>
                    <p className="mt-1 line-clamp-2 font-serif italic text-slate-700">“{item.latestResponse.vendorText}”</p>
                  </div>
                )}
                {canEdit && <QuickStatusForm item={item} title={item.clause.title} />}
              </div>
            </article>
          ))}
          {checklist.retired.length > 0 && <RetiredItems dealId={dealId} items={checklist.retired} />}
          {canEdit && <AddDealClauseForm dealId={dealId} layerKey={checklist.layer.key} layerTitle={checklist.layer.title} />}
        </div>
      </div>
    </>
  );
}

/** Clauses a playbook upgrade retired from this section: history, read-only, out of readiness and progress. */
function RetiredItems({ dealId, items }: { dealId: string; items: LayerChecklistDto["retired"] }) {
  const versions = [...new Set(items.map((i) => i.retired!.inVersion))].sort((a, b) => a - b);
  return (
    <section aria-labelledby="retired-title" className="rounded-xl bg-slate-50 ring-1 ring-slate-200" data-testid="retired-items">
      <div className="border-b border-slate-200 px-5 py-4">
        <h3 id="retired-title" className="text-sm font-semibold text-slate-900">
          Retired in version {versions.join(", ")}
        </h3>
        <p className="mt-0.5 text-sm text-slate-600">
          No longer in the playbook this deal follows. Kept read-only with their responses; they do not count in readiness or progress.
        </p>
      </div>
      <ul className="divide-y divide-slate-200">
        {items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
            <div className="flex min-w-0 flex-wrap items-center gap-2">
              <span className="text-sm font-medium text-slate-800">{item.clause.title}</span>
              <ClauseStatusBadge status={item.status} />
              <Badge tone="muted">Retired</Badge>
            </div>
            <ButtonLink href={`/deals/${dealId}/clauses/${item.id}`} variant="ghost" className="shrink-0">
              View history{item.responseCount > 0 ? ` · ${item.responseCount} response${item.responseCount === 1 ? "" : "s"}` : ""}
            </ButtonLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

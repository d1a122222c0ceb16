import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentNote } from "@/components/checklist/assignment-note";
import { ClauseAssignmentForm } from "@/components/checklist/clause-assignment-form";
import { ClauseEditor } from "@/components/checklist/clause-editor";
import { ClauseStatusBadge } from "@/components/checklist/clause-status-badge";
import { RecheckNotice } from "@/components/checklist/recheck-notice";
import { RemoveDealClauseButton } from "@/components/deal-rules/remove-deal-clause-button";
import { DealPriorityBadges, RuleNotes } from "@/components/deal-rules/rule-notes";
import { RuleOverrideForm } from "@/components/deal-rules/rule-override-form";
import { DealHeader } from "@/components/deals/deal-header";
import { Badge } from "@/components/ui/badge";
import { Positions } from "@/components/playbook/positions";
import { ResponseForm } from "@/components/responses/response-form";
import { ResponseTimeline } from "@/components/responses/response-timeline";
import { Card, CardHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { CLAUSE_STATUS_LABEL } from "@/lib/format/clause-status-labels";
import { formatDateTime } from "@/lib/format/dates";
import { PRIORITY_LABEL } from "@/lib/format/priority-labels";
import { orNotFound } from "@/lib/or-not-found";
import { getDealClause } from "@/lib/services/deal-clauses";
import { responseDraftSources } from "@/lib/services/drafts/response-sources";
import { LogResponseSource } from "@/components/drafts/log-response-source";
import { ClauseDiscussion } from "@/components/discussion/clause-discussion";
import { isSettled } from "@/lib/domain/clause-status";
import { listActiveMembers, listClauseComments } from "@/lib/services/comments";
import { VendorLeverage } from "@/components/vendors/vendor-leverage";
import { getClauseLeverage } from "@/lib/services/vendors";

export const metadata: Metadata = { title: "Clause" };

export default async function DealClausePage({ params }: { params: Promise<{ dealId: string; dealClauseId: string }> }) {
  const { dealId, dealClauseId } = await params;
  const actor = await requireActor();
  const { deal, layer, item, responses, playbookPitches } = await orNotFound(getDealClause(actor, dealId, dealClauseId));
  const [sources, comments, members] = await Promise.all([
    responseDraftSources(
      actor,
      responses.map((r) => r.id),
    ),
    listClauseComments(actor, deal.id, item.id),
    listActiveMembers(actor),
  ]);
  // A clause a playbook upgrade retired is history: shown, never changed.
  const editable = !deal.archived && !item.retired;
  const canEdit = editable && can(actor.role, "clause:update");
  const canLog = editable && can(actor.role, "response:log");
  const canAssign = editable && can(actor.role, "clause:assign");
  const open = !isSettled(item.status) && item.status !== "NOT_APPLICABLE";
  const now = new Date();
  return (
    <>
      <DealHeader deal={deal} />
      <div className="mb-4 text-sm text-slate-600">
        <Link href={`/deals/${deal.id}/layers/${layer.key}`} className="hover:text-slate-800">
          ← {layer.title}
        </Link>
      </div>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <h2 className="text-xl font-semibold text-slate-900">{item.clause.title}</h2>
        <DealPriorityBadges item={item} />
        <span data-testid="clause-status">
          <ClauseStatusBadge status={item.status} />
        </span>
        {item.recheckReason && !item.retired && <Badge tone="warn">Re-check</Badge>}
        {item.retired && <Badge tone="muted">Retired</Badge>}
      </div>
      {item.retired && (
        <p className="mb-6 rounded-xl bg-slate-50 px-5 py-4 text-sm text-slate-700 ring-1 ring-inset ring-slate-200" data-testid="retired-notice">
          Retired in playbook version {item.retired.inVersion} (the deal was upgraded on {formatDateTime(item.retired.at)}). This clause is kept read-only for
          the deal&apos;s history: it no longer counts in readiness and cannot be changed.
        </p>
      )}
      {item.recheckReason && !item.retired && (
        <div className="mb-6">
          <RecheckNotice dealClauseId={item.id} version={item.version} reason={item.recheckReason} canConfirm={canEdit} />
        </div>
      )}
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader title="Our positions" description={item.clause.whyItMatters} />
            <div className="space-y-3 px-5 py-4">
              <RuleNotes item={item} />
              <Positions mustHave={item.clause.mustHave} fallback={item.clause.fallback} walkAway={item.clause.walkAway} />
              {item.clause.sampleLanguage && (
                <figure>
                  <figcaption className="text-xs font-semibold uppercase tracking-wide text-slate-600">Sample language</figcaption>
                  <blockquote className="mt-1 rounded-md bg-slate-50 px-3 py-2 font-serif text-sm italic text-slate-700 ring-1 ring-inset ring-slate-200">
                    {item.clause.sampleLanguage}
                  </blockquote>
                </figure>
              )}
            </div>
          </Card>
          <VendorLeverage leverage={await getClauseLeverage(actor, item.id)} />
          <Card>
            <CardHeader title="Vendor responses" description={`${responses.length} logged · newest first`} />
            {canLog && (
              <div className="border-b border-slate-100 px-5 py-5">
                <ResponseForm
                  dealClauseId={item.id}
                  version={item.version}
                  currentStatus={item.status}
                  priority={item.priority}
                  evidence={{ agreedLanguage: item.agreedLanguage, contractReference: item.contractReference }}
                  playbookPitches={playbookPitches}
                />
              </div>
            )}
            <div className="px-5 py-5">
              <ResponseTimeline
                responses={responses}
                playbookPitches={playbookPitches}
                sources={sources}
                renderSource={(source) => <LogResponseSource dealId={deal.id} source={source} />}
              />
            </div>
          </Card>
          <ClauseDiscussion
            dealClauseId={item.id}
            comments={comments}
            members={members}
            canPost={editable && can(actor.role, "comment:write")}
            readOnlyReason={
              deal.archived
                ? "This deal is archived: its discussion is kept read-only."
                : item.retired
                  ? "This clause is retired: its discussion is kept read-only."
                  : null
            }
          />
        </div>
        <div className="space-y-6">
          <Card data-testid="clause-assignment">
            <CardHeader title="Assignment" description="Who works on this clause, and by when." />
            <div className="space-y-3 px-5 py-4">
              <AssignmentNote assignee={item.assignee} dueOn={item.dueOn} open={open} now={now} />
              {canAssign ? (
                <ClauseAssignmentForm
                  dealClauseId={item.id}
                  version={item.version}
                  assigneeId={item.assignee?.id ?? null}
                  dueOn={item.dueOn}
                  members={members}
                />
              ) : (
                !item.assignee && !item.dueOn && <p className="text-sm text-slate-600">Nobody is assigned.</p>
              )}
            </div>
          </Card>
          <Card>
            <CardHeader title="Status & agreed terms" />
            <div className="px-5 py-4">
              {canEdit ? (
                <ClauseEditor
                  dealClauseId={item.id}
                  priority={item.priority}
                  initial={{
                    status: item.status,
                    notApplicableReason: item.notApplicableReason,
                    agreedLanguage: item.agreedLanguage,
                    contractReference: item.contractReference,
                    notes: item.notes,
                    version: item.version,
                  }}
                />
              ) : (
                <div className="space-y-3 text-sm">
                  <dl className="space-y-3">
                    <div>
                      <dt className="text-xs font-semibold uppercase text-slate-600">Status</dt>
                      <dd>
                        {CLAUSE_STATUS_LABEL[item.status]}
                        {item.notApplicableReason ? ` — ${item.notApplicableReason}` : ""}
                      </dd>
                    </div>
                    <div>
                      <dt className="text-xs font-semibold uppercase text-slate-600">Agreed language</dt>
                      <dd className="whitespace-pre-wrap font-serif">{item.agreedLanguage || "—"}</dd>
                    </div>
                    <div>
                      <dt className="text-xs font-semibold uppercase text-slate-600">Contract section</dt>
                      <dd>{item.contractReference || "—"}</dd>
                    </div>
                    <div>
                      <dt className="text-xs font-semibold uppercase text-slate-600">Notes</dt>
                      <dd className="whitespace-pre-wrap">{item.notes || "—"}</dd>
                    </div>
                  </dl>
                  <p className="text-xs text-slate-600">
                    {deal.archived
                      ? "This deal is archived."
                      : item.retired
                        ? "This clause is retired: read-only."
                        : "Your role can read this clause but not change it."}
                  </p>
                </div>
              )}
            </div>
          </Card>
          {item.ruleEffects.length > 0 && (
            <Card data-testid="clause-rules">
              <CardHeader title="Applicability rules" description="What the playbook's rules do on this deal, from its facts." />
              <ul className="divide-y divide-slate-100">
                {item.ruleEffects.map((effect) => (
                  <li key={effect.rule} className="px-5 py-3 text-sm">
                    <span className="font-medium text-slate-900">
                      {effect.effect === "NOT_APPLICABLE"
                        ? "Not applicable"
                        : `Raised to ${PRIORITY_LABEL[effect.priority ?? item.clause.priority].toLowerCase()}`}
                      {item.ruleOverrideReason !== null ? " (set aside)" : ""}:
                    </span>{" "}
                    <span className="text-slate-700">{effect.reason}</span>
                  </li>
                ))}
              </ul>
              {canEdit && (
                <div className="border-t border-slate-100 px-5 py-4">
                  <RuleOverrideForm dealClauseId={item.id} version={item.version} overridden={item.ruleOverrideReason !== null} />
                </div>
              )}
            </Card>
          )}
          {item.dealOnly && canEdit && item.status === "NOT_STARTED" && item.responseCount === 0 && (
            <Card>
              <CardHeader title="Added to this deal only" description="Not part of the playbook; added by a negotiator for this deal." />
              <div className="px-5 py-4">
                <RemoveDealClauseButton dealClauseId={item.id} version={item.version} backHref={`/deals/${deal.id}/layers/${layer.key}`} />
              </div>
            </Card>
          )}
          {item.clause.attackedBy.length > 0 && (
            <Card>
              <CardHeader title="Pitches to expect" description="What vendors say to weaken this clause, and the answer." />
              <ul className="divide-y divide-slate-100">
                {item.clause.attackedBy.map((p) => (
                  <li key={p.key} className="px-5 py-3 text-sm">
                    <p className="font-serif italic text-slate-900">“{p.quote}”</p>
                    <p className="mt-1 text-slate-600">
                      <span className="font-medium text-emerald-800">Counter: </span>
                      {p.counter}
                    </p>
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { ClauseStatusBadge } from "@/components/checklist/clause-status-badge";
import { DealHeader } from "@/components/deals/deal-header";
import { LogRoundForm } from "@/components/drafts/log-round-form";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/actor";
import { can, rolesFor } from "@/lib/auth/permissions";
import { formatCalendarDate, formatDateTime } from "@/lib/format/dates";
import { CHANNEL_LABEL, STANCE_LABEL, STANCE_TONE } from "@/lib/format/response-labels";
import { ROLE_LABEL } from "@/lib/format/role-labels";
import { orNotFound } from "@/lib/or-not-found";
import { getRoundProposal } from "@/lib/services/drafts/log-round";

export const metadata: Metadata = { title: "Log a draft round" };

export default async function LogDraftRoundPage({ params }: { params: Promise<{ dealId: string; draftId: string }> }) {
  const { dealId, draftId } = await params;
  const actor = await requireActor();
  const { deal, draft, channel, entries, logged } = await orNotFound(getRoundProposal(actor, dealId, draftId));
  const reviewHref = `/deals/${deal.id}/drafts/${draft.id}`;
  const canLog = can(actor.role, "draft:manage") && !deal.archived;

  return (
    <>
      <DealHeader deal={deal} />
      <div className="mb-4 text-sm text-slate-600">
        <Link href={reviewHref} className="hover:text-slate-800">
          ← Round {draft.round}: {draft.title}
        </Link>
      </div>
      <div className="mb-6">
        <h2 className="text-xl font-semibold text-slate-900">Log round {draft.round} as vendor responses</h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Received {formatCalendarDate(draft.receivedOn)} · recorded as {CHANNEL_LABEL[channel].toLowerCase()} · one response per clause the draft addresses,
          made from its passages and flags. Check each one; nothing is saved until you log them.
        </p>
      </div>

      {draft.logged ? (
        <Card data-testid="round-logged">
          <CardHeader
            title="This round is logged"
            description={`Logged ${formatDateTime(draft.logged.at)}${draft.logged.by ? ` by ${draft.logged.by}` : ""}: its mapping is read-only now.`}
            actions={
              <ButtonLink href={`/deals/${deal.id}/drafts/${draft.id}/compare`} variant="secondary">
                Compare rounds
              </ButtonLink>
            }
          />
          <ul className="divide-y divide-slate-100">
            {logged.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-3 px-5 py-3 text-sm">
                <Link href={`/deals/${deal.id}/clauses/${r.dealClauseId}`} className="font-medium text-slate-900 hover:underline">
                  {r.title}
                </Link>
                <Badge tone={STANCE_TONE[r.stance]}>{STANCE_LABEL[r.stance]}</Badge>
                <span className="ml-auto">
                  <ClauseStatusBadge status={r.status} />
                </span>
              </li>
            ))}
          </ul>
        </Card>
      ) : !canLog ? (
        <Card className="max-w-xl p-6" data-testid="read-only-round">
          <h3 className="text-base font-semibold text-slate-900">{deal.archived ? "This deal is archived" : "You can read this round but not log it"}</h3>
          <p className="mt-1 text-sm text-slate-600">
            {deal.archived
              ? "Restore the deal before logging vendor responses."
              : `As ${ROLE_LABEL[actor.role]} you follow the negotiation; ${rolesFor("draft:manage")
                  .map((role) => `${ROLE_LABEL[role]}s`)
                  .join(" and ")} log rounds.`}
          </p>
          <ButtonLink href={reviewHref} variant="secondary" className="mt-5">
            Back to the round
          </ButtonLink>
        </Card>
      ) : entries.length === 0 ? (
        <EmptyState
          title="No passage is mapped to a clause"
          description="Map the draft's passages to the deal's clauses on the round's review page; each mapped clause becomes a response here."
        />
      ) : (
        <LogRoundForm dealId={deal.id} draftId={draft.id} version={draft.version} entries={entries} />
      )}
    </>
  );
}

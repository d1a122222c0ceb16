import type { Metadata } from "next";
import { AddRoundForm } from "@/components/drafts/add-round-form";
import { RoundList } from "@/components/drafts/round-list";
import { DealHeader } from "@/components/deals/deal-header";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/or-not-found";
import { listDraftRounds } from "@/lib/services/drafts/review";

export const metadata: Metadata = { title: "Vendor drafts" };

export default async function DraftsPage({ params }: { params: Promise<{ dealId: string }> }) {
  const { dealId } = await params;
  const actor = await requireActor();
  const { deal, rounds, nextRound } = await orNotFound(listDraftRounds(actor, dealId));
  const canManage = can(actor.role, "draft:manage") && !deal.archived;
  return (
    <>
      <DealHeader deal={deal} />
      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="rounds-title" className="space-y-4 lg:col-span-2">
          <div>
            <h2 id="rounds-title" className="text-base font-semibold text-slate-900">
              Vendor drafts
            </h2>
            <p className="mt-0.5 text-sm text-slate-600">
              Each round of the vendor&apos;s contract, split into passages, mapped to this deal&apos;s clauses and checked for risky language.
            </p>
          </div>
          {rounds.length === 0 ? (
            <EmptyState
              title="No drafts yet"
              description={
                canManage
                  ? "Add the vendor's first draft: upload the DOCX or PDF they sent, or paste the text."
                  : "Nobody has added a vendor draft to this deal yet."
              }
            />
          ) : (
            <RoundList dealId={deal.id} rounds={rounds} canManage={canManage} />
          )}
        </section>
        {canManage && (
          <div>
            <Card aria-labelledby="add-round-title">
              <CardHeader title={<span id="add-round-title">Add round {nextRound}</span>} description="Upload the vendor's file or paste what they sent." />
              <AddRoundForm dealId={deal.id} nextRound={nextRound} today={new Date().toISOString().slice(0, 10)} />
            </Card>
          </div>
        )}
      </div>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { DealHeader } from "@/components/deals/deal-header";
import { RedlinePassage, passageTitle } from "@/components/drafts/redline-passage";
import { RedlinePreview } from "@/components/drafts/redline-preview";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/actor";
import { orNotFound } from "@/lib/or-not-found";
import { getRedlineWorkbench } from "@/lib/services/drafts/counters";

export const metadata: Metadata = { title: "Redline" };

export default async function RedlinePage({ params }: { params: Promise<{ dealId: string; draftId: string }> }) {
  const { dealId, draftId } = await params;
  const actor = await requireActor();
  const { deal, draft, passages, otherPassages, canManage } = await orNotFound(getRedlineWorkbench(actor, dealId, draftId));
  const countered = passages.filter((p) => p.counterText !== null);
  const base = `/deals/${deal.id}/drafts/${draft.id}`;
  const fromWord = draft.source === "DOCX" && draft.fileName;

  return (
    <>
      <DealHeader deal={deal} />
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-600">
        <Link href={`/deals/${deal.id}/drafts`} className="hover:text-slate-800">
          Drafts
        </Link>{" "}
        <span aria-hidden="true">/</span>{" "}
        <Link href={base} className="hover:text-slate-800">
          Round {draft.round}: {draft.title}
        </Link>{" "}
        <span aria-hidden="true">/</span> Redline
      </nav>
      <header className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h2 className="text-xl font-semibold tracking-tight text-slate-900">Send back a redline</h2>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            {fromWord
              ? `Our wording goes into the vendor's own file (${draft.fileName}) as tracked changes, authored by whoever downloads it.`
              : "The vendor sent no Word file: the redline is a Word document of the draft's passages with our wording as tracked changes."}{" "}
            The memo sets out, per passage, why it matters, where we stand and what we propose.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`${base}/redline.docx`} prefetch={false} download>
            Download redline (.docx)
          </ButtonLink>
          <ButtonLink href={`${base}/memo.docx`} prefetch={false} variant="secondary" download>
            Download memo (.docx)
          </ButtonLink>
        </div>
      </header>

      <div className="space-y-6">
        <Card aria-labelledby="in-the-redline">
          <CardHeader
            title={<span id="in-the-redline">In the redline ({countered.length})</span>}
            description="What the vendor will see: their words we strike out, and ours underlined."
          />
          {countered.length === 0 ? (
            <p className="px-5 py-4 text-sm text-slate-600">
              {canManage ? "No passage countered yet: choose one below." : "No passage is countered in this round yet."}
            </p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {countered.map((p) => (
                <li key={p.id} className="space-y-1 px-5 py-4" data-testid="countered-passage">
                  <h3 className="text-sm font-semibold text-slate-900">{passageTitle(p)}</h3>
                  <RedlinePreview text={p.text} number={p.number} proposed={p.counterText!} />
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card aria-labelledby="worth-countering">
          <CardHeader
            title={<span id="worth-countering">Passages to answer first</span>}
            description={`Flagged as risky, or addressing a must-have clause.${otherPassages ? ` ${otherPassages} other passages of the draft need no answer.` : ""}${draft.logged ? " This round is logged; its wording can still change." : ""}`}
          />
          {passages.length === 0 ? (
            <div className="p-5">
              <EmptyState title="Nothing to answer" description="No passage of this draft is flagged or addresses a must-have clause." />
            </div>
          ) : (
            <ul className="divide-y divide-slate-100">
              {passages.map((p) => (
                <RedlinePassage key={p.id} passage={p} draftId={draft.id} version={draft.version} canManage={canManage} />
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { DealHeader } from "@/components/deals/deal-header";
import { DRAFT_SOURCE_LABEL } from "@/components/drafts/draft-labels";
import { PassageCard } from "@/components/drafts/passage-card";
import { DraftReviewProvider } from "@/components/drafts/review-context";
import { SilentPanel } from "@/components/drafts/silent-panel";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { describeBytes } from "@/lib/drafts/limits";
import { formatCalendarDate } from "@/lib/format/dates";
import { plural } from "@/lib/format/plural";
import { orNotFound } from "@/lib/or-not-found";
import { getDraftReview, type ReviewPassage } from "@/lib/services/drafts/review";
import { ZDraftPassageFilter, type DraftPassageFilter } from "@/lib/validation/draft";

export const metadata: Metadata = { title: "Draft review" };

/** Past this many passages the page shows the first ones and offers the rest on request (a 40-page draft has a few hundred). */
const PASSAGES_SHOWN = 300;

const FILTERS: { value: DraftPassageFilter; label: string; test: (p: ReviewPassage) => boolean }[] = [
  { value: "all", label: "All passages", test: () => true },
  { value: "flagged", label: "Flagged", test: (p) => p.flags.some((f) => !f.dismissedAt) },
  { value: "mapped", label: "Mapped", test: (p) => p.mappings.some((m) => m.state !== "REJECTED") },
  { value: "unmapped", label: "Unmapped", test: (p) => p.kind !== "heading" && !p.mappings.some((m) => m.state !== "REJECTED") },
];

const DATE_TIME = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

function Stat({ label, value, tone }: { label: string; value: React.ReactNode; tone?: "bad" }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className={cn("mt-0.5 text-lg font-semibold tabular-nums", tone === "bad" ? "text-red-700" : "text-slate-900")}>{value}</dd>
    </div>
  );
}

type Search = Record<string, string | string[] | undefined>;

export default async function DraftReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ dealId: string; draftId: string }>;
  searchParams: Promise<Search>;
}) {
  const { dealId, draftId } = await params;
  const search = await searchParams;
  const filter = ZDraftPassageFilter.parse(search.show);
  const showAll = search.all === "1";
  const actor = await requireActor();
  const review = await orNotFound(getDraftReview(actor, dealId, draftId));
  const { deal, draft, counts } = review;
  const base = `/deals/${deal.id}/drafts/${draft.id}`;
  const canManage = can(actor.role, "draft:manage") && !deal.archived;
  const editable = canManage && !draft.logged;

  const active = FILTERS.find((f) => f.value === filter)!;
  const matching = review.passages.filter(active.test);
  const shown = showAll ? matching : matching.slice(0, PASSAGES_SHOWN);
  const hrefFor = (show: DraftPassageFilter, all = false) => {
    const query = new URLSearchParams();
    if (show !== "all") query.set("show", show);
    if (all) query.set("all", "1");
    const q = query.toString();
    return q ? `${base}?${q}` : base;
  };

  return (
    <>
      <DealHeader deal={deal} />
      <div className="mb-4 text-sm text-slate-600">
        <Link href={`/deals/${deal.id}/drafts`} className="hover:text-slate-800">
          Vendor drafts
        </Link>{" "}
        <span aria-hidden="true">/</span> Round {draft.round}
      </div>
      <header className="mb-5 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h2 className="break-words text-xl font-semibold tracking-tight text-slate-900">
            Round {draft.round}: {draft.title}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {draft.fileName ? `${draft.fileName} (${describeBytes(draft.byteSize ?? 0)})` : DRAFT_SOURCE_LABEL[draft.source]} · received{" "}
            {formatCalendarDate(draft.receivedOn)} · added by {draft.addedBy} · {plural(draft.wordCount, "word")}
          </p>
        </div>
        {draft.logged ? (
          <Badge tone="good">
            Logged by {draft.logged.by}, {DATE_TIME.format(new Date(draft.logged.at))}
          </Badge>
        ) : (
          <Badge tone="open">Not logged yet</Badge>
        )}
      </header>

      <nav aria-label="This round" className="mb-5 flex flex-wrap gap-2">
        {canManage && !draft.logged && <ButtonLink href={`${base}/log`}>Log this round</ButtonLink>}
        {review.previousRound && (
          <ButtonLink href={`${base}/compare`} variant="secondary">
            Compare with round {review.previousRound.round}
          </ButtonLink>
        )}
        <ButtonLink href={`${base}/redline`} variant="secondary">
          Redline and memo
        </ButtonLink>
        <ButtonLink href={`${base}/file`} variant="secondary" prefetch={false} download>
          Download original
        </ButtonLink>
      </nav>

      <section aria-label="Summary" className="mb-6 rounded-xl bg-white px-5 py-4 shadow-sm ring-1 ring-slate-200">
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
          <Stat label="Passages" value={counts.passages.toLocaleString("en")} />
          <Stat label="Flagged passages" value={counts.flagged} />
          <Stat label="Open flags" value={counts.openFlags} />
          <Stat label="Mapped passages" value={counts.mapped} />
          <Stat label="Mappings to review" value={counts.proposed} />
          <Stat label="Silent must-haves" value={counts.silentMustHaves} tone={counts.silentMustHaves ? "bad" : undefined} />
        </dl>
        {draft.logged && <p className="mt-3 text-sm text-slate-600">This round is logged as vendor responses, so its mapping and flags are read-only.</p>}
        {!canManage && !draft.logged && <p className="mt-3 text-sm text-slate-600">You can read this review; negotiators and admins correct it.</p>}
      </section>

      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="passages-title" className="min-w-0 space-y-4 lg:col-span-2">
          <h3 id="passages-title" className="sr-only">
            Passages
          </h3>
          <nav aria-label="Filter passages" className="flex flex-wrap gap-2">
            {FILTERS.map((f) => {
              const count = review.passages.filter(f.test).length;
              return (
                <Link
                  key={f.value}
                  href={hrefFor(f.value)}
                  aria-current={f.value === filter ? "page" : undefined}
                  className={cn(
                    "rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset",
                    f.value === filter ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
                  )}
                >
                  {f.label} <span className="tabular-nums">({count})</span>
                </Link>
              );
            })}
          </nav>
          {shown.length === 0 ? (
            <EmptyState title="No passages here" description="No passage of this draft matches this filter." />
          ) : (
            <DraftReviewProvider
              value={{
                draftId: draft.id,
                version: draft.version,
                editable,
                clauses: review.clauseOptions.map((c) => ({ id: c.id, title: c.title, section: c.section, priority: c.priority })),
              }}
            >
              <ol className="space-y-3" aria-label={`${active.label}, in document order`}>
                {shown.map((p) => (
                  <PassageCard key={p.id} dealId={deal.id} passage={p} editable={editable} />
                ))}
              </ol>
            </DraftReviewProvider>
          )}
          {shown.length < matching.length && (
            <p className="rounded-lg bg-slate-50 px-4 py-3 text-sm text-slate-700 ring-1 ring-inset ring-slate-200">
              Showing the first {PASSAGES_SHOWN} of {matching.length.toLocaleString("en")} passages.{" "}
              <Link href={hrefFor(filter, true)} className="font-semibold text-brand-700 hover:underline">
                Show all {matching.length.toLocaleString("en")}
              </Link>{" "}
              or filter to the flagged or mapped ones.
            </p>
          )}
        </section>
        <aside className="space-y-6" aria-label="What the draft leaves out">
          <SilentPanel dealId={deal.id} silent={review.silent} />
        </aside>
      </div>
    </>
  );
}

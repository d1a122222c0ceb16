import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { describeBytes } from "@/lib/drafts/limits";
import { formatCalendarDate } from "@/lib/format/dates";
import { plural } from "@/lib/format/plural";
import type { DraftRoundRow } from "@/lib/services/drafts/review";
import { DeleteRoundButton } from "./delete-round-button";
import { DRAFT_SOURCE_LABEL } from "./draft-labels";

function Fact({ label, wide = false, children }: { label: string; wide?: boolean; children: React.ReactNode }) {
  return (
    <div className={wide ? "col-span-2 min-w-0" : "min-w-0"}>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="mt-0.5 break-words text-sm text-slate-900">{children}</dd>
    </div>
  );
}

const DATE_TIME = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** The deal's rounds, newest first: what each holds, whether it is logged, and where to go from it. */
export function RoundList({ dealId, rounds, canManage }: { dealId: string; rounds: DraftRoundRow[]; canManage: boolean }) {
  return (
    <ol className="space-y-4" aria-label="Rounds">
      {[...rounds].reverse().map((r) => {
        const base = `/deals/${dealId}/drafts/${r.id}`;
        const previous = rounds.filter((o) => o.round < r.round).at(-1);
        return (
          <li key={r.id} className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200" data-testid={`round-${r.round}`}>
            <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-100 px-5 py-4">
              <div className="min-w-0">
                <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">Round {r.round}</p>
                <h3 className="mt-0.5 break-words text-base font-semibold text-slate-900">
                  <Link href={base} className="hover:text-brand-700 hover:underline">
                    {r.title}
                  </Link>
                </h3>
              </div>
              {r.logged ? (
                <Badge tone="good">
                  Logged by {r.logged.by}, {DATE_TIME.format(new Date(r.logged.at))}
                </Badge>
              ) : (
                <Badge tone="open">Not logged yet</Badge>
              )}
            </div>
            <dl className="grid grid-cols-2 gap-4 px-5 py-4 md:grid-cols-4">
              <Fact label="Source">
                {r.fileName ? (
                  <>
                    {r.fileName} <span className="text-slate-600">({describeBytes(r.byteSize ?? 0)})</span>
                  </>
                ) : (
                  DRAFT_SOURCE_LABEL[r.source]
                )}
              </Fact>
              <Fact label="Received">{formatCalendarDate(r.receivedOn)}</Fact>
              <Fact label="Added by">
                {r.addedBy}, {DATE_TIME.format(new Date(r.addedAt))}
              </Fact>
              <Fact label="Size">{plural(r.wordCount, "word")}</Fact>
              <Fact label="Passages">{r.passages.toLocaleString("en")}</Fact>
              <Fact label="Open flags">{r.flags}</Fact>
              <Fact label="Silent must-haves">{r.silentMustHaves > 0 ? <span className="font-semibold text-red-700">{r.silentMustHaves}</span> : "None"}</Fact>
              <Fact label="Checksum (SHA-256)" wide>
                <code className="block break-all font-mono text-xs text-slate-700">{r.sha256}</code>
              </Fact>
            </dl>
            <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 px-5 py-3">
              <ButtonLink href={base}>Review</ButtonLink>
              {previous && (
                <ButtonLink href={`${base}/compare`} variant="secondary">
                  Compare with round {previous.round}
                </ButtonLink>
              )}
              <ButtonLink href={`${base}/file`} variant="secondary" prefetch={false} download>
                Download original
              </ButtonLink>
              {canManage && !r.logged && <DeleteRoundButton draftId={r.id} version={r.version} round={r.round} />}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

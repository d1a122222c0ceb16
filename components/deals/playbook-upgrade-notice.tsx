import { ButtonLink } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format/dates";
import type { PlaybookVersionInfo } from "@/lib/services/deal-upgrade";

/** On a deal that follows an older playbook version: which one, what the newer one is, and (for those who may) the way to the preview. */
export function PlaybookUpgradeNotice({
  dealId,
  dealVersion,
  newer,
  canUpgrade,
}: {
  dealId: string;
  dealVersion: number;
  newer: PlaybookVersionInfo;
  canUpgrade: boolean;
}) {
  return (
    <section
      aria-labelledby="newer-playbook-title"
      data-testid="newer-playbook"
      className="mb-6 flex flex-wrap items-start justify-between gap-4 rounded-xl bg-amber-50 px-5 py-4 ring-1 ring-inset ring-amber-600/30"
    >
      <div className="min-w-0 max-w-3xl">
        <h2 id="newer-playbook-title" className="text-sm font-semibold text-amber-950">
          A newer playbook exists
        </h2>
        <p className="mt-1 text-sm text-amber-950">
          This deal follows playbook version {dealVersion}; version {newer.version} was published on {formatDateTime(newer.publishedAt)}
          {newer.publishedBy ? ` by ${newer.publishedBy}` : ""}.
          {newer.changeSummary && (
            <>
              {" "}
              <span className="font-medium">What changed:</span> {newer.changeSummary}
            </>
          )}
        </p>
        {!canUpgrade && <p className="mt-1 text-xs text-amber-900">The deal stays on version {dealVersion} until a negotiator upgrades it.</p>}
      </div>
      {canUpgrade && (
        <ButtonLink href={`/deals/${dealId}/upgrade`} variant="secondary" className="shrink-0">
          Preview upgrade
        </ButtonLink>
      )}
    </section>
  );
}

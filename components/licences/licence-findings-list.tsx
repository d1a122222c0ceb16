import { Badge } from "@/components/ui/badge";
import { formatCalendarDate } from "@/lib/format/dates";
import { FINDING_SEVERITY_LABEL, FINDING_SEVERITY_TONE } from "@/lib/format/licence-labels";
import type { DealLicenceFindingsDto, LicenceAcceptanceDto } from "@/lib/services/licence-findings";

type Finding = DealLicenceFindingsDto["findings"][number];

/** "Accepted in writing by X on D: rationale. Owner: Y · review on E." */
export function AcceptanceNote({ acceptance, action }: { acceptance: LicenceAcceptanceDto; action?: React.ReactNode }) {
  return (
    <div className="mt-2 rounded-md bg-amber-50/60 px-3 py-2 text-sm text-slate-700 ring-1 ring-inset ring-amber-200" data-testid="licence-acceptance">
      <p>
        <span className="font-medium text-slate-900">
          Accepted in writing by {acceptance.acceptedBy} on {formatCalendarDate(acceptance.createdAt.slice(0, 10))}:
        </span>{" "}
        “{acceptance.rationale}” {action}
      </p>
      <p className="mt-1 text-slate-600">
        Owner: {acceptance.owner ?? acceptance.acceptedBy}
        {acceptance.reviewOn && <> · review on {formatCalendarDate(acceptance.reviewOn)}</>}
      </p>
    </div>
  );
}

/**
 * The deal's licence findings, most severe first. `actions` adds, per finding, what the reader may do
 * (the review page's written acceptance); the overview shows them read-only.
 */
export function LicenceFindingsList({ findings, actions }: { findings: Finding[]; actions?: (finding: Finding) => React.ReactNode }) {
  const order = { BLOCKING: 0, WARNING: 1, INFO: 2 } as const;
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <ul className="divide-y divide-slate-100">
      {sorted.map((finding) => (
        <li key={finding.key} className="px-5 py-4" data-testid="licence-finding" data-finding={finding.key}>
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={FINDING_SEVERITY_TONE[finding.severity]}>{FINDING_SEVERITY_LABEL[finding.severity]}</Badge>
            <h3 className="text-sm font-semibold text-slate-900">{finding.title}</h3>
            {finding.severity === "BLOCKING" &&
              (finding.acceptance ? <Badge tone="warn">Accepted in writing</Badge> : <Badge tone="bad">Blocks approval</Badge>)}
          </div>
          <p className="mt-1 text-sm break-words text-slate-700">{finding.message}</p>
          {finding.cite && (
            <p className="mt-1 text-xs text-slate-600">
              Licence text:{" "}
              <a href={finding.cite.url} target="_blank" rel="noreferrer" className="text-brand-700 underline hover:text-brand-800">
                {finding.cite.section}
              </a>
            </p>
          )}
          {finding.acceptance ? <AcceptanceNote acceptance={finding.acceptance} action={actions?.(finding)} /> : actions?.(finding)}
        </li>
      ))}
    </ul>
  );
}

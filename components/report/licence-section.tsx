import { Badge } from "@/components/ui/badge";
import { formatCalendarDate } from "@/lib/format/dates";
import { HOSTING_MODEL_LABEL } from "@/lib/format/deal-labels";
import { FINDING_SEVERITY_LABEL, FINDING_SEVERITY_TONE, formatUsers, USE_CASE_CATEGORY_LABEL } from "@/lib/format/licence-labels";
import { plural } from "@/lib/format/plural";
import type { ReadinessReportDto } from "@/lib/services/report";

/** The report's "Base-model licence" section: the licence, the facts that matter, findings and written acceptances. */
export function ReportLicenceSection({ licence }: { licence: ReadinessReportDto["licence"] }) {
  const { facts } = licence;
  return (
    <section aria-labelledby="report-licence" className="mt-10 print:mt-7" data-testid="report-licence">
      <div className="mb-3 flex items-baseline justify-between gap-4 border-b border-slate-300 pb-1.5 break-after-avoid">
        <h2 id="report-licence" className="text-lg font-semibold text-slate-900">
          Base-model licence
        </h2>
        <span className="shrink-0 text-sm text-slate-600">
          {licence.openBlocking ? plural(licence.openBlocking, "open blocking finding") : "nothing blocking"}
        </span>
      </div>
      <dl className="grid gap-x-10 sm:grid-cols-2 print:grid-cols-2">
        {[
          [
            "Licence",
            licence.licence
              ? `${licence.licence.name} (${licence.licence.version}; registry reviewed ${formatCalendarDate(licence.licence.reviewedOn)})`
              : licence.freeText
                ? `${licence.freeText} (unchecked free text)`
                : "None stated",
          ],
          [
            "Expected users",
            `${formatUsers(facts.expectedMonthlyUsers)} a month${facts.threshold !== null ? ` (licence threshold ${formatUsers(facts.threshold)})` : ""}`,
          ],
          ["Use case", USE_CASE_CATEGORY_LABEL[facts.useCaseCategory]],
          ["Hosting", HOSTING_MODEL_LABEL[facts.hostingModel]],
        ].map(([label, value]) => (
          <div key={label} className="flex gap-3 border-b border-slate-100 py-1.5">
            <dt className="w-32 shrink-0 text-sm text-slate-600">{label}</dt>
            <dd className="min-w-0 text-sm font-medium text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {licence.findings.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">No findings.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {licence.findings.map((f) => (
            <li key={f.key} className="break-inside-avoid py-2.5">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={FINDING_SEVERITY_TONE[f.severity]}>{FINDING_SEVERITY_LABEL[f.severity]}</Badge>
                <span className="text-sm font-medium text-slate-900">{f.title}</span>
                {f.acceptance && <Badge tone="warn">Accepted in writing</Badge>}
              </div>
              <p className="mt-1 text-sm text-slate-600">
                {f.message}
                {f.cite && <> (licence {f.cite.section})</>}
              </p>
              {f.acceptance && (
                <p className="mt-1 text-sm text-slate-700">
                  Accepted by {f.acceptance.acceptedBy} on {formatCalendarDate(f.acceptance.createdAt.slice(0, 10))}: “{f.acceptance.rationale}” Owner{" "}
                  {f.acceptance.owner ?? f.acceptance.acceptedBy}
                  {f.acceptance.reviewOn && <>, review on {formatCalendarDate(f.acceptance.reviewOn)}</>}.
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

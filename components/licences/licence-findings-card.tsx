import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { HOSTING_MODEL_LABEL } from "@/lib/format/deal-labels";
import { formatUsers, USE_CASE_CATEGORY_LABEL } from "@/lib/format/licence-labels";
import { plural } from "@/lib/format/plural";
import type { DealLicenceFindingsDto } from "@/lib/services/licence-findings";
import { AcceptanceNote, LicenceFindingsList } from "./licence-findings-list";

/** What the deal's base model is licensed under, in a line: the registry entry, or the unchecked free text. */
export function LicenceLine({ data }: { data: Pick<DealLicenceFindingsDto, "licence" | "freeText"> }) {
  if (data.licence) {
    return (
      <>
        <a href={data.licence.textUrl} target="_blank" rel="noreferrer" className="font-medium text-brand-700 underline hover:text-brand-800">
          {data.licence.name}
        </a>{" "}
        <span className="text-slate-600">
          ({data.licence.version}; registry entry reviewed on {data.licence.reviewedOn})
        </span>
      </>
    );
  }
  return data.freeText ? (
    <>
      “{data.freeText}” <Badge tone="warn">Unchecked free text</Badge>
    </>
  ) : (
    <span className="text-slate-600">No licence stated</span>
  );
}

/** The facts the findings rest on, as a definition list. */
export function LicenceFacts({ facts }: { facts: DealLicenceFindingsDto["facts"] }) {
  return (
    <dl className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-3">
      <div>
        <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">Expected monthly users</dt>
        <dd className="mt-0.5 tabular-nums text-slate-900">
          {formatUsers(facts.expectedMonthlyUsers)}
          {facts.threshold !== null && <span className="block text-xs text-slate-600">Licence threshold {formatUsers(facts.threshold)}</span>}
        </dd>
      </div>
      <div>
        <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">Use case category</dt>
        <dd className="mt-0.5 text-slate-900">{USE_CASE_CATEGORY_LABEL[facts.useCaseCategory]}</dd>
      </div>
      <div>
        <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">Hosting</dt>
        <dd className="mt-0.5 text-slate-900">{HOSTING_MODEL_LABEL[facts.hostingModel]}</dd>
      </div>
    </dl>
  );
}

/** The deal overview's licence card: what the base model's licence means for this deal. */
export function LicenceFindingsCard({ data, reviewHref }: { data: DealLicenceFindingsDto; reviewHref?: string }) {
  const summary = data.openBlocking ? plural(data.openBlocking, "open blocking finding") : data.findings.length ? "Nothing blocking" : "No findings";
  return (
    <Card id="licence-findings" aria-labelledby="licence-findings-title" data-testid="licence-findings-card">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 border-b border-slate-100 px-5 py-4">
        <div className="min-w-0">
          <h2 id="licence-findings-title" className="text-base font-semibold text-slate-900">
            Base-model licence
          </h2>
          <p className="mt-0.5 text-sm break-words text-slate-700">
            <LicenceLine data={data} />
          </p>
        </div>
        <Badge tone={data.openBlocking ? "bad" : "open"}>{summary}</Badge>
      </div>
      <div className="border-b border-slate-100 px-5 py-4">
        <LicenceFacts facts={data.facts} />
      </div>
      {data.findings.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">
          {data.licence ? "Nothing in this licence conflicts with the deal's facts." : "State the base model and its licence to have it checked."}
        </p>
      ) : (
        <LicenceFindingsList findings={data.findings} />
      )}
      {data.orphanAcceptances.length > 0 && (
        <div className="border-t border-slate-100 px-5 py-4">
          <h3 className="text-sm font-semibold text-slate-900">Acceptances whose finding is gone</h3>
          <p className="text-xs text-slate-600">The deal&apos;s facts changed since; the acceptance stays on record until a CIO withdraws it.</p>
          {data.orphanAcceptances.map((a) => (
            <AcceptanceNote key={a.id} acceptance={a} />
          ))}
        </div>
      )}
      {reviewHref && data.openBlocking > 0 && (
        <p className="border-t border-slate-100 px-5 py-3 text-sm">
          <Link href={reviewHref} className="font-medium text-brand-700 hover:underline">
            Accept or resolve on the review page
          </Link>
        </p>
      )}
    </Card>
  );
}

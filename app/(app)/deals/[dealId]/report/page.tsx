import type { Metadata } from "next";
import { DealHeader } from "@/components/deals/deal-header";
import { PrintButton } from "@/components/report/print-button";
import { ReadinessReport } from "@/components/report/readiness-report";
import { requireActor } from "@/lib/auth/actor";
import { orNotFound } from "@/lib/or-not-found";
import { getReadinessReport } from "@/lib/services/report";

export const metadata: Metadata = { title: "Readiness report" };

export default async function ReportPage({ params }: { params: Promise<{ dealId: string }> }) {
  const { dealId } = await params;
  const actor = await requireActor();
  const report = await orNotFound(getReadinessReport(actor, dealId));
  const { deal } = report;
  return (
    <>
      <div className="no-print">
        <DealHeader deal={{ id: deal.id, name: deal.name, vendor: deal.vendor, stage: deal.stage, archived: deal.archived }} />
      </div>
      <div className="no-print mx-auto mb-4 flex max-w-4xl flex-wrap items-center justify-between gap-3" role="toolbar" aria-label="Report">
        <p className="text-sm text-slate-600">Everything a signing decision rests on, on one document. The PDF has the same content.</p>
        <div className="flex items-center gap-2">
          <PrintButton />
          <a
            href={`/deals/${deal.id}/report/pdf`}
            className="inline-flex items-center justify-center gap-2 rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm transition-colors hover:bg-brand-700"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4">
              <path d="M10.75 2.75a.75.75 0 0 0-1.5 0v8.614L6.295 8.235a.75.75 0 1 0-1.09 1.03l4.25 4.5a.75.75 0 0 0 1.09 0l4.25-4.5a.75.75 0 0 0-1.09-1.03l-2.955 3.129V2.75Z" />
              <path d="M3.5 12.75a.75.75 0 0 0-1.5 0v2.5A2.75 2.75 0 0 0 4.75 18h10.5A2.75 2.75 0 0 0 18 15.25v-2.5a.75.75 0 0 0-1.5 0v2.5c0 .69-.56 1.25-1.25 1.25H4.75c-.69 0-1.25-.56-1.25-1.25v-2.5Z" />
            </svg>
            Download PDF
          </a>
        </div>
      </div>
      <ReadinessReport report={report} />
    </>
  );
}

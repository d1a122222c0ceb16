import { createConcurrencyGate } from "@/lib/concurrency-gate";
import { unavailable } from "@/lib/errors";
import { fileSlug } from "@/lib/format/file-slug";
import { defineRoute } from "@/lib/http/route-handler";
import { getReadinessReport } from "@/lib/services/report";
import { renderReportPdf } from "@/lib/services/report-pdf";

// Rendering is CPU work on the request's thread: a few at a time per process, so a burst of downloads
// cannot starve every other page. The report's size is bounded by the DTO (lib/services/report.ts).
const CONCURRENT_PDF_RENDERS = 2;
const renders = createConcurrencyGate(CONCURRENT_PDF_RENDERS);

/** The readiness report as a PDF download, rendered on the server from the same DTO as the page. */
export const GET = defineRoute<{ dealId: string }>({
  name: "deals/report/pdf",
  permission: "deal:read",
  errors: "text",
  handler: async ({ actor, params: { dealId } }) => {
    const report = await getReadinessReport(actor, dealId);
    const release = renders.tryEnter();
    if (!release) throw unavailable("Other reports are being rendered right now. Try the download again in a few seconds.", 5);
    let pdf: Buffer;
    try {
      pdf = await renderReportPdf(report);
    } finally {
      release();
    }
    const filename = `${fileSlug(report.deal.name, "deal")}-readiness-report-${report.generatedAt.slice(0, 10)}.pdf`;
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Content-Length": String(pdf.length),
        "Cache-Control": "no-store",
      },
    });
  },
});

import { createConcurrencyGate } from "@/lib/concurrency-gate";
import { unavailable } from "@/lib/errors";
import { defineRoute } from "@/lib/http/route-handler";
import { getReadinessReport } from "@/lib/services/report";
import { renderReportPdf } from "@/lib/services/report-pdf";

/** "Claims triage: v2 / EU" → "claims-triage-v2-eu" (ASCII only, so the header needs no encoding). */
function fileSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "deal";
}

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
    const filename = `${fileSlug(report.deal.name)}-readiness-report-${report.generatedAt.slice(0, 10)}.pdf`;
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

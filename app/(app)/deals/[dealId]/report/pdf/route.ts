import { getActor } from "@/lib/auth/actor";
import { AppError, HTTP_STATUS } from "@/lib/errors";
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

/** The readiness report as a PDF download, rendered on the server from the same DTO as the page. */
export async function GET(_request: Request, { params }: { params: Promise<{ dealId: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Sign in first.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const { dealId } = await params;
  let report;
  try {
    report = await getReadinessReport(actor, dealId);
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: HTTP_STATUS[error.code], headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    throw error;
  }
  const pdf = await renderReportPdf(report);
  const filename = `${fileSlug(report.deal.name)}-readiness-report-${report.generatedAt.slice(0, 10)}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "no-store",
    },
  });
}

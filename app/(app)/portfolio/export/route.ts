import { csvResponse } from "@/lib/http/csv-response";
import { defineRoute } from "@/lib/http/route-handler";
import { EXPORT_HEADER, iteratePortfolioExport } from "@/lib/services/portfolio-export";
import { ZPortfolioFilter } from "@/lib/validation/portfolio";

/** CSV of the filtered portfolio, streamed batch by batch as the client reads it. */
export const GET = defineRoute({
  name: "portfolio/export",
  permission: "portfolio:export",
  errors: "text",
  handler: async ({ actor, request }) => {
    const filter = ZPortfolioFilter.parse(Object.fromEntries(new URL(request.url).searchParams));
    const date = new Date().toISOString().slice(0, 10);
    return csvResponse({
      filename: `portfolio-${date}.csv`,
      header: EXPORT_HEADER,
      batches: iteratePortfolioExport(actor, filter),
      toRow: (row) => row,
    });
  },
});

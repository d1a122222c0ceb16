import { getActor } from "@/lib/auth/actor";
import { csvRow } from "@/lib/domain/csv";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { EXPORT_HEADER, iteratePortfolioExport } from "@/lib/services/portfolio-export";
import { ZPortfolioFilter } from "@/lib/validation/portfolio";

/** CSV of the filtered portfolio, streamed batch by batch as the client reads it. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  const filter = ZPortfolioFilter.parse(Object.fromEntries(new URL(request.url).searchParams));
  const batches = iteratePortfolioExport(actor, filter);
  let first: IteratorResult<unknown[][]>;
  try {
    first = await batches.next();
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: HTTP_STATUS[error.code] });
    throw error;
  }
  const encoder = new TextEncoder();
  let pending: IteratorResult<unknown[][]> | null = first;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode("\uFEFF" + csvRow(EXPORT_HEADER)));
    },
    async pull(controller) {
      const result = pending ?? (await batches.next());
      pending = null;
      if (result.done) return controller.close();
      controller.enqueue(encoder.encode(result.value.map(csvRow).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="portfolio-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

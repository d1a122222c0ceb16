import { csvRow } from "@/lib/domain/csv";

export interface CsvDownload<T> {
  /** The file name the browser saves; ASCII, so the header needs no encoding. */
  filename: string;
  header: readonly string[];
  /** Batches of items from the database, e.g. a service's async generator. */
  batches: AsyncIterator<readonly T[]>;
  toRow: (item: T) => readonly unknown[];
}

/**
 * A CSV download streamed batch by batch as the client reads it, so memory stays flat however many
 * rows there are. The first batch is read before the response starts: the service's authorization
 * and not-found checks run there, and their AppError can still become a 403/404 rather than a broken
 * download. Starts with a BOM so spreadsheet programs read UTF-8.
 */
export async function csvResponse<T>({ filename, header, batches, toRow }: CsvDownload<T>): Promise<Response> {
  let pending: IteratorResult<readonly T[]> | null = await batches.next();
  const encoder = new TextEncoder();
  // Pull-based: the next batch is read from the database only when the client has taken the last one.
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode("\uFEFF" + csvRow(header)));
    },
    async pull(controller) {
      const result = pending ?? (await batches.next());
      pending = null;
      if (result.done || !result.value) return controller.close();
      controller.enqueue(encoder.encode(result.value.map((item) => csvRow(toRow(item))).join("")));
    },
    async cancel() {
      await batches.return?.(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

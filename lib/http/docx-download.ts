import "server-only";
import { createConcurrencyGate } from "@/lib/concurrency-gate";
import { unavailable } from "@/lib/errors";

export const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// Reading and writing a DOCX is CPU work on the request's thread (a vendor file may be 10 MB): a few
// at a time per process, so a burst of downloads cannot starve every other page.
const CONCURRENT_DOCX_RENDERS = 2;
const renders = createConcurrencyGate(CONCURRENT_DOCX_RENDERS);

/** Renders within the gate and answers with the file as an attachment. */
export async function docxDownload(render: () => Promise<{ bytes: Uint8Array; fileName: string }>): Promise<Response> {
  const release = renders.tryEnter();
  if (!release) throw unavailable("Other documents are being prepared right now. Try the download again in a few seconds.", 5);
  let file: { bytes: Uint8Array; fileName: string };
  try {
    file = await render();
  } finally {
    release();
  }
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": DOCX_MEDIA_TYPE,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Content-Length": String(file.bytes.byteLength),
      "Cache-Control": "no-store",
    },
  });
}

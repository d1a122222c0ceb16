import "server-only";
import { unavailable } from "@/lib/errors";
import type { DocxExport } from "@/lib/services/drafts/exports";

export const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// Building a DOCX is CPU work on the request's thread (a vendor's file may be 10 MB): a few at a time
// per process, so a burst of downloads cannot starve every other page. Unlike the PDF report, a
// download waits its turn for a while (a team downloading the same round at once all get it); only
// a long queue is refused.
const RENDERING = 2;
const WAITING = 20;
const WAIT_MS = 15_000;

let active = 0;
const queue: (() => void)[] = [];

async function acquire(): Promise<(() => void) | null> {
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else active--;
  };
  if (active < RENDERING) {
    active++;
    return release;
  }
  if (queue.length >= WAITING) return null;
  return new Promise((resolve) => {
    const turn = () => {
      clearTimeout(timer);
      resolve(release);
    };
    const timer = setTimeout(() => {
      queue.splice(queue.indexOf(turn), 1);
      resolve(null);
    }, WAIT_MS);
    queue.push(turn);
  });
}

/** Builds the file in its turn and answers with it as an attachment. */
export async function docxDownload(file: DocxExport): Promise<Response> {
  const release = await acquire();
  if (!release) throw unavailable("Many documents are being prepared right now. Try the download again in a few seconds.", 5);
  let bytes: Uint8Array;
  try {
    bytes = await file.render();
  } finally {
    release();
  }
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": DOCX_MEDIA_TYPE,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Content-Length": String(bytes.byteLength),
      "Cache-Control": "no-store",
    },
  });
}

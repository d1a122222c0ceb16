// How large a request body the app reads, by kind of endpoint. Checked in proxy.ts before anything
// else runs, so an oversized upload costs the server a header check, not the bytes; defineRoute checks
// again (and reads bodies with readBoundedText) in case a route is ever reached without the proxy.

import { MANIFEST_MAX_BYTES } from "@/lib/assets/limits";
import { MAX_DRAFT_FILE_BYTES } from "@/lib/drafts/limits";

const KIB = 1024;

/** The largest legitimate bodies: a sign-in form is a few hundred bytes; an analysis call carries one
 * vendor text (20,000 characters, at most 6 bytes each when JSON-escaped); an action the largest form
 * (a clause with agreed language and notes of 20,000 characters each). Next's own limit for server
 * actions (1 MB) stays as a backstop behind the action limit. */
export const BODY_LIMIT_BYTES = {
  signIn: 16 * KIB,
  api: 256 * KIB,
  action: 512 * KIB,
  /** A vendor draft's file (lib/drafts/limits.ts MAX_DRAFT_FILE_BYTES), sent as the raw body. */
  draftUpload: MAX_DRAFT_FILE_BYTES,
  /** A delivery manifest (lib/assets/limits.ts), sent as the raw body. */
  manifestImport: MANIFEST_MAX_BYTES,
} as const;

/** The routes that take a file: POST /api/v1/deals/<id>/drafts, */
const DRAFT_UPLOAD_PATH = /^\/api\/v1\/deals\/[^/]+\/drafts\/?$/;
/** And the import of a delivery manifest: POST /api/v1/deals/<id>/manifests. */
const MANIFEST_IMPORT_PATH = /^\/api\/v1\/deals\/[^/]+\/manifests\/?$/;

export type BodyRefusal = { status: 411 | 413; message: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function bodyLimitFor(pathname: string): number {
  if (pathname.startsWith("/api/auth/")) return BODY_LIMIT_BYTES.signIn;
  if (DRAFT_UPLOAD_PATH.test(pathname)) return BODY_LIMIT_BYTES.draftUpload;
  if (MANIFEST_IMPORT_PATH.test(pathname)) return BODY_LIMIT_BYTES.manifestImport;
  if (pathname.startsWith("/api/")) return BODY_LIMIT_BYTES.api;
  return BODY_LIMIT_BYTES.action;
}

function describe(bytes: number): string {
  return bytes >= KIB ? `${Math.round(bytes / KIB)} KB` : `${bytes} bytes`;
}

export function tooLargeMessage(limit: number): string {
  return `The request is too large: this endpoint accepts at most ${describe(limit)}. Nothing was saved.`;
}

/**
 * Refuses a state-changing request whose declared body is over the endpoint's limit (413), or whose
 * length is not declared at all (411: a chunked body could only be measured by reading it). Browsers
 * always declare the length of a fetch or form body. Null when the request may go on.
 */
export function checkBodySize(method: string, headers: Headers, pathname: string): BodyRefusal | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const limit = bodyLimitFor(pathname);
  const declared = headers.get("content-length");
  if (declared === null) {
    if (headers.has("transfer-encoding")) {
      return { status: 411, message: "Send the request with a Content-Length header. Nothing was saved." };
    }
    return null;
  }
  const bytes = Number(declared);
  if (!/^\d+$/.test(declared.trim()) || !Number.isSafeInteger(bytes)) return { status: 413, message: tooLargeMessage(limit) };
  return bytes > limit ? { status: 413, message: tooLargeMessage(limit) } : null;
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(tooLargeMessage(limit));
  }
}

/** The body as text, reading no more than `limit` bytes (throws BodyTooLargeError past it). */
export async function readBoundedText(request: Request, limit: number): Promise<string> {
  return Buffer.from(await readBoundedBytes(request, limit)).toString("utf8");
}

/** The body's bytes, reading no more than `limit` (throws BodyTooLargeError past it). */
export async function readBoundedBytes(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

import "server-only";
import { NextResponse } from "next/server";
import { revalidatePath } from "next/cache";
import { fieldErrorsOf } from "@/lib/actions/define-action";
import { createConcurrencyGate } from "@/lib/concurrency-gate";
import { AppError, notFound, rateLimited, unavailable } from "@/lib/errors";
import { BODY_LIMIT_BYTES, readBoundedBytes } from "@/lib/http/body-limits";
import { defineRoute } from "@/lib/http/route-handler";
import { createRateLimiter } from "@/lib/rate-limit";
import { addDraftRound } from "@/lib/services/drafts/add-round";
import { getDraftFile } from "@/lib/services/drafts/review";
import { ZId } from "@/lib/validation/common";
import { ZUploadDraftQuery } from "@/lib/validation/draft";
// The workbench's two route handlers (the app/ route files export them): the upload of a draft's file
// as a raw body, and the download of the original. Here so that integration tests can call them.

const UPLOADS_PER_WINDOW = 20;
const WINDOW_MINUTES = 10;
// Per user, counted in PostgreSQL so it holds across server processes: reading a 10 MB file is real work.
const limiter = createRateLimiter({ name: "draft-upload", limit: UPLOADS_PER_WINDOW, windowMs: WINDOW_MINUTES * 60_000 });

// Extraction and analysis yield to the event loop between slices, but each is still CPU on this
// process: a few at a time, so a burst of large uploads cannot slow every other page down.
const CONCURRENT_ANALYSES = 2;
const analyses = createConcurrencyGate(CONCURRENT_ANALYSES);

/**
 * POST /api/v1/deals/<dealId>/drafts?title=…&receivedOn=YYYY-MM-DD&fileName=…&mediaType=…
 * with the DOCX or PDF as the raw body (at most MAX_DRAFT_FILE_BYTES, lib/drafts/limits.ts; the page sends it with
 * XMLHttpRequest to show the upload's progress) → 201 {id, round, url} of the new round, analysed and
 * mapped. A file that cannot be read is a 400 with the reason on `file`; nothing is saved.
 */
export const uploadDraftRoute = defineRoute<{ dealId: string }>({
  name: "api/v1/deals/drafts",
  permission: "draft:manage",
  errors: "json",
  signInMessage: "Sign in to add a vendor draft.",
  handler: async ({ actor, request, params }) => {
    const dealId = ZId.safeParse(params.dealId);
    if (!dealId.success) throw notFound("The deal");
    const query = ZUploadDraftQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields. Nothing was saved.", fieldErrorsOf(query.error));

    const allowed = await limiter.take(actor.userId);
    if (!allowed.ok) {
      throw rateLimited(
        `Too many uploads: at most ${UPLOADS_PER_WINDOW} in ${WINDOW_MINUTES} minutes. Try again in ${allowed.retryAfterSeconds} s.`,
        allowed.retryAfterSeconds,
      );
    }
    // Past the limit: BodyTooLargeError, which defineRoute answers with 413 (the page says so next to the file).
    const bytes = await readBoundedBytes(request, BODY_LIMIT_BYTES.draftUpload);
    const release = analyses.tryEnter();
    if (!release) throw unavailable("Other drafts are being analysed right now. Try the upload again in a few seconds; nothing was saved.", 5);
    try {
      const { title, receivedOn, fileName, mediaType } = query.data;
      const draft = await addDraftRound(actor, { dealId: dealId.data, title, receivedOn, file: { bytes, fileName, mediaType } });
      revalidatePath("/", "layout");
      return NextResponse.json(
        { id: draft.id, round: draft.round, url: `/deals/${dealId.data}/drafts/${draft.id}` },
        { status: 201, headers: { "Cache-Control": "no-store" } },
      );
    } finally {
      release();
    }
  },
});

/** "Vendor MSA (v3).docx" → "Vendor-MSA-v3-.docx": the ASCII fallback name for old clients. */
function asciiName(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .slice(0, 150) || "draft"
  );
}

/**
 * The vendor's draft as it was uploaded (or the pasted text), as an attachment with the type the bytes
 * were read as; the SHA-256 recorded at upload travels in a header so a client can check the copy.
 */
export const draftFileRoute = defineRoute<{ dealId: string; draftId: string }>({
  name: "deals/drafts/file",
  permission: "deal:read",
  errors: "text",
  handler: async ({ actor, params: { dealId, draftId } }) => {
    const file = await getDraftFile(actor, dealId, draftId);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mediaType,
        "Content-Disposition": `attachment; filename="${asciiName(file.fileName)}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Content-Length": String(file.bytes.length),
        "X-Content-SHA256": file.sha256,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  },
});

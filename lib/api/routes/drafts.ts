import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { ZDealPath } from "@/lib/api/schemas/deal-clause";
import { createConcurrencyGate } from "@/lib/concurrency-gate";
import { MAX_DRAFT_FILE_BYTES } from "@/lib/drafts/limits";
import { rateLimited, unavailable } from "@/lib/errors";
import { BODY_LIMIT_BYTES, readBoundedBytes } from "@/lib/http/body-limits";
import { createRateLimiter } from "@/lib/rate-limit";
import { addDraftRound } from "@/lib/services/drafts/add-round";
import { ZUploadDraftQuery } from "@/lib/validation/draft";

const UPLOADS_PER_WINDOW = 20;
const WINDOW_MINUTES = 10;
// Per person, counted in PostgreSQL so it holds across server processes: reading a 10 MB file is real work.
const limiter = createRateLimiter({ name: "draft-upload", limit: UPLOADS_PER_WINDOW, windowMs: WINDOW_MINUTES * 60_000 });

// Extraction and analysis yield to the event loop between slices, but each is still CPU on this
// process: a few at a time, so a burst of large uploads cannot slow every other page down.
const CONCURRENT_ANALYSES = 2;
const analyses = createConcurrencyGate(CONCURRENT_ANALYSES);

export const ZDraftUploaded = z
  .object({ id: z.string(), round: z.number().int(), url: z.string().meta({ description: "The draft's page in the app." }) })
  .meta({ id: "DraftUploaded", description: "The new round of the deal's vendor draft, analysed and mapped to the playbook." });

/**
 * The deal workbench's upload (the page sends the file with XMLHttpRequest to show progress) and the
 * API's: metadata in the query, the file as the raw body.
 */
export const uploadDraft = defineApiRoute(
  {
    operationId: "uploadDraft",
    method: "POST",
    path: "/deals/{dealId}/drafts",
    tag: "Drafts",
    summary: "Upload a vendor draft",
    description: `A new round of the deal's vendor draft: the DOCX or PDF as the raw body (at most ${Math.round(MAX_DRAFT_FILE_BYTES / 1024 / 1024)} MB), title, date received and file name in the query. It is read, split into passages and mapped to the playbook. A file that cannot be read is a 400 whose \`errors\` entry has the pointer \`#/file\`; nothing is saved. At most ${UPLOADS_PER_WINDOW} uploads in ${WINDOW_MINUTES} minutes per person.`,
    permission: "draft:manage",
    params: ZDealPath,
    query: ZUploadDraftQuery.meta({
      id: "UploadDraftQuery",
      description: "The round's title, the date it was received (YYYY-MM-DD), the file's name and media type.",
    }),
    body: {
      raw: {
        contentTypes: ["application/octet-stream", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf"],
        description: "The draft's file.",
      },
    },
    problems: [413, 503],
    response: { status: 201, description: "The round, analysed.", schema: ZDraftUploaded },
  },
  async ({ actor, params, query, request }) => {
    const allowed = await limiter.take(actor.userId);
    if (!allowed.ok) {
      throw rateLimited(
        `Too many uploads: at most ${UPLOADS_PER_WINDOW} in ${WINDOW_MINUTES} minutes. Try again in ${allowed.retryAfterSeconds} s.`,
        allowed.retryAfterSeconds,
      );
    }
    // Past the limit: BodyTooLargeError, which the wrapper answers with 413 (the page says so next to the file).
    const bytes = await readBoundedBytes(request, BODY_LIMIT_BYTES.draftUpload);
    const release = analyses.tryEnter();
    if (!release) throw unavailable("Other drafts are being analysed right now. Try the upload again in a few seconds; nothing was saved.", 5);
    try {
      const { title, receivedOn, fileName, mediaType } = query;
      const draft = await addDraftRound(actor, { dealId: params.dealId, title, receivedOn, file: { bytes, fileName, mediaType } });
      revalidatePath("/", "layout");
      return { status: 201, body: { id: draft.id, round: draft.round, url: `/deals/${params.dealId}/drafts/${draft.id}` } };
    } finally {
      release();
    }
  },
);

import { uploadDraft } from "@/lib/api/routes/drafts";

/** POST /api/v1/deals/{dealId}/drafts (lib/api/routes/drafts.ts). */
export const POST = uploadDraft.handle;

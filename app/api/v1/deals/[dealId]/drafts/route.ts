import { uploadDraftRoute } from "@/lib/http/draft-routes";

/** POST a vendor draft's DOCX or PDF as the raw body (lib/http/draft-routes.ts). */
export const POST = uploadDraftRoute;

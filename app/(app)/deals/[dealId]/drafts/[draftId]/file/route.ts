import { draftFileRoute } from "@/lib/http/draft-routes";

/** The original upload (or pasted text) as an attachment (lib/http/draft-routes.ts). */
export const GET = draftFileRoute;

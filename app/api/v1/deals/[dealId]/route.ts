import { getDeal, updateDeal } from "@/lib/api/routes/deals";

/** GET/PATCH /api/v1/deals/{dealId} (lib/api/routes/deals.ts). */
export const GET = getDeal.handle;
export const PATCH = updateDeal.handle;

import { createDeal, listDeals } from "@/lib/api/routes/deals";

/** GET/POST /api/v1/deals (lib/api/routes/deals.ts). */
export const GET = listDeals.handle;
export const POST = createDeal.handle;

import { logVendorResponseRoute } from "@/lib/api/routes/deal-clauses";

/** POST /api/v1/deals/{dealId}/clauses/{dealClauseId}/responses (lib/api/routes/deal-clauses.ts). */
export const POST = logVendorResponseRoute.handle;

import { updateDealClauseRoute } from "@/lib/api/routes/deal-clauses";

/** PATCH /api/v1/deals/{dealId}/clauses/{dealClauseId} (lib/api/routes/deal-clauses.ts). */
export const PATCH = updateDealClauseRoute.handle;

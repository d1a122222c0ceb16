import { listDealClauses } from "@/lib/api/routes/deal-clauses";

/** GET /api/v1/deals/{dealId}/clauses (lib/api/routes/deal-clauses.ts). */
export const GET = listDealClauses.handle;

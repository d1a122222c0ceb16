import { getDealReadinessRoute } from "@/lib/api/routes/deal-clauses";

/** GET /api/v1/deals/{dealId}/readiness (lib/api/routes/deal-clauses.ts). */
export const GET = getDealReadinessRoute.handle;

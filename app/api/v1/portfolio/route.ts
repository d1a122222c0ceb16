import { getPortfolio } from "@/lib/api/routes/portfolio";

/** GET /api/v1/portfolio (lib/api/routes/portfolio.ts). */
export const GET = getPortfolio.handle;

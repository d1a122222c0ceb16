import { analyzeTextRoute } from "@/lib/api/routes/analyze";

/** POST /api/v1/analyze (lib/api/routes/analyze.ts). */
export const POST = analyzeTextRoute.handle;

import { openApi } from "@/lib/api/routes/openapi";

/** GET /api/v1/openapi.json (lib/api/routes/openapi.ts). */
export const GET = openApi.handle;

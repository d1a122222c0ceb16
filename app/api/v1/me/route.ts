import { me } from "@/lib/api/routes/me";

/** GET /api/v1/me (lib/api/routes/me.ts). */
export const GET = me.handle;

import { getPlaybookSchema } from "@/lib/api/routes/schemas";

/** GET /api/v1/schemas/playbook.json (lib/api/routes/schemas.ts). */
export const GET = getPlaybookSchema.handle;

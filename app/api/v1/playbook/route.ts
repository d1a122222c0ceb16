import { getPlaybook } from "@/lib/api/routes/playbook";

/** GET /api/v1/playbook (lib/api/routes/playbook.ts). */
export const GET = getPlaybook.handle;

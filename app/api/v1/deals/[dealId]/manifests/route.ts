import { importManifest } from "@/lib/api/routes/manifests";

/** POST /api/v1/deals/{dealId}/manifests (lib/api/routes/manifests.ts). */
export const POST = importManifest.handle;

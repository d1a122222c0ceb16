import { importManifestRoute } from "@/lib/http/manifest-routes";

/** POST a delivery manifest JSON as the raw body (lib/http/manifest-routes.ts). */
export const POST = importManifestRoute;

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { ZDealPath } from "@/lib/api/schemas/deal-clause";
import { MANIFEST_MAX_BYTES } from "@/lib/assets/limits";
import { readBoundedBytes } from "@/lib/http/body-limits";
import { importManifest as importManifestFile } from "@/lib/services/assets";
import { ZImportManifestQuery } from "@/lib/validation/assets";

export const ZManifestImported = z
  .object({
    id: z.string(),
    manifestSha256: z.string(),
    counts: z
      .object({ MATCH: z.number().int(), MISMATCH: z.number().int(), DELIVERED: z.number().int(), MISSING: z.number().int(), unpromised: z.number().int() })
      .meta({ description: "Promised files matching, mismatched, delivered without a stated hash, missing; and files nobody promised." }),
  })
  .meta({ id: "ManifestImported", description: "The import, compared with the deal's promised deliverables." });

export const importManifest = defineApiRoute(
  {
    operationId: "importManifest",
    method: "POST",
    path: "/deals/{dealId}/manifests",
    tag: "Assets",
    summary: "Import a delivery manifest",
    description:
      "A manifest as `npm run manifest` writes it (JSON, at most 5 MB) as the raw body, its file name in the query: compared with the deal's promised deliverables, each found file recorded as delivered. A file that is not a manifest is a 400 whose `errors` have the pointer `#/file`, one per problem with its place (`files[3].sha256: …`); nothing is imported.",
    permission: "assets:manage",
    params: ZDealPath,
    query: ZImportManifestQuery.meta({ id: "ImportManifestQuery", description: "The manifest's file name." }),
    body: { raw: { contentTypes: ["application/json"], description: "The manifest file." } },
    problems: [413],
    response: { status: 201, description: "The import.", schema: ZManifestImported },
  },
  async ({ actor, params, query, request }) => {
    const bytes = await readBoundedBytes(request, MANIFEST_MAX_BYTES);
    const result = await importManifestFile(actor, { dealId: params.dealId, fileName: query.fileName, bytes });
    revalidatePath("/", "layout");
    return { status: 201, body: result };
  },
);

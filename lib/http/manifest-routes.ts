import "server-only";
import { NextResponse } from "next/server";
import { revalidatePath } from "next/cache";
import { fieldErrorsOf } from "@/lib/actions/define-action";
import { MANIFEST_MAX_BYTES } from "@/lib/assets/limits";
import { AppError, notFound } from "@/lib/errors";
import { readBoundedBytes } from "@/lib/http/body-limits";
import { defineRoute } from "@/lib/http/route-handler";
import { importManifest } from "@/lib/services/assets";
import { ZImportManifestQuery } from "@/lib/validation/assets";
import { ZId } from "@/lib/validation/common";

/**
 * POST /api/v1/deals/<dealId>/manifests?fileName=… with the manifest JSON (as `npm run manifest`
 * writes it, at most 5 MB) as the raw body → 201 {id, manifestSha256, counts}. A file that is not a
 * manifest is a 400 whose `fieldErrors.file` names each problem's place (`files[3].sha256: …`);
 * nothing is saved. Here rather than in app/ so that integration tests can call it.
 */
export const importManifestRoute = defineRoute<{ dealId: string }>({
  name: "api/v1/deals/manifests",
  permission: "assets:manage",
  errors: "json",
  signInMessage: "Sign in to import a manifest.",
  handler: async ({ actor, request, params }) => {
    const dealId = ZId.safeParse(params.dealId);
    if (!dealId.success) throw notFound("The deal");
    const query = ZImportManifestQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields. Nothing was imported.", fieldErrorsOf(query.error));
    const bytes = await readBoundedBytes(request, MANIFEST_MAX_BYTES);
    const result = await importManifest(actor, { dealId: dealId.data, fileName: query.data.fileName, bytes });
    revalidatePath("/", "layout");
    return NextResponse.json(result, { status: 201, headers: { "Cache-Control": "no-store" } });
  },
});

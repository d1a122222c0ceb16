import "server-only";
import { defineRoute } from "@/lib/http/route-handler";
import { getDraftFile } from "@/lib/services/drafts/review";

// The download of a vendor draft's original file (the app/ route file exports it), here so that
// integration tests can call it. The upload is an API endpoint: lib/api/routes/drafts.ts.

/** "Vendor MSA (v3).docx" → "Vendor-MSA-v3-.docx": the ASCII fallback name for old clients. */
function asciiName(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .slice(0, 150) || "draft"
  );
}

/**
 * The vendor's draft as it was uploaded (or the pasted text), as an attachment with the type the bytes
 * were read as; the SHA-256 recorded at upload travels in a header so a client can check the copy.
 */
export const draftFileRoute = defineRoute<{ dealId: string; draftId: string }>({
  name: "deals/drafts/file",
  permission: "deal:read",
  errors: "text",
  handler: async ({ actor, params: { dealId, draftId } }) => {
    const file = await getDraftFile(actor, dealId, draftId);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mediaType,
        "Content-Disposition": `attachment; filename="${asciiName(file.fileName)}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Content-Length": String(file.bytes.length),
        "X-Content-SHA256": file.sha256,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  },
});

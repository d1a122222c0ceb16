import { docxDownload } from "@/lib/http/docx-download";
import { defineRoute } from "@/lib/http/route-handler";
import { draftRedline } from "@/lib/services/drafts/exports";

/** The draft with our counter wording as tracked changes (the vendor's own DOCX when there is one). */
export const GET = defineRoute<{ dealId: string; draftId: string }>({
  name: "deals/drafts/redline.docx",
  permission: "deal:read",
  errors: "text",
  handler: async ({ actor, params: { dealId, draftId } }) => docxDownload(await draftRedline(actor, dealId, draftId)),
});

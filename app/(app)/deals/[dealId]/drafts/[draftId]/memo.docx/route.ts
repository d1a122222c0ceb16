import { docxDownload } from "@/lib/http/docx-download";
import { defineRoute } from "@/lib/http/route-handler";
import { draftMemo } from "@/lib/services/drafts/exports";

/** The negotiation memo of a draft round, as a Word document. */
export const GET = defineRoute<{ dealId: string; draftId: string }>({
  name: "deals/drafts/memo.docx",
  permission: "deal:read",
  errors: "text",
  handler: async ({ actor, params: { dealId, draftId } }) => docxDownload(await draftMemo(actor, dealId, draftId)),
});

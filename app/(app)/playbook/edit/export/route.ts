import { jsonDownload } from "@/lib/http/json-download";
import { defineRoute } from "@/lib/http/route-handler";
import { exportPlaybookDraft } from "@/lib/services/playbook-versions";

/** The organisation's playbook draft as a JSON file, for admins. */
export const GET = defineRoute({
  name: "playbook/edit/export",
  permission: "playbook:edit",
  errors: "text",
  handler: async ({ actor }) => jsonDownload(await exportPlaybookDraft(actor)),
});

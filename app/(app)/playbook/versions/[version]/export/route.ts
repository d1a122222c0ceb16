import { notFound } from "@/lib/errors";
import { jsonDownload } from "@/lib/http/json-download";
import { defineRoute } from "@/lib/http/route-handler";
import { exportPlaybookVersion } from "@/lib/services/playbook-versions";
import { ZPlaybookVersionParam } from "@/lib/validation/playbook-versions";

/** A playbook version as its JSON file (the format of lib/playbook/format.ts), for any member. */
export const GET = defineRoute<{ version: string }>({
  name: "playbook/versions/export",
  permission: "playbook:read",
  errors: "text",
  handler: async ({ actor, params }) => {
    const version = ZPlaybookVersionParam.safeParse(params.version);
    if (!version.success) throw notFound("That playbook version");
    return jsonDownload(await exportPlaybookVersion(actor, version.data));
  },
});

import { defineRoute } from "@/lib/http/route-handler";
import { organizationAuditCsv } from "@/lib/services/organization-audit-csv";

/** The organisation's audit log as CSV, streamed in batches (the same filters as the page). */
export const GET = defineRoute({
  name: "admin/audit/export",
  permission: "audit:organization",
  errors: "text",
  handler: ({ actor, request }) => organizationAuditCsv(actor, new URL(request.url).searchParams),
});

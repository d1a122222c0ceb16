import { invalidField } from "@/lib/errors";
import { csvResponse } from "@/lib/http/csv-response";
import { defineRoute } from "@/lib/http/route-handler";
import { auditActionLabel } from "@/lib/format/audit-labels";
import { iterateOrganizationAudit } from "@/lib/services/organization-audit";
import { ZOrganizationAuditQuery } from "@/lib/validation/organization-audit";

const HEADER = [
  "time_utc",
  "person",
  "person_email",
  "action",
  "action_label",
  "entity_type",
  "entity_id",
  "deal_id",
  "deal_name",
  "details",
] as const;

/** The organisation's audit log as CSV, oldest first, streamed in batches (the same filters as the page). */
export const GET = defineRoute({
  name: "admin/audit/export",
  permission: "audit:organization",
  errors: "text",
  handler: async ({ actor, request }) => {
    const parsed = ZOrganizationAuditQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw invalidField(String(issue.path[0] ?? "query"), `These filters cannot be used: ${issue.message}.`);
    }
    const { after: _after, before: _before, ...filter } = parsed.data;
    return csvResponse({
      filename: `audit-log-${new Date().toISOString().slice(0, 10)}.csv`,
      header: HEADER,
      batches: iterateOrganizationAudit(actor, filter),
      toRow: (e) => [
        e.createdAt,
        e.actor.name,
        e.actor.email,
        e.action,
        auditActionLabel(e.action),
        e.entityType,
        e.entityId,
        e.dealId,
        e.dealName,
        { before: e.before ?? null, after: e.after ?? null },
      ],
    });
  },
});

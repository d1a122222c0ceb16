import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { invalidField } from "@/lib/errors";
import { auditActionLabel } from "@/lib/format/audit-labels";
import { viaTokenText } from "@/lib/format/via-token";
import { csvResponse } from "@/lib/http/csv-response";
import { ZOrganizationAuditQuery } from "@/lib/validation/organization-audit";
import { iterateOrganizationAudit } from "./organization-audit";

export const ORGANIZATION_AUDIT_CSV_HEADER = [
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
  "api_token",
] as const;

/**
 * The organisation's audit log as a CSV download, oldest first, streamed in batches, with the
 * page's filters. A bad filter is a 400 with the reason, not an unfiltered file.
 */
export async function organizationAuditCsv(actor: Actor, search: URLSearchParams): Promise<Response> {
  const parsed = ZOrganizationAuditQuery.safeParse(Object.fromEntries(search));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidField(String(issue.path[0] ?? "query"), `These filters cannot be used: ${issue.message}.`);
  }
  const { after: _after, before: _before, ...filter } = parsed.data;
  return csvResponse({
    filename: `audit-log-${new Date().toISOString().slice(0, 10)}.csv`,
    header: ORGANIZATION_AUDIT_CSV_HEADER,
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
      viaTokenText(e.via),
    ],
  });
}

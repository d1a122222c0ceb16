import { csvResponse } from "@/lib/http/csv-response";
import { defineRoute } from "@/lib/http/route-handler";
import { iterateDealActivity } from "@/lib/services/audit-log";
import { ZActivityQuery } from "@/lib/validation/audit-log";
import { viaTokenText } from "@/lib/format/via-token";

const HEADER = ["time_utc", "actor", "entity_type", "entity_id", "action", "before", "after", "api_token"];

/** The deal's audit trail as CSV, streamed in batches (the same filters as the page). */
export const GET = defineRoute<{ dealId: string }>({
  name: "deals/activity/export",
  permission: "audit:read",
  errors: "text",
  handler: async ({ actor, request, params: { dealId } }) => {
    const { page: _page, ...filter } = ZActivityQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
    return csvResponse({
      filename: `deal-${dealId}-activity.csv`,
      header: HEADER,
      batches: iterateDealActivity(actor, dealId, filter),
      toRow: (e) => [e.createdAt, e.actor.name, e.entityType, e.entityId, e.action, e.before, e.after, viaTokenText(e.via)],
    });
  },
});

import { getActor } from "@/lib/auth/actor";
import { csvRow } from "@/lib/domain/csv";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { iterateDealActivity, type AuditEventDto } from "@/lib/services/audit-log";

const HEADER = ["time_utc", "actor", "entity_type", "entity_id", "action", "before", "after"];

/** The deal's audit trail as CSV, streamed in batches (the same filters as the page). */
export async function GET(request: Request, { params }: { params: Promise<{ dealId: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  const { dealId } = await params;
  const url = new URL(request.url);
  const filter = {
    entityType: url.searchParams.get("entityType")?.slice(0, 40) || undefined,
    actorId: url.searchParams.get("actorId")?.slice(0, 64) || undefined,
    action: url.searchParams.get("action")?.slice(0, 60) || undefined,
  };
  const batches = iterateDealActivity(actor, dealId, filter);
  let first: IteratorResult<AuditEventDto[]>;
  try {
    first = await batches.next(); // authorization and the not-found check happen here, before any byte is sent
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: HTTP_STATUS[error.code] });
    throw error;
  }
  const encoder = new TextEncoder();
  let pending: IteratorResult<AuditEventDto[]> | null = first;
  // Pull-based: the next batch is read from the database only when the client has taken the last one.
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode("\uFEFF" + csvRow(HEADER)));
    },
    async pull(controller) {
      const result = pending ?? (await batches.next());
      pending = null;
      if (result.done || !result.value) return controller.close();
      controller.enqueue(encoder.encode(result.value.map((e: AuditEventDto) => csvRow([e.createdAt, e.actor.name, e.entityType, e.entityId, e.action, e.before, e.after])).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="deal-${dealId}-activity.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

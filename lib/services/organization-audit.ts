import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { AUDIT_ACTION_LABEL } from "@/lib/format/audit-labels";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TOrganizationAuditFilter, TOrganizationAuditQuery } from "@/lib/validation/organization-audit";
import { requirePermission } from "./access";
import { toDtos, WITH_ACTOR, type AuditEventDto } from "./audit-log";

export const ORGANIZATION_AUDIT_PAGE_SIZE = 50;
const EXPORT_BATCH = 1000;

export interface OrganizationAuditEventDto extends AuditEventDto {
  /** The deal's name for a deal event (null for organisation events, or a deal that no longer exists). */
  dealName: string | null;
}

type Position = { createdAt: Date; id: string };

function filterWhere(organizationId: string, filter: TOrganizationAuditFilter): Prisma.AuditEventWhereInput {
  return {
    organizationId,
    actorId: filter.actorId,
    action: filter.action,
    createdAt: filter.from || filter.toExclusive ? { gte: filter.from, lt: filter.toExclusive } : undefined,
  };
}

/**
 * Keyset condition: the events strictly past `position` in the (createdAt, id) order, going "older"
 * (descending) or "newer" (ascending). Equal timestamps are told apart by the id, so pages never
 * repeat or skip an event. The plain bound on createdAt is what makes it an index range scan that
 * starts at the position (measured: 2 ms instead of 126 ms for a batch 200,000 events deep); the OR
 * alone would be a filter over every event before it.
 */
function past(position: Position, direction: "older" | "newer"): Prisma.AuditEventWhereInput {
  const [bound, op] = direction === "older" ? (["lte", "lt"] as const) : (["gte", "gt"] as const);
  return { createdAt: { [bound]: position.createdAt }, OR: [{ createdAt: { [op]: position.createdAt } }, { id: { [op]: position.id } }] };
}

const ORDER = {
  older: [{ createdAt: "desc" }, { id: "desc" }],
  newer: [{ createdAt: "asc" }, { id: "asc" }],
} satisfies Record<string, Prisma.AuditEventOrderByWithRelationInput[]>;

/** The deal names of a batch of events, one query per batch ("AuditEvent" has no relation to "Deal"). */
async function withDealNames(organizationId: string, events: AuditEventDto[]): Promise<OrganizationAuditEventDto[]> {
  const dealIds = [...new Set(events.map((e) => e.dealId).filter((id): id is string => id !== null))];
  const deals = dealIds.length ? await getDb().deal.findMany({ where: { organizationId, id: { in: dealIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(deals.map((d) => [d.id, d.name]));
  return events.map((e) => ({ ...e, dealName: e.dealId ? (names.get(e.dealId) ?? null) : null }));
}

/**
 * The people who appear in the organisation's log (also former members), for the person filter: a
 * loose index scan over (organizationId, actorId, createdAt), one index probe per distinct person.
 * The ORDER BY names all three columns so the planner takes that index and not the one on actorId
 * alone, which it would walk through every other organisation's events (measured: 1 ms against 0.7 s
 * with 900,000 events in three organisations).
 */
async function peopleInLog(organizationId: string): Promise<{ id: string; name: string }[]> {
  return getDb().$queryRaw<{ id: string; name: string }[]>(Prisma.sql`
    WITH RECURSIVE people("actorId") AS (
      (SELECT "actorId" FROM "AuditEvent" WHERE "organizationId" = ${organizationId} AND "actorId" IS NOT NULL ORDER BY "organizationId", "actorId", "createdAt" LIMIT 1)
      UNION ALL
      SELECT (SELECT e."actorId" FROM "AuditEvent" e WHERE e."organizationId" = ${organizationId} AND e."actorId" > p."actorId" ORDER BY e."organizationId", e."actorId", e."createdAt" LIMIT 1)
      FROM people p WHERE p."actorId" IS NOT NULL
    )
    SELECT u."id", u."name" FROM people p JOIN "User" u ON u."id" = p."actorId" ORDER BY u."name", u."id"`);
}

async function exists(where: Prisma.AuditEventWhereInput): Promise<boolean> {
  return (await getDb().auditEvent.findFirst({ where, select: { id: true } })) !== null;
}

/**
 * One page of the organisation's audit log, newest first: the page after `after` (older events) or
 * before `before` (newer events), or the newest page, with the positions of the neighbouring pages
 * when there are any.
 */
export async function listOrganizationAudit(actor: Actor, query: TOrganizationAuditQuery) {
  requirePermission(actor, "audit:organization");
  const db = getDb();
  const base = filterWhere(actor.organizationId, query);
  const direction = query.before ? "newer" : "older";
  const position = query.before ?? query.after;
  const rows = await db.auditEvent.findMany({
    where: position ? { AND: [base, past(position, direction)] } : base,
    orderBy: ORDER[direction],
    take: ORGANIZATION_AUDIT_PAGE_SIZE + 1,
    include: WITH_ACTOR,
  });
  const more = rows.length > ORGANIZATION_AUDIT_PAGE_SIZE;
  const page = rows.slice(0, ORGANIZATION_AUDIT_PAGE_SIZE);
  if (direction === "newer") page.reverse();
  const [first, last] = [page[0], page[page.length - 1]];
  const [hasNewer, hasOlder] = await Promise.all([
    // The newest page has nothing newer; a page reached by "Older" has (it came from there) unless it was filtered away since.
    direction === "newer" ? more : position && first ? exists({ AND: [base, past(first, "newer")] }) : false,
    direction === "older" ? more : last ? exists({ AND: [base, past(last, "older")] }) : false,
  ]);
  const events = await withDealNames(actor.organizationId, toDtos(page));
  return {
    events,
    newer: hasNewer && first ? { createdAt: first.createdAt.toISOString(), id: first.id } : null,
    older: hasOlder && last ? { createdAt: last.createdAt.toISOString(), id: last.id } : null,
  };
}

/** What the filters offer: the people in the log and every action the application writes. */
export async function organizationAuditOptions(actor: Actor) {
  requirePermission(actor, "audit:organization");
  return { people: await peopleInLog(actor.organizationId), actions: Object.keys(AUDIT_ACTION_LABEL) };
}

/** Every matching event of the organisation, oldest first, in batches (for the CSV download). */
export async function* iterateOrganizationAudit(actor: Actor, filter: TOrganizationAuditFilter): AsyncGenerator<OrganizationAuditEventDto[]> {
  requirePermission(actor, "audit:organization");
  const base = filterWhere(actor.organizationId, filter);
  let position: Position | undefined;
  for (;;) {
    const rows = await getDb().auditEvent.findMany({
      where: position ? { AND: [base, past(position, "newer")] } : base,
      orderBy: ORDER.newer,
      take: EXPORT_BATCH,
      include: WITH_ACTOR,
    });
    if (!rows.length) return;
    yield await withDealNames(actor.organizationId, toDtos(rows));
    if (rows.length < EXPORT_BATCH) return;
    position = rows[rows.length - 1];
  }
}

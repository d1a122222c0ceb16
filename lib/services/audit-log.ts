import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireDeal, requirePermission } from "./access";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditEventDto {
  id: string;
  createdAt: string;
  actor: { id: string | null; name: string; email: string | null };
  /** The API token the change was made through; null when made in the app's pages. */
  via: { name: string; prefix: string; kind: string } | null;
  dealId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

export interface AuditFilter {
  entityType?: string;
  actorId?: string;
  action?: string;
  page?: number;
}

function whereFor(organizationId: string, dealId: string, filter: AuditFilter): Prisma.AuditEventWhereInput {
  return {
    organizationId,
    dealId,
    entityType: filter.entityType || undefined,
    actorId: filter.actorId || undefined,
    action: filter.action || undefined,
  };
}

/** Every event is read with its actor's name and email, and the API token it came through. */
export const WITH_ACTOR = { actor: { select: { name: true, email: true } }, apiToken: { select: { name: true, prefix: true, kind: true } } } as const;

/** Events as pages and CSV downloads show them; an event without an actor is the system's. */
export function toDtos(
  rows: {
    id: string;
    createdAt: Date;
    actorId: string | null;
    actor: { name: string; email: string } | null;
    apiToken?: { name: string; prefix: string; kind: string } | null;
    dealId: string | null;
    entityType: string;
    entityId: string;
    action: string;
    before: unknown;
    after: unknown;
  }[],
): AuditEventDto[] {
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    actor: { id: r.actorId, name: r.actor?.name ?? "System", email: r.actor?.email ?? null },
    via: r.apiToken ? { name: r.apiToken.name, prefix: r.apiToken.prefix, kind: r.apiToken.kind } : null,
    dealId: r.dealId,
    entityType: r.entityType,
    entityId: r.entityId,
    action: r.action,
    before: r.before,
    after: r.after,
  }));
}

/** A deal's audit trail, newest first, with the filter options that occur in it. */
export async function listDealActivity(actor: Actor, dealId: string, filter: AuditFilter) {
  requirePermission(actor, "audit:read");
  const db = getDb();
  const deal = await requireDeal(db, actor, dealId);
  const where = whereFor(actor.organizationId, deal.id, filter);
  const page = Math.max(1, filter.page ?? 1);
  const [total, rows, actions, users] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: WITH_ACTOR,
    }),
    db.auditEvent.groupBy({ by: ["action"], where: { organizationId: actor.organizationId, dealId: deal.id }, orderBy: { action: "asc" } }),
    // The people who acted on this deal, through the relation (one statement).
    db.user.findMany({
      where: { auditEvents: { some: { organizationId: actor.organizationId, dealId: deal.id } } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    deal: { id: deal.id, name: deal.name, vendor: deal.vendor },
    events: toDtos(rows),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    options: { actions: actions.map((a) => a.action), actors: users },
  };
}

/** Every matching event of a deal, oldest first, in batches (for the CSV download). */
export async function* iterateDealActivity(actor: Actor, dealId: string, filter: AuditFilter): AsyncGenerator<AuditEventDto[]> {
  requirePermission(actor, "audit:read");
  const db = getDb();
  const deal = await requireDeal(db, actor, dealId);
  const where = whereFor(actor.organizationId, deal.id, filter);
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 500,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      include: WITH_ACTOR,
    });
    if (!rows.length) return;
    yield toDtos(rows);
    cursor = rows[rows.length - 1].id;
  }
}

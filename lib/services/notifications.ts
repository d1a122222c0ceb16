import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { isAppPath } from "@/lib/domain/app-path";
import { NOTIFICATION_KINDS, type NotificationDelivery, type NotificationKind } from "@/lib/domain/enums";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_DELIVERY } from "@/lib/notifications/kinds";
import type { TInboxQuery, TMarkAllNotificationsRead, TMarkNotificationRead, TNotificationPreferences } from "@/lib/validation/notifications";
import { requirePermission } from "./access";
import { afterAccountChange } from "./organization-changes";

// The actor's own inbox in the organisation they are working in, and their choices of delivery.
// Notifications are created only by notify() (lib/notifications/notify.ts); here they are read and
// marked read. Another person's notification, or one of another organisation, does not exist for
// the actor: NOT_FOUND.

export const INBOX_PAGE_SIZE = 25;

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** The app path to open; null when the stored link is not one (never navigated to). */
  link: string | null;
  deal: { id: string; name: string } | null;
  /** Who caused it; null for the scheduler's reminders or a person since removed. */
  actorName: string | null;
  createdAt: string;
  read: boolean;
}

export interface InboxPage {
  items: NotificationItem[];
  /** The `before` of the next (older) page; null on the last. */
  olderBefore: string | null;
}

/** The actor's notifications in the current organisation, as one Prisma filter. */
function ownInbox(actor: Actor): Prisma.NotificationWhereInput {
  return { userId: actor.userId, organizationId: actor.organizationId };
}

/** Unread notifications of the actor here: on every page (the header), so one count over an index. */
export async function unreadNotificationCount(actor: Actor): Promise<number> {
  requirePermission(actor, "notifications:read");
  return getDb().notification.count({ where: { ...ownInbox(actor), readAt: null } });
}

/**
 * A page of the actor's notifications, newest first; `before` (a notification id from the previous
 * page) continues below it. A `before` that is not the actor's notification starts from the newest.
 */
export async function listNotifications(actor: Actor, query: TInboxQuery, pageSize = INBOX_PAGE_SIZE): Promise<InboxPage> {
  requirePermission(actor, "notifications:read");
  const db = getDb();
  const where: Prisma.NotificationWhereInput = { ...ownInbox(actor), ...(query.filter === "unread" ? { readAt: null } : {}) };
  const cursor = query.before
    ? await db.notification.findFirst({ where: { ...ownInbox(actor), id: query.before }, select: { id: true, createdAt: true } })
    : null;
  const rows = await db.notification.findMany({
    where: cursor ? { AND: [where, { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }] } : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: {
      id: true,
      kind: true,
      title: true,
      body: true,
      link: true,
      createdAt: true,
      readAt: true,
      deal: { select: { id: true, name: true } },
      actor: { select: { name: true } },
    },
  });
  const shown = rows.slice(0, pageSize);
  return {
    items: shown.map((row) => ({
      id: row.id,
      kind: row.kind as NotificationKind,
      title: row.title,
      body: row.body,
      link: isAppPath(row.link) ? row.link : null,
      deal: row.deal,
      actorName: row.actor?.name ?? null,
      createdAt: row.createdAt.toISOString(),
      read: row.readAt !== null,
    })),
    olderBefore: rows.length > pageSize ? shown[shown.length - 1].id : null,
  };
}

/**
 * Marks one of the actor's notifications read (again is fine: it stays read as first marked).
 * Returns where it leads, for the caller that opens it.
 */
export async function markNotificationRead(actor: Actor, input: TMarkNotificationRead): Promise<{ link: string | null }> {
  requirePermission(actor, "notifications:read");
  return getDb().$transaction(async (tx) => {
    const notification = await tx.notification.findFirst({ where: { ...ownInbox(actor), id: input.notificationId }, select: { id: true, link: true } });
    if (!notification) throw notFound("The notification");
    await tx.notification.updateMany({ where: { id: notification.id, readAt: null }, data: { readAt: new Date() } });
    return { link: isAppPath(notification.link) ? notification.link : null };
  });
}

/** Marks read every notification of the actor here that had arrived when the inbox was shown (`upTo`). */
export async function markAllNotificationsRead(actor: Actor, input: TMarkAllNotificationsRead): Promise<{ marked: number }> {
  requirePermission(actor, "notifications:read");
  const { count } = await getDb().$transaction((tx) =>
    tx.notification.updateMany({ where: { ...ownInbox(actor), readAt: null, createdAt: { lte: input.upTo } }, data: { readAt: new Date() } }),
  );
  return { marked: count };
}

export interface NotificationPreference {
  kind: NotificationKind;
  delivery: NotificationDelivery;
  /** The kind's default (no choice stored). */
  isDefault: boolean;
}

async function storedPreferences(tx: Prisma.TransactionClient, userId: string): Promise<Map<NotificationKind, NotificationDelivery>> {
  const rows = await tx.notificationPreference.findMany({ where: { userId }, select: { kind: true, delivery: true } });
  return new Map(rows.map((r) => [r.kind as NotificationKind, r.delivery as NotificationDelivery]));
}

/** The actor's delivery for every kind, in the order of NOTIFICATION_KINDS: their choice, else the kind's default. */
export async function getNotificationPreferences(actor: Actor): Promise<NotificationPreference[]> {
  requirePermission(actor, "notifications:read");
  const stored = await storedPreferences(getDb(), actor.userId);
  return NOTIFICATION_KINDS.map((kind) => {
    const delivery = stored.get(kind) ?? DEFAULT_DELIVERY[kind];
    return { kind, delivery, isDefault: delivery === DEFAULT_DELIVERY[kind] };
  });
}

/**
 * Saves the actor's delivery per kind. Only choices that differ from a kind's default are stored,
 * so a default changed later reaches everyone who never chose. A person's choices hold in every
 * organisation they belong to: the change is an account change, audited in each of them (with the
 * kinds that changed, before and after). Saving the same choices again writes nothing.
 */
export async function updateNotificationPreferences(actor: Actor, input: TNotificationPreferences): Promise<{ changed: NotificationKind[] }> {
  requirePermission(actor, "notifications:read");
  return getDb().$transaction(async (tx) => {
    const stored = await storedPreferences(tx, actor.userId);
    const current = (kind: NotificationKind) => stored.get(kind) ?? DEFAULT_DELIVERY[kind];
    const changed = NOTIFICATION_KINDS.filter((kind) => input[kind] !== current(kind));
    if (!changed.length) return { changed };
    const toDefault = changed.filter((kind) => input[kind] === DEFAULT_DELIVERY[kind]);
    const toChoice = changed.filter((kind) => input[kind] !== DEFAULT_DELIVERY[kind]);
    if (toDefault.length) await tx.notificationPreference.deleteMany({ where: { userId: actor.userId, kind: { in: toDefault } } });
    for (const kind of toChoice) {
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: actor.userId, kind } },
        create: { userId: actor.userId, kind, delivery: input[kind] },
        update: { delivery: input[kind] },
      });
    }
    await afterAccountChange(tx, actor.userId, {
      entityType: "User",
      entityId: actor.userId,
      action: "notifications.preferences-changed",
      before: Object.fromEntries(changed.map((kind) => [kind, current(kind)])),
      after: Object.fromEntries(changed.map((kind) => [kind, input[kind]])),
    });
    return { changed };
  });
}

import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { WebhookDeliveryStatus, WebhookEventType } from "@/lib/domain/enums";
import { AppError, invalidField, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TCreateWebhook, TResendWebhookDelivery, TUpdateWebhook, TWebhookRef } from "@/lib/validation/webhooks";
import { newWebhookSecret, sealWebhookSecret } from "@/lib/webhooks/secret-box";
import { checkTarget, TargetRefused } from "@/lib/webhooks/target";
import { requirePermission } from "./access";
import { afterOrganizationChange } from "./organization-changes";

type Tx = Prisma.TransactionClient;

export interface WebhookSummary {
  id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  active: boolean;
  version: number;
  createdAt: string;
  lastDelivery: { status: WebhookDeliveryStatus; at: string; responseStatus: number | null } | null;
}

export interface WebhookDeliveryRow {
  id: string;
  eventId: string;
  eventType: WebhookEventType;
  status: WebhookDeliveryStatus;
  attempts: number;
  createdAt: string;
  lastAttemptAt: string | null;
  lastResponseStatus: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  payload: string;
}

const DELIVERIES_SHOWN = 50;

/** The URL an admin typed, checked as deliveries will be (field error on `url`). */
async function checkedUrl(url: string): Promise<string> {
  try {
    return (await checkTarget(url)).url.toString();
  } catch (error) {
    if (error instanceof TargetRefused) throw invalidField("url", error.message);
    throw error;
  }
}

/** One endpoint per URL in an organisation: a second would receive every event twice. */
async function refuseDuplicateUrl(tx: Tx, actor: Actor, url: string, exceptId: string | null) {
  const other = await tx.webhook.findFirst({
    where: { organizationId: actor.organizationId, url, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (other) throw invalidField("url", "Another webhook of this organisation already sends to this URL; change that one's events instead.");
}

function auditView(w: { url: string; description: string; events: WebhookEventType[]; active: boolean }) {
  return { url: w.url, description: w.description, events: w.events, active: w.active };
}

export async function listWebhooks(actor: Actor): Promise<WebhookSummary[]> {
  requirePermission(actor, "webhook:manage");
  const db = getDb();
  const webhooks = await db.webhook.findMany({ where: { organizationId: actor.organizationId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  // The latest delivery of each endpoint, in one statement whatever their number.
  const latest = await db.$queryRaw<{ webhookId: string; status: WebhookDeliveryStatus; at: Date; responseStatus: number | null }[]>`
    SELECT DISTINCT ON (d."webhookId") d."webhookId", d."status"::text AS "status", COALESCE(d."lastAttemptAt", d."createdAt") AS "at", d."lastResponseStatus" AS "responseStatus"
    FROM "WebhookDelivery" d WHERE d."organizationId" = ${actor.organizationId}
    ORDER BY d."webhookId", d."createdAt" DESC, d."id" DESC`;
  const byWebhook = new Map(latest.map((l) => [l.webhookId, l]));
  return webhooks.map((w) => {
    const last = byWebhook.get(w.id);
    return {
      id: w.id,
      url: w.url,
      description: w.description,
      events: w.events,
      active: w.active,
      version: w.version,
      createdAt: w.createdAt.toISOString(),
      lastDelivery: last ? { status: last.status, at: last.at.toISOString(), responseStatus: last.responseStatus } : null,
    };
  });
}

/** An endpoint of the actor's organisation (another's is not found) with its latest deliveries. */
export async function getWebhook(actor: Actor, webhookId: string): Promise<{ webhook: WebhookSummary; deliveries: WebhookDeliveryRow[] }> {
  requirePermission(actor, "webhook:manage");
  const db = getDb();
  const webhook = await db.webhook.findFirst({
    where: { id: webhookId, organizationId: actor.organizationId },
    include: { deliveries: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: DELIVERIES_SHOWN } },
  });
  if (!webhook) throw notFound("The webhook");
  const deliveries = webhook.deliveries.map((d) => ({
    id: d.id,
    eventId: d.eventId,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    createdAt: d.createdAt.toISOString(),
    lastAttemptAt: d.lastAttemptAt?.toISOString() ?? null,
    lastResponseStatus: d.lastResponseStatus,
    lastError: d.lastError,
    nextAttemptAt: d.status === "PENDING" ? (d.nextAttemptAt?.toISOString() ?? null) : null,
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    payload: JSON.stringify(d.payload, null, 2),
  }));
  const last = webhook.deliveries[0];
  return {
    webhook: {
      id: webhook.id,
      url: webhook.url,
      description: webhook.description,
      events: webhook.events,
      active: webhook.active,
      version: webhook.version,
      createdAt: webhook.createdAt.toISOString(),
      lastDelivery: last ? { status: last.status, at: (last.lastAttemptAt ?? last.createdAt).toISOString(), responseStatus: last.lastResponseStatus } : null,
    },
    deliveries,
  };
}

/** Registers an endpoint; its signing secret is returned this once. */
export async function createWebhook(actor: Actor, input: TCreateWebhook): Promise<{ id: string; secret: string }> {
  requirePermission(actor, "webhook:manage");
  const url = await checkedUrl(input.url);
  const secret = newWebhookSecret();
  return getDb().$transaction(async (tx) => {
    await refuseDuplicateUrl(tx, actor, url, null);
    const webhook = await tx.webhook.create({
      data: {
        organizationId: actor.organizationId,
        url,
        description: input.description,
        events: input.events,
        secretEncrypted: sealWebhookSecret(secret),
        createdById: actor.userId,
      },
    });
    await afterOrganizationChange(tx, actor, { entityType: "Webhook", entityId: webhook.id, action: "webhook.created", after: auditView(webhook) });
    return { id: webhook.id, secret };
  });
}

/** The endpoint at the version the form read, locked for the rest of the transaction; a stale version is refused. */
async function lockedWebhook(tx: Tx, actor: Actor, webhookId: string, version: number) {
  const webhook = await tx.webhook.findFirst({ where: { id: webhookId, organizationId: actor.organizationId } });
  if (!webhook) throw notFound("The webhook");
  const { count } = await tx.webhook.updateMany({ where: { id: webhook.id, version }, data: { version: { increment: 1 } } });
  if (count !== 1)
    throw new AppError("CONFLICT", "Someone changed this webhook since you opened it. Reload to see the current settings.", undefined, {
      currentVersion: webhook.version,
    });
  return webhook;
}

export async function updateWebhook(actor: Actor, input: TUpdateWebhook): Promise<{ id: string; version: number }> {
  requirePermission(actor, "webhook:manage");
  const url = await checkedUrl(input.url);
  return getDb().$transaction(async (tx) => {
    const before = await lockedWebhook(tx, actor, input.webhookId, input.version);
    await refuseDuplicateUrl(tx, actor, url, before.id);
    const after = await tx.webhook.update({
      where: { id: before.id },
      data: { url, description: input.description, events: input.events, active: input.active },
    });
    await afterOrganizationChange(tx, actor, {
      entityType: "Webhook",
      entityId: before.id,
      action: "webhook.updated",
      before: auditView(before),
      after: auditView(after),
    });
    return { id: after.id, version: after.version };
  });
}

/** A new signing secret, returned this once; the old one stops signing at once. */
export async function rollWebhookSecret(actor: Actor, input: TWebhookRef): Promise<{ id: string; secret: string; version: number }> {
  requirePermission(actor, "webhook:manage");
  const secret = newWebhookSecret();
  return getDb().$transaction(async (tx) => {
    const before = await lockedWebhook(tx, actor, input.webhookId, input.version);
    const after = await tx.webhook.update({ where: { id: before.id }, data: { secretEncrypted: sealWebhookSecret(secret) } });
    await afterOrganizationChange(tx, actor, { entityType: "Webhook", entityId: before.id, action: "webhook.secret-rolled" });
    return { id: after.id, secret, version: after.version };
  });
}

/** Deletes the endpoint and its deliveries (waiting ones are never sent). */
export async function deleteWebhook(actor: Actor, input: TWebhookRef): Promise<{ id: string }> {
  requirePermission(actor, "webhook:manage");
  return getDb().$transaction(async (tx) => {
    const before = await lockedWebhook(tx, actor, input.webhookId, input.version);
    await tx.webhook.delete({ where: { id: before.id } });
    await afterOrganizationChange(tx, actor, { entityType: "Webhook", entityId: before.id, action: "webhook.deleted", before: auditView(before) });
    return { id: before.id };
  });
}

/** Sends a delivery's event again: a fresh delivery (same event id, so receivers can dedupe), due now. */
export async function resendWebhookDelivery(actor: Actor, input: TResendWebhookDelivery): Promise<{ id: string; webhookId: string }> {
  requirePermission(actor, "webhook:manage");
  return getDb().$transaction(async (tx) => {
    const original = await tx.webhookDelivery.findFirst({ where: { id: input.deliveryId, organizationId: actor.organizationId }, include: { webhook: true } });
    if (!original) throw notFound("The delivery");
    if (!original.webhook.active) throw new AppError("CONFLICT", "This webhook is switched off; switch it on to send its events again.");
    const copy = await tx.webhookDelivery.create({
      data: {
        organizationId: actor.organizationId,
        webhookId: original.webhookId,
        eventId: original.eventId,
        eventType: original.eventType,
        payload: original.payload as Prisma.InputJsonValue,
      },
    });
    await afterOrganizationChange(tx, actor, {
      entityType: "WebhookDelivery",
      entityId: copy.id,
      action: "webhook.delivery-resent",
      after: { webhookId: original.webhookId, eventId: original.eventId, resentFrom: original.id, previousStatus: original.status },
    });
    return { id: copy.id, webhookId: copy.webhookId };
  });
}

import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appBaseUrl } from "@/lib/mail/config";
import { buildWebhookPayload, type WebhookEventData } from "@/lib/webhooks/events";
import { NO_SECRET_YET } from "@/lib/webhooks/secret-box";

const HOUR = 3_600_000;

/**
 * One switched-off endpoint with a few past deliveries, so the webhooks pages show what they look like.
 * Seeded before the app has a key to seal a secret with: an admin rolls its secret before using it.
 */
export async function seedDemoWebhook(tx: Prisma.TransactionClient, organizationId: string, adminId: string) {
  const deal = await tx.deal.findFirst({ where: { organizationId, archivedAt: null }, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  if (!deal) return;
  const webhook = await tx.webhook.create({
    data: {
      organizationId,
      url: "https://hooks.example.com/dealplaybook",
      description: "Contract management system (demo, switched off)",
      events: ["DEAL_STAGE_CHANGED", "DEAL_APPROVED", "APPROVAL_STALE"],
      secretEncrypted: NO_SECRET_YET,
      active: false,
      createdById: adminId,
    },
  });
  const view = { id: deal.id, name: deal.name, vendor: deal.vendor, stage: deal.stage, version: deal.version, url: `${appBaseUrl()}/deals/${deal.id}` };
  const now = Date.now();
  const rows: { type: "DEAL_STAGE_CHANGED" | "DEAL_APPROVED"; data: WebhookEventData; at: number; ok: boolean }[] = [
    { type: "DEAL_STAGE_CHANGED", data: { deal: { ...view, stage: "NEGOTIATING" }, from: "INTAKE", to: "NEGOTIATING" }, at: now - 50 * HOUR, ok: true },
    { type: "DEAL_APPROVED", data: { deal: { ...view, stage: "APPROVED" }, approvalId: null }, at: now - 26 * HOUR, ok: false },
  ];
  for (const row of rows) {
    const eventId = randomUUID();
    const createdAt = new Date(row.at);
    await tx.webhookDelivery.create({
      data: {
        organizationId,
        webhookId: webhook.id,
        eventId,
        eventType: row.type,
        payload: buildWebhookPayload({ eventId, type: row.type, createdAt, organizationId, data: row.data }) as unknown as Prisma.InputJsonValue,
        createdAt,
        ...(row.ok
          ? { status: "SUCCEEDED", attempts: 1, lastAttemptAt: createdAt, lastResponseStatus: 200, deliveredAt: createdAt, nextAttemptAt: null }
          : {
              status: "FAILED",
              attempts: 8,
              lastAttemptAt: new Date(row.at + 25 * HOUR),
              lastResponseStatus: 503,
              lastError: "The endpoint answered 503.",
              nextAttemptAt: null,
            }),
      },
    });
  }
}

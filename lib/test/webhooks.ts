import { getDb } from "@/lib/db";
import { newWebhookSecret, sealWebhookSecret } from "@/lib/webhooks/secret-box";

/**
 * A webhook (version 1, every event) with one FAILED delivery, written directly (a fixture, not a
 * change under test). Its URL is loopback on https, refused at delivery without a network call, so a
 * re-send made in a test settles at once.
 */
export async function webhookFixture(organizationId: string, createdById: string) {
  const db = getDb();
  const webhook = await db.webhook.create({
    data: {
      organizationId,
      url: "https://127.0.0.1/test-webhook",
      events: ["DEAL_CREATED", "DEAL_APPROVED"],
      secretEncrypted: sealWebhookSecret(newWebhookSecret()),
      createdById,
    },
  });
  const delivery = await db.webhookDelivery.create({
    data: {
      organizationId,
      webhookId: webhook.id,
      eventId: crypto.randomUUID(),
      eventType: "DEAL_CREATED",
      payload: { type: "deal.created" },
      status: "FAILED",
      attempts: 8,
      nextAttemptAt: null,
    },
  });
  return { webhookId: webhook.id, deliveryId: delivery.id };
}

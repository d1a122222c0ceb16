"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import {
  createWebhook as createWebhookService,
  deleteWebhook as deleteWebhookService,
  resendWebhookDelivery as resendWebhookDeliveryService,
  rollWebhookSecret as rollWebhookSecretService,
  updateWebhook as updateWebhookService,
} from "@/lib/services/webhooks";
import { ZCreateWebhook, ZResendWebhookDelivery, ZUpdateWebhook, ZWebhookRef } from "@/lib/validation/webhooks";
import { deliverWebhooksSoon } from "@/lib/webhooks/deliver";

export const createWebhook = defineAction({
  name: "createWebhook",
  permission: "webhook:manage",
  schema: ZCreateWebhook,
  handler: async (actor, input) => {
    const result = await createWebhookService(actor, input);
    revalidatePath("/admin/webhooks");
    return result;
  },
});

export const updateWebhook = defineAction({
  name: "updateWebhook",
  permission: "webhook:manage",
  schema: ZUpdateWebhook,
  handler: async (actor, input) => {
    const result = await updateWebhookService(actor, input);
    revalidatePath("/admin/webhooks");
    return result;
  },
});

export const rollWebhookSecret = defineAction({
  name: "rollWebhookSecret",
  permission: "webhook:manage",
  schema: ZWebhookRef,
  handler: async (actor, input) => {
    const result = await rollWebhookSecretService(actor, input);
    revalidatePath(`/admin/webhooks/${result.id}`);
    return result;
  },
});

export const deleteWebhook = defineAction({
  name: "deleteWebhook",
  permission: "webhook:manage",
  schema: ZWebhookRef,
  handler: async (actor, input) => {
    const result = await deleteWebhookService(actor, input);
    revalidatePath("/admin/webhooks");
    return result;
  },
});

/** Sends a delivery's event again, now (after the re-send committed; never awaited). */
export const resendWebhookDelivery = defineAction({
  name: "resendWebhookDelivery",
  permission: "webhook:manage",
  schema: ZResendWebhookDelivery,
  handler: async (actor, input) => {
    const result = await resendWebhookDeliveryService(actor, input);
    deliverWebhooksSoon();
    revalidatePath(`/admin/webhooks/${result.webhookId}`);
    return result;
  },
});

import "./zod-config";
import { z } from "zod";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/domain/enums";
import { text, ZId, ZVersion } from "./common";

const ZWebhookUrl = z
  .string({ error: "Enter the endpoint's URL" })
  .trim()
  .min(1, "Enter the endpoint's URL")
  .max(2000, "A URL can be at most 2,000 characters")
  .refine((value) => URL.canParse(value), "Enter a full URL, starting with https://");

/** One or more events; a form sends the checked boxes' values (one, several, or none). */
const ZWebhookEvents = z
  .array(z.unknown(), { error: "Choose at least one event" })
  .min(1, "Choose at least one event")
  .max(WEBHOOK_EVENT_TYPES.length * 2, "Choose events from the list")
  .refine((events) => events.every((e) => (WEBHOOK_EVENT_TYPES as readonly unknown[]).includes(e)), "Choose events from the list")
  // The whole list is reported on the field (not on the position of a bad value): the form has one group of boxes.
  .transform((events) => [...new Set(events)] as WebhookEventType[]);

const ZActive = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")], { error: "Choose whether the endpoint is active" });

export const ZCreateWebhook = z.object({
  url: ZWebhookUrl,
  description: text("Description", 200).default(""),
  events: ZWebhookEvents,
});
export type TCreateWebhook = z.infer<typeof ZCreateWebhook>;

export const ZUpdateWebhook = ZCreateWebhook.extend({ webhookId: ZId, version: ZVersion, active: ZActive });
export type TUpdateWebhook = z.infer<typeof ZUpdateWebhook>;

export const ZWebhookRef = z.object({ webhookId: ZId, version: ZVersion });
export type TWebhookRef = z.infer<typeof ZWebhookRef>;

export const ZResendWebhookDelivery = z.object({ deliveryId: ZId });
export type TResendWebhookDelivery = z.infer<typeof ZResendWebhookDelivery>;

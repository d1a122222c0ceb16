import type { WebhookDeliveryStatus, WebhookEventType } from "@/lib/domain/enums";
import type { Tone } from "./tone";

export const WEBHOOK_EVENT_LABEL: Record<WebhookEventType, string> = {
  DEAL_CREATED: "Deal created",
  DEAL_STAGE_CHANGED: "Deal stage changed",
  DEAL_SUBMITTED: "Deal submitted for review",
  DEAL_APPROVED: "Deal approved",
  APPROVAL_STALE: "Approval no longer stands",
  RESPONSE_LOGGED: "Vendor response logged",
};

export const WEBHOOK_DELIVERY_STATUS_LABEL: Record<WebhookDeliveryStatus, string> = { PENDING: "Pending", SUCCEEDED: "Delivered", FAILED: "Failed" };

export const WEBHOOK_DELIVERY_STATUS_TONE: Record<WebhookDeliveryStatus, Tone> = { PENDING: "open", SUCCEEDED: "good", FAILED: "bad" };

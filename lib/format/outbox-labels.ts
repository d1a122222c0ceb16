import type { OutboxStatus } from "@/lib/domain/enums";
import type { Tone } from "./tone";

export const OUTBOX_STATUS_LABEL: Record<OutboxStatus, string> = {
  PENDING: "Pending",
  SENDING: "Sending",
  SENT: "Sent",
  STORED: "Stored",
  FAILED: "Failed",
};

export const OUTBOX_STATUS_TONE: Record<OutboxStatus, Tone> = {
  PENDING: "open",
  SENDING: "info",
  SENT: "good",
  STORED: "ok",
  FAILED: "bad",
};

const KIND_LABEL: Record<string, string> = {
  invitation: "Invitation",
  "password-reset": "Password reset",
  "password-changed": "Password changed",
  notification: "Notification",
  digest: "Daily digest",
};

export function outboxKindLabel(kind: string): string {
  return KIND_LABEL[kind] ?? kind;
}

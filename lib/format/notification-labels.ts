import type { NotificationKind } from "@/lib/domain/enums";
import type { Tone } from "./tone";

// How the inbox names each kind of notification in a few words (the preferences page uses the longer
// sentences of lib/notifications/kinds.ts), and the tone of its badge.

export const NOTIFICATION_KIND_SHORT_LABEL: Record<NotificationKind, string> = {
  MENTION: "Mention",
  ASSIGNMENT: "Assigned to you",
  SUBMITTED: "Submitted for review",
  APPROVED: "Approved",
  CHANGES_REQUESTED: "Changes requested",
  SECOND_APPROVAL_NEEDED: "Second approval needed",
  APPROVAL_STALE: "Approval gone stale",
  RISK_REVIEW_DUE: "Risk review due",
  SIGNING_NEAR: "Signing soon",
  DEAL_IDLE: "Deal idle",
};

export const NOTIFICATION_KIND_TONE: Record<NotificationKind, Tone> = {
  MENTION: "info",
  ASSIGNMENT: "info",
  SUBMITTED: "ok",
  APPROVED: "good",
  CHANGES_REQUESTED: "warn",
  SECOND_APPROVAL_NEEDED: "ok",
  APPROVAL_STALE: "warn",
  RISK_REVIEW_DUE: "warn",
  SIGNING_NEAR: "bad",
  DEAL_IDLE: "muted",
};

import type { NotificationDelivery, NotificationKind } from "@/lib/domain/enums";

// Each kind of notification: how the preferences page names it, and how it is delivered to a person
// who has not chosen (NotificationPreference holds the choices that differ from these).

export const NOTIFICATION_KIND_LABEL: Record<NotificationKind, string> = {
  MENTION: "Someone mentions me in a clause discussion",
  ASSIGNMENT: "A clause is assigned to me",
  SUBMITTED: "A deal is submitted for CIO review",
  APPROVED: "A deal I submitted or own is approved",
  CHANGES_REQUESTED: "Changes are requested on a deal I submitted or own",
  SECOND_APPROVAL_NEEDED: "A deal waits for my second approval",
  APPROVAL_STALE: "An approval goes stale",
  RISK_REVIEW_DUE: "An accepted risk I own is due for review",
  SIGNING_NEAR: "A deal signs soon with must-haves still open",
  DEAL_IDLE: "A deal I own has had no activity for 14 days",
};

export const DEFAULT_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  MENTION: "EMAIL",
  ASSIGNMENT: "EMAIL",
  SUBMITTED: "EMAIL",
  APPROVED: "EMAIL",
  CHANGES_REQUESTED: "EMAIL",
  SECOND_APPROVAL_NEEDED: "EMAIL",
  APPROVAL_STALE: "EMAIL",
  RISK_REVIEW_DUE: "EMAIL",
  SIGNING_NEAR: "EMAIL",
  DEAL_IDLE: "DIGEST",
};

export const DELIVERY_LABEL: Record<NotificationDelivery, string> = {
  IN_APP: "In the app only",
  EMAIL: "Email at once",
  DIGEST: "Daily digest email",
};

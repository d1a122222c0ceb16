import { z } from "zod";
import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS, type NotificationDelivery, type NotificationKind } from "@/lib/domain/enums";
import { ZId } from "./common";

export const ZMarkNotificationRead = z.object({ notificationId: ZId });
export type TMarkNotificationRead = z.infer<typeof ZMarkNotificationRead>;

/**
 * "Mark all read" names the moment the inbox was shown: what arrived after it stays unread, so
 * nobody loses a notification they never saw.
 */
export const ZMarkAllNotificationsRead = z.object({
  upTo: z
    .string({ error: "Reload the inbox and try again" })
    .trim()
    .pipe(z.iso.datetime({ offset: true, error: "Reload the inbox and try again" }))
    .transform((value) => new Date(value))
    .refine((date) => date.getUTCFullYear() >= 2000 && date.getUTCFullYear() <= 2999, "Reload the inbox and try again"),
});
export type TMarkAllNotificationsRead = z.infer<typeof ZMarkAllNotificationsRead>;

const ZDelivery = z.enum(NOTIFICATION_DELIVERIES, { error: "Choose how you are told about this" });

/** One choice per kind, each field named by its kind (the form's radio groups). */
export const ZNotificationPreferences = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, ZDelivery])) as Record<NotificationKind, typeof ZDelivery>,
);
export type TNotificationPreferences = Record<NotificationKind, NotificationDelivery>;

/** The inbox's query string: a bad value means "all" / the newest page. */
export const ZInboxQuery = z.object({
  filter: z.enum(["unread"]).optional().catch(undefined),
  before: ZId.optional().catch(undefined),
});
export type TInboxQuery = z.infer<typeof ZInboxQuery>;

"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import {
  markAllNotificationsRead as markAllNotificationsReadService,
  markNotificationRead as markNotificationReadService,
  updateNotificationPreferences as updateNotificationPreferencesService,
} from "@/lib/services/notifications";
import { ZMarkAllNotificationsRead, ZMarkNotificationRead, ZNotificationPreferences } from "@/lib/validation/notifications";

/** Marks one of the caller's notifications read; returns its link for the inbox to open. */
export const markNotificationRead = defineAction({
  name: "markNotificationRead",
  permission: "notifications:read",
  schema: ZMarkNotificationRead,
  handler: async (actor, input) => {
    const result = await markNotificationReadService(actor, input);
    revalidatePath("/inbox");
    return result;
  },
});

export const markAllNotificationsRead = defineAction({
  name: "markAllNotificationsRead",
  permission: "notifications:read",
  schema: ZMarkAllNotificationsRead,
  handler: async (actor, input) => {
    const result = await markAllNotificationsReadService(actor, input);
    revalidatePath("/inbox");
    return result;
  },
});

export const updateNotificationPreferences = defineAction({
  name: "updateNotificationPreferences",
  permission: "notifications:read",
  schema: ZNotificationPreferences,
  handler: async (actor, input) => {
    const result = await updateNotificationPreferencesService(actor, input);
    revalidatePath("/account/notifications");
    return result;
  },
});

import type { Metadata } from "next";
import Link from "next/link";
import { NotificationPreferencesForm } from "@/components/inbox/notification-preferences-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { getNotificationPreferences } from "@/lib/services/notifications";

export const metadata: Metadata = { title: "Notification settings" };

/** How the signed-in person is told about each kind of notification (their choice holds in every organisation). */
export default async function NotificationSettingsPage() {
  const actor = await requireActor();
  const preferences = await getNotificationPreferences(actor);
  return (
    <div className="max-w-5xl">
      <PageHeader
        eyebrow={
          <Link href="/account" className="hover:underline">
            Your account
          </Link>
        }
        title="Notification settings"
        description={`Everything arrives in your inbox. For each kind, choose whether you also get an email at once, or one email a day that gathers them. Sent to ${actor.email}; your choices hold in every organisation you belong to.`}
      />
      <NotificationPreferencesForm preferences={preferences.map(({ kind, delivery }) => ({ kind, delivery }))} />
    </div>
  );
}

import { redirect } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { getActor } from "@/lib/auth/actor";
import { unreadNotificationCount } from "@/lib/services/notifications";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return (
    <AppShell
      actor={{ name: actor.name, email: actor.email, role: actor.role, organizationId: actor.organizationId, memberships: actor.memberships }}
      unreadNotifications={await unreadNotificationCount(actor)}
    >
      {children}
    </AppShell>
  );
}

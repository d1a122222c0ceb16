import type { Metadata } from "next";
import Link from "next/link";
import { NotAllowed } from "@/components/admin/not-allowed";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Administration" };

const SECTIONS: { href: string; title: string; description: string; permission: Permission }[] = [
  {
    href: "/admin/members",
    title: "Members",
    description: "Who belongs to the organisation, their roles, and the invitations still open.",
    permission: "members:manage",
  },
  {
    href: "/admin/settings",
    title: "Settings",
    description: "The organisation's name and default currency, single sign-on and who may join through it.",
    permission: "organization:settings",
  },
  {
    href: "/admin/audit",
    title: "Audit log",
    description: "Every sign-in, membership change and deal event of the organisation.",
    permission: "audit:organization",
  },
  {
    href: "/admin/vendors",
    title: "Vendors",
    description: "Vendor names that look like one company, proposed for merging; merge or rename vendor records.",
    permission: "vendor:merge",
  },
  {
    href: "/admin/tokens",
    title: "API tokens",
    description: "The organisation's service tokens for integrations, and every member's personal tokens, with their last use.",
    permission: "api-token:service",
  },
  {
    href: "/admin/webhooks",
    title: "Webhooks",
    description: "Endpoints of your other systems told when deals change: signed deliveries, their status, and re-sending.",
    permission: "webhook:manage",
  },
  { href: "/admin/outbox", title: "Outbox", description: "The email the app sent or stored: invitations and password resets.", permission: "outbox:read" },
];

/** The administration home: the sections the actor's role may open. */
export default async function AdminPage() {
  const actor = await requireActor();
  const sections = SECTIONS.filter((s) => can(actor.role, s.permission));
  if (!sections.length) return <NotAllowed actor={actor} title="Administration" permission="members:manage" what="run the organisation" />;
  return (
    <>
      <PageHeader eyebrow={actor.organizationName} title="Administration" description="Run the organisation: its people, how they sign in, and its record." />
      <ul className="grid gap-4 sm:grid-cols-2" aria-label="Administration sections">
        {sections.map((s) => (
          <li key={s.href}>
            <Card className="relative h-full p-5 transition hover:ring-brand-300">
              <h2 className="text-base font-semibold text-slate-900">
                <Link href={s.href} className="after:absolute after:inset-0 focus:outline-none focus-visible:underline">
                  {s.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-600">{s.description}</p>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}

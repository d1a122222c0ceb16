import Link from "next/link";
import type { ActorMembership } from "@/lib/auth/load-actor";
import type { Role } from "@/lib/domain/enums";
import { ROLE_LABEL } from "@/lib/format/role-labels";
import { navFor } from "./nav-items";
import { NavLink } from "./nav-link";
import { OrganizationSwitcher } from "./organization-switcher";
import { SignOutButton } from "./sign-out-button";

export interface ShellActor {
  name: string;
  email: string;
  role: Role;
  organizationId: string;
  memberships: ActorMembership[];
}

export function AppShell({ actor, children }: { actor: ShellActor; children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen">
      <aside className="no-print hidden w-60 shrink-0 flex-col bg-brand-900 px-3 py-5 md:flex">
        <Link href="/" className="mb-8 flex items-center gap-2 px-3 text-base font-semibold text-white">
          <img src="/favicon.svg" alt="" className="h-7 w-7" /> Dealplaybook
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-col gap-1">
          {navFor(actor.role).map((item) => (
            <NavLink key={item.href} item={item} />
          ))}
        </nav>
        <p className="px-3 text-xs text-brand-100/70">Own the model you paid for.</p>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="no-print flex h-14 items-center justify-between gap-4 border-b border-slate-200 bg-white px-4 md:px-8">
          <OrganizationSwitcher current={actor.organizationId} memberships={actor.memberships} />
          <div className="flex items-center gap-4">
            <Link href="/account" className="text-right leading-tight hover:opacity-80" data-testid="signed-in-user">
              <div className="text-sm font-medium text-slate-900">{actor.name}</div>
              <div className="text-xs text-slate-500">
                {actor.email} · {ROLE_LABEL[actor.role]}
              </div>
            </Link>
            <SignOutButton />
          </div>
        </header>
        <main className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 md:px-8">{children}</main>
      </div>
    </div>
  );
}

import Link from "next/link";
import type { ActorMembership } from "@/lib/auth/load-actor";
import type { Role } from "@/lib/domain/enums";
import { ROLE_LABEL } from "@/lib/format/role-labels";
import { InboxLink } from "./inbox-link";
import { MobileNav } from "./mobile-nav";
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

/** `unreadNotifications`: the signed-in person's unread notifications in the current organisation (the header's inbox badge). */
export function AppShell({ actor, unreadNotifications, children }: { actor: ShellActor; unreadNotifications: number; children: React.ReactNode }) {
  const navItems = navFor(actor.role);
  return (
    <div className="flex min-h-screen">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-4 py-2 text-sm font-semibold text-brand-700 shadow-lg focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <aside className="no-print hidden w-60 shrink-0 flex-col bg-brand-900 px-3 py-5 md:flex">
        <Link href="/" className="mb-8 flex items-center gap-2 px-3 text-base font-semibold text-white">
          <img src="/favicon.svg" alt="" className="h-7 w-7" /> Dealplaybook
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-col gap-1">
          {navItems.map((item) => (
            <NavLink key={item.href} item={item} />
          ))}
        </nav>
        <p className="px-3 text-xs text-brand-100">Own the model you paid for.</p>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="no-print relative flex h-14 items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 md:px-8">
          <div className="flex min-w-0 items-center gap-3">
            <MobileNav items={navItems} />
            <OrganizationSwitcher current={actor.organizationId} memberships={actor.memberships} />
          </div>
          <div className="flex shrink-0 items-center gap-3 md:gap-4">
            <InboxLink unread={unreadNotifications} />
            <Link href="/account" className="text-right leading-tight hover:opacity-80" data-testid="signed-in-user">
              {/* On a phone the name gives way to an icon, leaving the organisation room. */}
              <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 text-slate-700 sm:hidden" fill="none" stroke="currentColor" strokeWidth="1.8">
                <circle cx="12" cy="8" r="4" />
                <path d="M4 21a8 8 0 0 1 16 0" />
              </svg>
              <div className="text-sm font-medium text-slate-900 max-sm:sr-only">{actor.name}</div>
              <div className="hidden text-xs text-slate-600 sm:block">
                {actor.email} · {ROLE_LABEL[actor.role]}
              </div>
            </Link>
            <SignOutButton />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 focus:outline-none md:px-8 print:max-w-none print:p-0">
          {children}
        </main>
      </div>
    </div>
  );
}

import type { Role } from "@/lib/domain/enums";

export interface NavItem {
  href: string;
  label: string;
  /** Roles that see the item; all roles when absent. */
  roles?: Role[];
  icon: "home" | "deals" | "vendors" | "portfolio" | "playbook" | "analyze" | "admin";
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Home", icon: "home" },
  { href: "/deals", label: "Deals", icon: "deals" },
  { href: "/vendors", label: "Vendors", icon: "vendors" },
  { href: "/portfolio", label: "Portfolio", icon: "portfolio" },
  { href: "/playbook", label: "Playbook", icon: "playbook" },
  // Everyone may read vendor wording against the playbook (permission text:analyze).
  { href: "/analyze", label: "Analyse text", icon: "analyze" },
  // Admins run the organisation there; CIOs read its audit log.
  { href: "/admin", label: "Admin", icon: "admin", roles: ["ADMIN", "CIO"] },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(role));
}

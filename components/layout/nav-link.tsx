"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import type { NavItem } from "./nav-items";

const ICONS: Record<NavItem["icon"], string> = {
  home: "M3 11l9-7 9 7v9a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z",
  deals: "M4 6h16M4 12h16M4 18h10",
  vendors: "M4 21V7l8-4 8 4v14M9 21v-5h6v5M8 10h2m4 0h2M8 13h2m4 0h2",
  portfolio: "M4 20V10m6 10V4m6 16v-7m4 7H2",
  playbook: "M5 4h10a4 4 0 0 1 4 4v12H9a4 4 0 0 1-4-4zm0 12a4 4 0 0 1 4-4h10",
  analyze: "M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zm5-2l5 5M8 9h6M8 13h4",
  admin:
    "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm7-3l2-1-1-3-2 .5-1.5-1.5.5-2-3-1-1 2h-2l-1-2-3 1 .5 2L6 7.5 4 7 3 10l2 1v2l-2 1 1 3 2-.5 1.5 1.5-.5 2 3 1 1-2h2l1 2 3-1-.5-2 1.5-1.5 2 .5 1-3-2-1z",
};

export function NavLink({ item }: { item: NavItem }) {
  const pathname = usePathname();
  const active = item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(item.href + "/");
  return (
    <Link
      href={item.href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium",
        active ? "bg-brand-700 text-white" : "text-brand-100 hover:bg-brand-700/60 hover:text-white",
      )}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5 shrink-0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={ICONS[item.icon]} />
      </svg>
      {item.label}
    </Link>
  );
}

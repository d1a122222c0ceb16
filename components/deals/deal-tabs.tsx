"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

export function DealTabs({ dealId }: { dealId: string }) {
  const pathname = usePathname();
  const base = `/deals/${dealId}`;
  const tabs = [
    { href: base, label: "Overview", active: pathname === base },
    { href: `${base}/layers/training-data`, label: "Checklist", active: pathname.startsWith(`${base}/layers`) || pathname.startsWith(`${base}/clauses`) },
    { href: `${base}/drafts`, label: "Vendor drafts", active: pathname.startsWith(`${base}/drafts`) },
    { href: `${base}/review`, label: "Review", active: pathname.startsWith(`${base}/review`) },
    { href: `${base}/assets`, label: "Assets", active: pathname.startsWith(`${base}/assets`) },
    { href: `${base}/report`, label: "Report", active: pathname.startsWith(`${base}/report`) },
    { href: `${base}/activity`, label: "Activity", active: pathname.startsWith(`${base}/activity`) },
  ];
  return (
    // On a phone the tabs are wider than the screen: the row scrolls sideways on its own.
    <nav aria-label="Deal" className="no-print -mb-px flex gap-5 overflow-x-auto border-b border-slate-200 sm:gap-6">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.active ? "page" : undefined}
          className={cn(
            "shrink-0 whitespace-nowrap border-b-2 px-1 pb-3 text-sm font-medium",
            tab.active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-700",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}

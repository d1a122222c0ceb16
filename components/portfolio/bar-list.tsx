import Link from "next/link";
import { formatCount } from "@/lib/format/money";

export interface BarItem {
  label: string;
  value: number;
  href: string;
  detail?: string;
  color?: string;
}

/** Horizontal bars with the numbers written out: the chart and its text equivalent in one. */
export function BarList({ items, label }: { items: BarItem[]; label: string }) {
  const max = Math.max(1, ...items.map((i) => i.value));
  return (
    <ul className="space-y-2.5" aria-label={label}>
      {items.map((item) => (
        <li key={item.label}>
          <Link href={item.href} className="group block" data-testid="bar-link">
            <div className="flex items-baseline justify-between gap-3 text-sm">
              <span className="text-slate-700 group-hover:text-brand-700">{item.label}</span>
              <span className="tabular-nums">
                <span className="font-semibold text-slate-900 group-hover:text-brand-700 group-hover:underline">{formatCount(item.value)}</span>
                {item.detail && <span className="ml-2 text-xs text-slate-600">{item.detail}</span>}
              </span>
            </div>
            <div className="mt-1 h-2 rounded-full bg-slate-100" aria-hidden="true">
              <div className={`h-2 rounded-full ${item.color ?? "bg-brand-500"}`} style={{ width: `${(100 * item.value) / max}%` }} />
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}

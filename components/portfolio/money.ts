import { formatMinorCompact } from "@/lib/domain/money";
import type { MoneyByCurrency } from "@/lib/services/portfolio";

/** "$12.3M · €1.1M": totals are kept per currency, never converted. */
export function formatMoneyMap(value: MoneyByCurrency): string {
  const entries = Object.entries(value).filter(([, minor]) => minor !== "0");
  if (!entries.length) return "—";
  return entries
    .sort((a, b) => (BigInt(b[1]) > BigInt(a[1]) ? 1 : -1))
    .map(([currency, minor]) => formatMinorCompact(minor, currency))
    .join(" · ");
}

import { formatMinor, formatMinorCompact } from "@/lib/domain/money";
import type { MoneyByCurrency, PortfolioDto } from "@/lib/services/portfolio";
import { READINESS_BANDS, type ReadinessBand } from "@/lib/domain/readiness-band";

/** "$12.3M · €1.1M": totals are kept per currency, never converted. */
export function formatMoneyMap(value: MoneyByCurrency): string {
  const entries = Object.entries(value).filter(([, minor]) => minor !== "0");
  if (!entries.length) return "—";
  return entries
    .sort((a, b) => (BigInt(b[1]) > BigInt(a[1]) ? 1 : -1))
    .map(([currency, minor]) => formatMinorCompact(minor, currency))
    .join(" · ");
}

/** The dashboard's amounts, written out. */
export interface DashboardMoney {
  total: string;
  exposed: string;
  byBand: Record<ReadinessBand, string>;
  /** By deal id. */
  atRisk: Record<string, string>;
}

/**
 * Formats the dashboard's amounts on the server. Browsers and Node ship different ICU data (compact
 * notation differs, e.g. "A$1M" and "A$1.0M"), so amounts formatted on both sides would not match
 * when React hydrates the client-rendered dashboard.
 */
export function dashboardMoney(portfolio: PortfolioDto): DashboardMoney {
  return {
    total: formatMoneyMap(portfolio.totalValue),
    exposed: formatMoneyMap(portfolio.exposed.value),
    byBand: Object.fromEntries(READINESS_BANDS.map((b) => [b, formatMoneyMap(portfolio.byBand[b].value)])) as Record<ReadinessBand, string>,
    atRisk: Object.fromEntries(portfolio.atRisk.deals.map((d) => [d.id, formatMinor(d.valueMinor, d.currency)])),
  };
}

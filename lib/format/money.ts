// Numbers and amounts written out. Contract values are kept in minor units (see lib/domain/money.ts).

import { READINESS_BANDS, type ReadinessBand } from "@/lib/domain/readiness-band";
import type { MoneyByCurrency, PortfolioDto } from "@/lib/services/portfolio";

const COUNT_FORMAT = new Intl.NumberFormat("en");

/** 12345 → "12,345". */
export function formatCount(n: number): string {
  return COUNT_FORMAT.format(n);
}

// Building an Intl.NumberFormat costs far more than formatting with one, and a dashboard formats
// dozens of amounts per request: one formatter per currency and style, made on first use.
const currencyFormats = new Map<string, Intl.NumberFormat | null>();

function currencyFormat(currency: string, style: "exact" | "whole" | "compact"): Intl.NumberFormat | null {
  const key = `${currency}:${style}`;
  let format = currencyFormats.get(key);
  if (format === undefined) {
    const options: Intl.NumberFormatOptions =
      style === "compact" ? { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 } : { maximumFractionDigits: style === "whole" ? 0 : 2 };
    try {
      format = new Intl.NumberFormat("en", { style: "currency", currency, ...options });
    } catch {
      format = null; // not an ISO currency code
    }
    currencyFormats.set(key, format);
  }
  return format;
}

/** 125000050n, "USD" → "$1,250,000.50"; whole amounts without cents. */
export function formatMinor(minor: bigint | number | string, currency: string): string {
  const value = Number(BigInt(minor)) / 100;
  const format = currencyFormat(currency, value % 1 === 0 ? "whole" : "exact");
  return format ? format.format(value) : `${currency} ${formatCount(value)}`;
}

/** 1230000000n, "USD" → "$12.3M". */
export function formatMinorCompact(minor: bigint | number | string, currency: string): string {
  const major = Number(BigInt(minor) / 100n);
  const format = currencyFormat(currency, "compact");
  return format ? format.format(major) : `${currency} ${formatCount(major)}`;
}

/** 125000050n → "1250000.50", the value a form field shows. */
export function minorToInput(minor: bigint | number | string): string {
  const value = BigInt(minor);
  const whole = value / 100n;
  const cents = value % 100n;
  return cents === 0n ? whole.toString() : `${whole}.${cents.toString().padStart(2, "0")}`;
}

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

// Contract values are kept in minor units (cents) as integers: no floating-point money.

export const CURRENCIES = ["USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD", "SEK", "NOK", "DKK", "INR", "SGD"] as const;
export type Currency = (typeof CURRENCIES)[number];

const MAX_MINOR = 10n ** 15n; // up to 10 trillion in major units

/** "1,250,000.50" → 125000050n; null when it is not a non-negative amount with at most 2 decimals. */
export function parseMoneyToMinor(input: string): bigint | null {
  const cleaned = input.replace(/[\s,_]/g, "");
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const minor = BigInt(match[1]) * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
  return minor < MAX_MINOR ? minor : null;
}

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

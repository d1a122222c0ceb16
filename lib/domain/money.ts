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

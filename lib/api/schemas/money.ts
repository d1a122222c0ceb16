import { z } from "zod";

// Money in the API: a decimal string in major units with two decimals ("250000.00"), never a float;
// the database keeps minor units (cents) as integers, and sums can pass 2^53.

export const ZDecimalAmount = z
  .string()
  .regex(/^\d+\.\d{2}$/)
  .meta({ description: 'An amount in major units as a decimal string with two decimals, e.g. "250000.00".', example: "250000.00" });

export const ZMoneyByCurrency = z
  .record(z.string().length(3), ZDecimalAmount)
  .meta({ id: "MoneyByCurrency", description: 'Sums per ISO 4217 currency, never converted, e.g. {"EUR": "1250000.00", "USD": "90000.00"}.' });

/** 125000050n → "1250000.50"; 25000000n → "250000.00". */
export function minorToDecimal(minor: bigint | number | string): string {
  const value = BigInt(minor);
  const cents = value % 100n;
  return `${value / 100n}.${cents.toString().padStart(2, "0")}`;
}

/** {"EUR": "25000000"} (minor units) → {"EUR": "250000.00"}. */
export function moneyByCurrency(minor: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(minor).map(([currency, value]) => [currency, minorToDecimal(value)]));
}

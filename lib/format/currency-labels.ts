import { CURRENCIES } from "@/lib/domain/money";

const NAMES = new Intl.DisplayNames("en", { type: "currency" });

/** "EUR — Euro": the code a contract uses, with the name a person recognises. */
export function currencyLabel(code: string): string {
  const name = NAMES.of(code);
  return name && name !== code ? `${code} — ${name}` : code;
}

/** The currencies deals may use (lib/domain/money.ts), labelled, for a select. */
export const CURRENCY_OPTIONS: { code: string; label: string }[] = CURRENCIES.map((code) => ({ code, label: currencyLabel(code) }));

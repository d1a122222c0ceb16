import type { ApiScope } from "./enums";

// API tokens: how long one lives, which scopes it holds, and whether it still works. Pure rules; the
// service (lib/services/api-tokens.ts) applies them with the clock it was given.

/** The expiry a form offers: a number of days from now, a date of one's choosing, or (service tokens only) none. */
export const TOKEN_EXPIRY_CHOICES = ["7", "30", "90", "365", "date", "never"] as const;
export type TokenExpiryChoice = (typeof TOKEN_EXPIRY_CHOICES)[number];

/** The longest a token may live: one year from the day it was made. */
export const MAX_TOKEN_DAYS = 365;

/** Live (neither revoked nor expired) personal tokens one person may hold in one organisation. */
export const LIVE_PERSONAL_TOKEN_CAP = 20;

const DAY_MS = 86_400_000;

/** Today's date (UTC) plus `days`, as YYYY-MM-DD. */
export function isoDayFrom(now: Date, days: number): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days)).toISOString().slice(0, 10);
}

/**
 * When a token made now expires. A number of days counts from this instant (a 7-day token made at
 * 10:00 stops at 10:00 a week later); a chosen date means "valid through that day": it stops at the
 * end of the day, UTC. "never" is null.
 */
export function tokenExpiresAt(choice: TokenExpiryChoice, expiresOn: string | null, now: Date): Date | null {
  if (choice === "never") return null;
  if (choice === "date") {
    if (!expiresOn) throw new Error("A chosen expiry needs its date");
    return new Date(Date.parse(`${expiresOn}T00:00:00Z`) + DAY_MS);
  }
  return new Date(now.getTime() + Number(choice) * DAY_MS);
}

/** Why a chosen expiry date cannot be used, or null: it must be after today and at most a year ahead. */
export function expiryDateProblem(expiresOn: string, now: Date): string | null {
  if (expiresOn <= isoDayFrom(now, 0)) return "Choose a date after today";
  if (expiresOn > isoDayFrom(now, MAX_TOKEN_DAYS)) return `Choose a date at most one year ahead (up to ${isoDayFrom(now, MAX_TOKEN_DAYS)})`;
  return null;
}

/** What a token is stored with: write implies read (a client that may change deals must be able to read what it changes). */
export function storedScopes(chosen: readonly ApiScope[]): ApiScope[] {
  return chosen.includes("WRITE") ? ["READ", "WRITE"] : ["READ"];
}

export type TokenStatus = "active" | "expired" | "revoked";

export function tokenStatus(token: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): TokenStatus {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

// Sign-in throttling limits and the message a throttled person sees. Pure: the login form imports
// the matcher, the throttle (lib/auth/sign-in-throttle.ts) the rest.

/** Failed sign-ins per account (email, known or not) in the window; a successful sign-in starts the count again. */
export const SIGN_IN_FAILURES_PER_ACCOUNT = 5;
/** Failed sign-ins per client address in the window, whatever the emails. */
export const SIGN_IN_FAILURES_PER_ADDRESS = 20;
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
/** How long the record of sign-in attempts is kept for an organisation's audit, then deleted. */
export const SIGN_IN_RETENTION_DAYS = 90;

/** The same for every email, known or not: it must not reveal whether an account exists. */
export function signInThrottledMessage(minutes: number): string {
  return `Too many sign-in attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

/** What a sign-in says while the database is unreachable (the same for every email). */
export const SIGN_IN_UNAVAILABLE_MESSAGE = "Signing in is not possible right now: the database is unreachable. Try again in a moment.";

/** A correct password, but every membership of the account is disabled (or it has none left). Only ever said after the right password. */
export const SIGN_IN_NO_ACCESS_MESSAGE = "Your access has been disabled in every organisation you belonged to. Ask an administrator to re-enable you.";

/** True for exactly the messages signInThrottledMessage makes. */
export function isSignInThrottledMessage(text: unknown): text is string {
  return typeof text === "string" && /^Too many sign-in attempts\. Try again in \d{1,4} minutes?\.$/.test(text);
}

/**
 * The message the login form shows for a failed sign-in's `error`: the throttle's and the outage
 * one verbatim (both the same for every email), the no-access one (said only after a correct
 * password), anything else as one message that never reveals whether the email exists.
 */
export function signInFailureMessage(error: unknown): string {
  if (isSignInThrottledMessage(error) || error === SIGN_IN_UNAVAILABLE_MESSAGE || error === SIGN_IN_NO_ACCESS_MESSAGE) return error;
  return "The email or password is incorrect.";
}

/**
 * TRUSTED_PROXY_HOPS: how many reverse proxies of yours stand in front of the app, each appending the
 * address it saw to x-forwarded-for. 0 (the default) means none: clients connect to `next start`
 * directly. Anything but a whole number from 0 to 10 counts as 0.
 */
export function trustedProxyHops(value: string | undefined = process.env.TRUSTED_PROXY_HOPS): number {
  const hops = Number(value ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

/**
 * The client address of a sign-in, from x-forwarded-for as the server process sees it: whatever the
 * client sent, then each proxy's append, then the socket's address, which the server appends itself
 * (lib/http/forwarded-for.ts). Entries a client sent are its own claims, so the address is read from
 * the right: `hops` entries before the socket's, i.e. the address the outermost trusted proxy saw.
 * With fewer entries than that, the left-most. No header: "unknown".
 */
export function clientAddress(headers: Headers | Record<string, unknown> | undefined, hops: number = trustedProxyHops()): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : typeof raw === "string" ? raw : "";
  const hopsSeen = value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = hopsSeen[Math.max(0, hopsSeen.length - 1 - hops)];
  return address ? address.slice(0, 100) : "unknown";
}

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

/** True for exactly the messages signInThrottledMessage makes (the form shows nothing else verbatim). */
export function isSignInThrottledMessage(text: unknown): text is string {
  return typeof text === "string" && /^Too many sign-in attempts\. Try again in \d{1,4} minutes?\.$/.test(text);
}

/**
 * The client address of a sign-in: the first hop of x-forwarded-for (`next start` sets that header
 * to the socket's address when no proxy did), else x-real-ip, else "unknown". Behind a proxy that
 * appends rather than overwrites, the first hop is what the client claims: the per-account limit
 * still holds whatever it claims.
 */
export function clientAddress(headers: Headers | Record<string, unknown> | undefined): string {
  const read = (name: string): string | undefined => {
    if (!headers) return undefined;
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    if (Array.isArray(value)) return typeof value[0] === "string" ? value[0] : undefined;
    return typeof value === "string" ? value : undefined;
  };
  const first = (read("x-forwarded-for") ?? "").split(",")[0].trim() || (read("x-real-ip") ?? "").trim();
  return first ? first.slice(0, 100) : "unknown";
}

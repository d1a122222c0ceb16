// The arithmetic of a sliding-window limit, kept pure (no clock, no database) so it is unit-tested
// on its own. The shared stores (lib/rate-limit.ts, lib/auth/sign-in-throttle.ts) fetch the most
// recent counted events of a key and ask this whether one more may pass.

export type WindowVerdict = { ok: true; remaining: number } | { ok: false; retryAfterMs: number };

/**
 * `recent`: times (ms) of the events already counted for the key, most recent first, at least the
 * `limit` most recent of them (older ones do not change the answer). Another event at `now` is
 * allowed while fewer than `limit` of them fall in the window (now - windowMs, now]; otherwise it
 * is allowed again once the `limit`-th most recent one leaves the window.
 */
export function slidingWindow(recent: readonly number[], { limit, windowMs, now }: { limit: number; windowMs: number; now: number }): WindowVerdict {
  const inWindow = recent.filter((t) => t > now - windowMs && t <= now).sort((a, b) => b - a);
  if (inWindow.length < limit) return { ok: true, remaining: limit - inWindow.length - 1 };
  const blocking = inWindow[limit - 1];
  return { ok: false, retryAfterMs: Math.max(1, blocking + windowMs - now) };
}

/** Whole seconds to wait, at least 1 (a Retry-After header). */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** Whole minutes to wait, at least 1 (for people). */
export function retryAfterMinutes(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}

// A sliding-window rate limiter kept in this process's memory. Enough for one `next start`; several
// server processes would each allow the limit (a shared store would be needed then).

export type RateLimitResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export function createRateLimiter({ limit, windowMs, now = Date.now }: { limit: number; windowMs: number; now?: () => number }) {
  const calls = new Map<string, number[]>();
  return {
    /** Counts one call for `key`, or refuses it when `limit` calls fall in the last `windowMs`. */
    take(key: string): RateLimitResult {
      const at = now();
      const recent = (calls.get(key) ?? []).filter((t) => t > at - windowMs);
      if (recent.length >= limit) {
        calls.set(key, recent);
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + windowMs - at) / 1000)) };
      }
      recent.push(at);
      calls.set(key, recent);
      return { ok: true, remaining: limit - recent.length };
    },
  };
}

import { getDb } from "@/lib/db";
import { retryAfterSeconds, slidingWindow } from "@/lib/sliding-window";

// A sliding-window rate limiter kept in PostgreSQL ("RateLimitHit"), so every server process behind
// a load balancer counts the same calls. Plain statements through the app's Prisma client (the
// embedded database's single connection included), none inside a transaction:
//   1. the call is inserted (and committed) first, so concurrent callers in any process see it;
//   2. the most recent `limit` other calls of the key in the window are read ("RateLimitHit_key_at_idx");
//   3. a refused call deletes its row again: refused calls are not counted, so a client that keeps
//      retrying is let in once the window moves on.
// Because each call is visible before it counts, at most `limit` calls pass per window, however
// many arrive at once. The key's rows older than the window are deleted on its next call.

export type RateLimitResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one call for `key`, or refuses it when `limit` calls fall in the last `windowMs`. */
  take(key: string): Promise<RateLimitResult>;
}

export function createRateLimiter({
  name,
  limit,
  windowMs,
  now = Date.now,
}: {
  /** Keeps this limiter's keys apart from other limiters' in the shared table. */
  name: string;
  limit: number;
  windowMs: number;
  now?: () => number;
}): RateLimiter {
  return {
    async take(caller: string): Promise<RateLimitResult> {
      const db = getDb();
      const key = `${name}:${caller}`;
      const at = now();
      const windowStart = new Date(at - windowMs);
      await db.rateLimitHit.deleteMany({ where: { key, at: { lte: windowStart } } });
      const mine = await db.rateLimitHit.create({ data: { key, at: new Date(at) }, select: { id: true } });
      const others = await db.rateLimitHit.findMany({
        where: { key, at: { gt: windowStart }, id: { not: mine.id } },
        orderBy: { at: "desc" },
        take: limit,
        select: { at: true },
      });
      const verdict = slidingWindow(
        others.map((o) => o.at.getTime()),
        { limit, windowMs, now: at },
      );
      if (verdict.ok) return verdict;
      await db.rateLimitHit.deleteMany({ where: { id: mine.id } });
      return { ok: false, retryAfterSeconds: retryAfterSeconds(verdict.retryAfterMs) };
    },
  };
}

import { createRateLimiter, type RateLimitResult } from "@/lib/rate-limit";

/** Calls a minute per token (per person for a browser session), counted in PostgreSQL across server processes. */
export const API_CALLS_PER_MINUTE = apiCallsPerMinute(process.env.DEALPLAYBOOK_API_CALLS_PER_MINUTE);

export function apiCallsPerMinute(setting: string | undefined): number {
  const value = Number(setting);
  return Number.isInteger(value) && value > 0 && value <= 100_000 ? value : 120;
}

const limiter = createRateLimiter({ name: "api", limit: API_CALLS_PER_MINUTE, windowMs: 60_000 });

export function takeApiCall(caller: string): Promise<RateLimitResult> {
  return limiter.take(caller);
}

import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../rate-limit";

describe("createRateLimiter", () => {
  it("allows `limit` calls per window and key, then refuses with the wait until the oldest call expires", () => {
    let clock = 1_000_000;
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: () => clock });
    expect(limiter.take("alice")).toEqual({ ok: true, remaining: 2 });
    clock += 10_000;
    expect(limiter.take("alice")).toEqual({ ok: true, remaining: 1 });
    expect(limiter.take("alice")).toEqual({ ok: true, remaining: 0 });
    expect(limiter.take("alice")).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(limiter.take("bob")).toEqual({ ok: true, remaining: 2 }); // keys are counted apart

    clock += 50_000; // the first call leaves the window
    expect(limiter.take("alice")).toEqual({ ok: true, remaining: 0 });
    expect(limiter.take("alice").ok).toBe(false);
  });

  it("does not count refused calls, so a client that keeps retrying is let in once the window moves on", () => {
    let clock = 0;
    const limiter = createRateLimiter({ limit: 1, windowMs: 1_000, now: () => clock });
    expect(limiter.take("k").ok).toBe(true);
    for (let i = 0; i < 5; i++) {
      clock += 100;
      expect(limiter.take("k").ok).toBe(false);
    }
    clock = 1_001;
    expect(limiter.take("k").ok).toBe(true);
  });
});

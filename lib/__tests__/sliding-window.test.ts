import { describe, expect, it } from "vitest";
import { retryAfterMinutes, retryAfterSeconds, slidingWindow } from "../sliding-window";

const W = { limit: 3, windowMs: 60_000 };

describe("slidingWindow", () => {
  it("allows `limit` events per window, then refuses with the wait until the limit-th most recent leaves it", () => {
    expect(slidingWindow([], { ...W, now: 1_000_000 })).toEqual({ ok: true, remaining: 2 });
    expect(slidingWindow([1_000_000], { ...W, now: 1_010_000 })).toEqual({ ok: true, remaining: 1 });
    expect(slidingWindow([1_010_000, 1_000_000], { ...W, now: 1_010_000 })).toEqual({ ok: true, remaining: 0 });
    expect(slidingWindow([1_010_000, 1_010_000, 1_000_000], { ...W, now: 1_010_000 })).toEqual({ ok: false, retryAfterMs: 50_000 });
  });

  it("forgets events at or before the window's start, and does not care about their order", () => {
    // The oldest event is exactly windowMs old: out of the window.
    expect(slidingWindow([1_000_000, 1_050_000, 1_059_999], { ...W, now: 1_060_000 })).toEqual({ ok: true, remaining: 0 });
    expect(slidingWindow([1_000_001, 1_059_999, 1_050_000], { ...W, now: 1_060_000 })).toEqual({ ok: false, retryAfterMs: 1 });
  });

  it("with more events than the limit (concurrent callers), waits for enough of them to leave", () => {
    // limit 3, five in the window: allowed again when only two remain, i.e. when the third most recent leaves.
    expect(slidingWindow([50_000, 40_000, 30_000, 20_000, 10_000], { ...W, now: 60_000 })).toEqual({ ok: false, retryAfterMs: 30_000 });
  });

  it("rounds waits up, never to zero", () => {
    expect(retryAfterSeconds(50_000)).toBe(50);
    expect(retryAfterSeconds(50_001)).toBe(51);
    expect(retryAfterSeconds(0)).toBe(1);
    expect(retryAfterMinutes(15 * 60_000)).toBe(15);
    expect(retryAfterMinutes(14 * 60_000 + 1)).toBe(15);
    expect(retryAfterMinutes(1)).toBe(1);
  });
});

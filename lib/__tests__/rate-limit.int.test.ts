import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createRateLimiter } from "@/lib/rate-limit";

// Two limiters with the same name stand for two server processes: they share only the database.
function twoProcesses(limit: number, windowMs: number, clock: { t: number }) {
  const name = `test-${randomUUID()}`;
  const options = { name, limit, windowMs, now: () => clock.t };
  return [createRateLimiter(options), createRateLimiter(options), name] as const;
}

describe("createRateLimiter (shared in PostgreSQL)", () => {
  it("allows `limit` calls per window and key across processes, then refuses with the wait until the oldest call expires", async () => {
    const clock = { t: Date.now() };
    const [a, b] = twoProcesses(3, 60_000, clock);
    expect(await a.take("alice")).toEqual({ ok: true, remaining: 2 });
    clock.t += 10_000;
    expect(await b.take("alice")).toEqual({ ok: true, remaining: 1 });
    expect(await a.take("alice")).toEqual({ ok: true, remaining: 0 });
    expect(await b.take("alice")).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(await a.take("alice")).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(await b.take("bob")).toEqual({ ok: true, remaining: 2 }); // keys are counted apart

    clock.t += 50_000; // the first call leaves the window
    expect(await b.take("alice")).toEqual({ ok: true, remaining: 0 });
    expect((await a.take("alice")).ok).toBe(false);
  });

  it("does not count refused calls, so a client that keeps retrying is let in once the window moves on", async () => {
    const clock = { t: Date.now() };
    const [a, b] = twoProcesses(1, 1_000, clock);
    const start = clock.t;
    expect((await a.take("k")).ok).toBe(true);
    for (let i = 0; i < 5; i++) {
      clock.t += 100;
      expect((await (i % 2 ? a : b).take("k")).ok).toBe(false);
    }
    clock.t = start + 1_001;
    expect((await b.take("k")).ok).toBe(true);
  });

  it("lets at most `limit` of many simultaneous calls through, whichever process they reach, and no more afterwards", async () => {
    const clock = { t: Date.now() };
    const [a, b] = twoProcesses(5, 60_000, clock);
    const burst = await Promise.all(Array.from({ length: 16 }, (_, i) => (i % 2 ? a : b).take("burst")));
    const passed = burst.filter((r) => r.ok).length;
    expect(passed).toBeLessThanOrEqual(5);
    // Refused calls are not counted: one by one, the rest of the limit is let in, then nothing.
    const after = [];
    for (let i = 0; i < 8; i++) after.push(await (i % 2 ? a : b).take("burst"));
    expect(after.filter((r) => r.ok)).toHaveLength(5 - passed);
    expect(after.at(-1)?.ok).toBe(false);
  });

  it("deletes a key's calls older than the window on its next call", async () => {
    const clock = { t: Date.now() };
    const [a, , name] = twoProcesses(2, 1_000, clock);
    for (let i = 0; i < 10; i++) {
      await a.take("old");
      clock.t += 600;
    }
    const rows = await getDb().rateLimitHit.findMany({ where: { key: `${name}:old` } });
    // The last call came 600 ms ago; everything older than its window (1 s before it) is gone.
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.at.getTime() > clock.t - 600 - 1_000)).toBe(true);
  });
});

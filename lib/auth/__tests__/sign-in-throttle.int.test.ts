import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { verifyPassword } from "@/lib/auth/password";
import { SIGN_IN_FAILURES_PER_ACCOUNT, SIGN_IN_FAILURES_PER_ADDRESS, SIGN_IN_RETENTION_DAYS, SIGN_IN_WINDOW_MS } from "@/lib/auth/sign-in-limits";
import { SignInThrottledError } from "@/lib/auth/sign-in-throttle";
import { getDb } from "@/lib/db";
import { createOrganization, createUser, TEST_PASSWORD } from "@/lib/test/factories";

// Counts the password checks (each one an argon2 hash), still checking for real.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
const hashes = vi.mocked(verifyPassword);

const THROTTLED = "Too many sign-in attempts. Try again in 15 minutes.";

/** A fresh client address per test: all integration files share one database. */
const newIp = () => `test-${randomUUID()}`;

async function newUser() {
  const { org } = await createOrganization();
  return createUser(org.id, "NEGOTIATOR");
}

/** The throttle's message, or "null"/"user" for an ordinary outcome. */
async function outcome(email: string, password: string, ip: string, now: number): Promise<string> {
  try {
    return (await authenticate({ email, password }, { ip, now })) ? "user" : "null";
  } catch (error) {
    if (error instanceof SignInThrottledError) return error.message;
    throw error;
  }
}

beforeEach(() => hashes.mockClear());

describe("sign-in throttling per account", () => {
  it("refuses the 6th attempt within 15 minutes after 5 wrong passwords, even with the right password, without hashing it", async () => {
    const user = await newUser();
    const ip = newIp();
    const t0 = Date.now();
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT; i++) expect(await outcome(user.email, "wrong", ip, t0 + i * 1000)).toBe("null");
    expect(hashes).toHaveBeenCalledTimes(SIGN_IN_FAILURES_PER_ACCOUNT);

    hashes.mockClear();
    expect(await outcome(user.email, TEST_PASSWORD, ip, t0 + 5_000)).toBe(THROTTLED);
    // Another address does not help: the account is what is throttled.
    expect(await outcome(user.email, TEST_PASSWORD, newIp(), t0 + 5_000)).toBe(THROTTLED);
    expect(hashes).not.toHaveBeenCalled();

    // The wait counts from the oldest failure: 15 minutes after it, the right password works again.
    expect(await outcome(user.email, TEST_PASSWORD, ip, t0 + SIGN_IN_WINDOW_MS - 1)).toBe("Too many sign-in attempts. Try again in 1 minute.");
    expect(await outcome(user.email, TEST_PASSWORD, ip, t0 + SIGN_IN_WINDOW_MS + 1)).toBe("user");

    const rows = await getDb().signInAttempt.findMany({ where: { email: user.email }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.outcome)).toEqual([...Array(5).fill("FAILED"), "THROTTLED", "THROTTLED", "THROTTLED", "SUCCEEDED"]);
    expect(rows.every((r) => r.userId === user.id)).toBe(true);
    expect(rows[0].ip).toBe(ip);
  });

  it("answers an unknown email exactly as a known one, and records its attempts without a user", async () => {
    const user = await newUser();
    const unknown = `nobody-${randomUUID()}@test.example`;
    const t0 = Date.now();
    const known: string[] = [];
    const missing: string[] = [];
    for (let i = 0; i <= SIGN_IN_FAILURES_PER_ACCOUNT + 1; i++) {
      known.push(await outcome(user.email, "wrong", newIp(), t0 + i * 1000));
      missing.push(await outcome(unknown, "wrong", newIp(), t0 + i * 1000));
    }
    expect(missing).toEqual(known);
    expect(missing.slice(-2)).toEqual([THROTTLED, THROTTLED]);
    const rows = await getDb().signInAttempt.findMany({ where: { email: unknown } });
    expect(rows).toHaveLength(SIGN_IN_FAILURES_PER_ACCOUNT + 2);
    expect(rows.every((r) => r.userId === null)).toBe(true);
  });

  it("starts the count again after a successful sign-in", async () => {
    const user = await newUser();
    const ip = newIp();
    let t = Date.now();
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT - 1; i++) expect(await outcome(user.email, "wrong", ip, (t += 1000))).toBe("null");
    expect(await outcome(user.email, TEST_PASSWORD, ip, (t += 1000))).toBe("user");
    // The four failures before the success no longer count: five more are checked, the sixth is not.
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT; i++) expect(await outcome(user.email, "wrong", ip, (t += 1000))).toBe("null");
    expect(await outcome(user.email, TEST_PASSWORD, ip, (t += 1000))).toBe(THROTTLED);
  });

  it("lets at most 5 of many simultaneous wrong passwords reach the hash", async () => {
    const user = await newUser();
    const now = Date.now();
    const results = await Promise.all(Array.from({ length: 12 }, () => outcome(user.email, "wrong", newIp(), now)));
    expect(results.filter((r) => r === "null").length).toBeLessThanOrEqual(SIGN_IN_FAILURES_PER_ACCOUNT);
    expect(hashes.mock.calls.length).toBeLessThanOrEqual(SIGN_IN_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => r === THROTTLED).length).toBeGreaterThanOrEqual(12 - SIGN_IN_FAILURES_PER_ACCOUNT);
  });
});

describe("sign-in throttling per client address", () => {
  it("refuses an address after 20 failures across different emails, for any account, and not other addresses", async () => {
    const user = await newUser();
    const ip = newIp();
    const t0 = Date.now();
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ADDRESS; i++) {
      expect(await outcome(`spray-${i}-${randomUUID()}@test.example`, "wrong", ip, t0 + i * 1000)).toBe("null");
    }
    hashes.mockClear();
    expect(await outcome(user.email, TEST_PASSWORD, ip, t0 + 30_000)).toBe(THROTTLED);
    expect(hashes).not.toHaveBeenCalled();
    expect(await outcome(user.email, TEST_PASSWORD, newIp(), t0 + 30_000)).toBe("user");
  });

  it("does not count successes against the address", async () => {
    const user = await newUser();
    const ip = newIp();
    const t0 = Date.now();
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ADDRESS + 5; i++) expect(await outcome(user.email, TEST_PASSWORD, ip, t0 + i)).toBe("user");
  });
});

describe("retention of the sign-in record", () => {
  it(`keeps attempts for ${SIGN_IN_RETENTION_DAYS} days, then a later attempt deletes them`, async () => {
    const user = await newUser();
    const ip = newIp();
    const day = 24 * 60 * 60_000;
    const now = Date.now();
    const db = getDb();
    const old = await db.signInAttempt.create({
      data: { email: user.email, ip, userId: user.id, outcome: "FAILED", createdAt: new Date(now - (SIGN_IN_RETENTION_DAYS + 1) * day) },
    });
    const kept = await db.signInAttempt.create({
      data: { email: user.email, ip, userId: user.id, outcome: "FAILED", createdAt: new Date(now - (SIGN_IN_RETENTION_DAYS - 1) * day) },
    });

    expect(await outcome(user.email, TEST_PASSWORD, ip, now)).toBe("user");

    const left = await db.signInAttempt.findMany({ where: { email: user.email }, orderBy: { createdAt: "asc" } });
    expect(left.map((r) => r.id)).not.toContain(old.id);
    expect(left.map((r) => r.id)).toContain(kept.id);
    expect(left.at(-1)?.outcome).toBe("SUCCEEDED");
  });
});

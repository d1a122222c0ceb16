import { describe, expect, it } from "vitest";
import { expiryDateProblem, isoDayFrom, storedScopes, tokenExpiresAt, tokenStatus } from "@/lib/domain/api-tokens";

const NOW = new Date("2026-12-03T10:00:00Z");

describe("tokenExpiresAt", () => {
  it("counts days from the instant the token is made", () => {
    expect(tokenExpiresAt("7", null, NOW)?.toISOString()).toBe("2026-12-10T10:00:00.000Z");
    expect(tokenExpiresAt("365", null, NOW)?.toISOString()).toBe("2027-12-03T10:00:00.000Z");
  });

  it("keeps a chosen date valid through its whole day (UTC), and never is null", () => {
    expect(tokenExpiresAt("date", "2027-01-15", NOW)?.toISOString()).toBe("2027-01-16T00:00:00.000Z");
    expect(tokenExpiresAt("never", null, NOW)).toBeNull();
  });
});

describe("expiryDateProblem", () => {
  it.each([
    ["today", "2026-12-03", "Choose a date after today"],
    ["yesterday", "2026-12-02", "Choose a date after today"],
    ["a year and a day ahead", "2027-12-04", "Choose a date at most one year ahead (up to 2027-12-03)"],
  ])("refuses %s", (_label, date, message) => {
    expect(expiryDateProblem(date, NOW)).toBe(message);
  });

  it.each(["2026-12-04", "2027-12-03"])("accepts %s (tomorrow to a year ahead)", (date) => {
    expect(expiryDateProblem(date, NOW)).toBeNull();
  });

  it("reads days in UTC, whatever the hour", () => {
    expect(isoDayFrom(new Date("2026-12-31T23:59:59Z"), 1)).toBe("2027-01-01");
  });
});

describe("storedScopes", () => {
  it("stores read with write: a client that changes deals must read them", () => {
    expect(storedScopes(["WRITE"])).toEqual(["READ", "WRITE"]);
    expect(storedScopes(["WRITE", "READ", "WRITE"])).toEqual(["READ", "WRITE"]);
    expect(storedScopes(["READ"])).toEqual(["READ"]);
  });
});

describe("tokenStatus", () => {
  it("is revoked before expired, expired at the expiry instant, else active", () => {
    expect(tokenStatus({ revokedAt: NOW, expiresAt: new Date("2020-01-01") }, NOW)).toBe("revoked");
    expect(tokenStatus({ revokedAt: null, expiresAt: NOW }, NOW)).toBe("expired");
    expect(tokenStatus({ revokedAt: null, expiresAt: new Date(NOW.getTime() + 1) }, NOW)).toBe("active");
    expect(tokenStatus({ revokedAt: null, expiresAt: null }, NOW)).toBe("active");
  });
});

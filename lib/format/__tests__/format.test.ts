import { describe, expect, it } from "vitest";
import { READINESS_BAND_MIN_SCORE, readinessBand } from "@/lib/domain/readiness-band";
import { daysUntil, formatCalendarDate, formatDateTime, formatRelative } from "@/lib/format/dates";
import { formatCount, formatMinor, formatMinorCompact, formatMoneyMap, minorToInput } from "@/lib/format/money";
import { plural } from "@/lib/format/plural";
import { READINESS_BAND_LABEL } from "@/lib/format/readiness-labels";

describe("plural", () => {
  it("uses the singular for exactly one, the plural otherwise", () => {
    expect(plural(1, "blocker")).toBe("1 blocker");
    expect(plural(0, "blocker")).toBe("0 blockers");
    expect(plural(3, "decision")).toBe("3 decisions");
    expect(plural(2, "entity", "entities")).toBe("2 entities");
  });
});

describe("money", () => {
  it("writes minor units as an amount, cents only when there are any", () => {
    expect(formatMinor(125000050n, "USD")).toBe("$1,250,000.50");
    expect(formatMinor("100000000", "EUR")).toBe("€1,000,000");
    expect(formatMinor(0, "USD")).toBe("$0");
  });

  it("falls back to the code and a plain number when the currency is not an ISO code", () => {
    expect(formatMinor(150000, "DOLLARS")).toBe("DOLLARS 1,500");
    expect(formatMinorCompact(1230000000n, "DOLLARS")).toBe("DOLLARS 12,300,000");
  });

  it("writes compact amounts with at most one decimal", () => {
    expect(formatMinorCompact(1230000000n, "USD")).toBe("$12.3M");
    expect(formatMinorCompact("99", "GBP")).toBe("£0");
  });

  it("keeps totals per currency, largest first, and skips zero totals", () => {
    expect(formatMoneyMap({ EUR: "110000000", USD: "1230000000", GBP: "0" })).toBe("$12.3M · €1.1M");
    expect(formatMoneyMap({})).toBe("—");
    expect(formatMoneyMap({ USD: "0" })).toBe("—");
  });

  it("writes a form field's value without separators, the inverse of parseMoneyToMinor", () => {
    expect(minorToInput(125000050n)).toBe("1250000.50");
    expect(minorToInput(100000n)).toBe("1000");
    expect(minorToInput("5")).toBe("0.05");
  });

  it("groups counts in thousands", () => {
    expect(formatCount(12345)).toBe("12,345");
  });
});

describe("dates", () => {
  const now = new Date("2026-03-14T12:00:00Z");

  it("writes calendar dates in UTC, whatever the server's time zone", () => {
    expect(formatCalendarDate("2026-03-14")).toBe("14 Mar 2026");
    expect(formatDateTime("2026-03-14T09:05:00Z")).toBe("14 Mar 2026, 09:05 UTC");
  });

  it("counts whole calendar days from today", () => {
    expect(daysUntil("2026-03-14", now)).toBe(0);
    expect(daysUntil("2026-03-15", new Date("2026-03-14T23:59:00Z"))).toBe(1);
    expect(daysUntil("2026-03-01", now)).toBe(-13);
  });

  it("says how long ago, then gives the date beyond two months", () => {
    expect(formatRelative("2026-03-14T11:59:30Z", now)).toBe("just now");
    expect(formatRelative("2026-03-14T11:55:00Z", now)).toBe("5 minutes ago");
    expect(formatRelative("2026-03-14T09:00:00Z", now)).toBe("3 hours ago");
    expect(formatRelative("2026-03-13T12:00:00Z", now)).toBe("yesterday");
    expect(formatRelative("2026-02-28T12:00:00Z", now)).toBe("2 weeks ago");
    expect(formatRelative("2025-12-01T12:00:00Z", now)).toBe("1 Dec 2025");
  });
});

describe("readiness band labels", () => {
  it("name the thresholds the bands are computed with", () => {
    expect(READINESS_BAND_LABEL).toEqual({
      ready: "Ready to sign",
      close: "Close (70+, blocked)",
      partial: "Partial (40–69)",
      early: "Early (under 40)",
    });
    const { close, partial } = READINESS_BAND_MIN_SCORE;
    expect(readinessBand(close, false)).toBe("close");
    expect(readinessBand(close - 1, false)).toBe("partial");
    expect(readinessBand(partial, false)).toBe("partial");
    expect(readinessBand(partial - 1, false)).toBe("early");
    expect(readinessBand(0, true)).toBe("ready");
  });
});

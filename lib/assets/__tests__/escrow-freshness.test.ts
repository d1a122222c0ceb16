import { describe, expect, it } from "vitest";
import { escrowFreshness } from "../escrow-freshness";

const TODAY = "2026-06-30";
const quarterly = { freshnessDays: 90 };

describe("escrowFreshness (fixed clock)", () => {
  it("is NONE without an arrangement and NO_DEPOSIT before the first deposit", () => {
    expect(escrowFreshness(null, "2026-06-01", TODAY)).toEqual({ status: "NONE", ageDays: null, daysLeft: null });
    expect(escrowFreshness(quarterly, null, TODAY)).toEqual({ status: "NO_DEPOSIT", ageDays: null, daysLeft: null });
  });

  it("is fresh, due soon within 14 days of the limit, and stale past it", () => {
    expect(escrowFreshness(quarterly, "2026-06-01", TODAY)).toEqual({ status: "FRESH", ageDays: 29, daysLeft: 61 });
    expect(escrowFreshness(quarterly, "2026-04-16", TODAY)).toEqual({ status: "FRESH", ageDays: 75, daysLeft: 15 });
    expect(escrowFreshness(quarterly, "2026-04-15", TODAY)).toEqual({ status: "DUE_SOON", ageDays: 76, daysLeft: 14 });
    expect(escrowFreshness(quarterly, "2026-04-01", TODAY)).toEqual({ status: "DUE_SOON", ageDays: 90, daysLeft: 0 });
    expect(escrowFreshness(quarterly, "2026-03-31", TODAY)).toEqual({ status: "STALE", ageDays: 91, daysLeft: -1 });
  });

  it("counts calendar days across a year end", () => {
    expect(escrowFreshness({ freshnessDays: 30 }, "2025-12-15", "2026-01-20")).toEqual({ status: "STALE", ageDays: 36, daysLeft: -6 });
  });
});

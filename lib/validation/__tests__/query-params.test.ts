import { ZPortfolioFilter } from "../portfolio";
import { describe, expect, it } from "vitest";
import { ZActivityQuery } from "../audit-log";
import { ZDealListQuery } from "../deal";

// Regression: /deals/[id]/activity?page=1.01 answered 500 (a fractional page reached the database as
// a skip). Every query parameter is parsed by zod: a bad one reads as its default, never as an error.
describe("query strings read safely", () => {
  it.each(["1.01", "-3", "0", "abc", "1e9", "", " 2 "])("activity page %j", (page) => {
    const { page: parsed } = ZActivityQuery.parse({ page });
    expect(Number.isInteger(parsed) && parsed >= 1 && parsed <= 100_000).toBe(true);
  });

  it("keeps good values, ignores bad or repeated ones", () => {
    expect(ZActivityQuery.parse({ page: "3", entityType: "DealClause", action: " clause.updated " })).toEqual({
      page: 3,
      entityType: "DealClause",
      actorId: undefined,
      action: "clause.updated",
    });
    expect(ZActivityQuery.parse({ page: ["2", "5"], actorId: ["a", "b"], entityType: "x".repeat(41) })).toEqual({
      page: 1,
      entityType: undefined,
      actorId: undefined,
      action: undefined,
    });
  });

  it("the deal list reads a fractional page as page 1 too", () => {
    expect(ZDealListQuery.parse({ page: "1.01" }).page).toBe(1);
  });

  it("a filter PostgreSQL cannot compare (a NUL byte, a lone surrogate) means no filter, not a failed query", () => {
    expect(ZActivityQuery.parse({ actorId: "a\u0000", entityType: "\ud800", action: "clause.updated" })).toEqual({
      page: 1,
      entityType: undefined,
      actorId: undefined,
      action: "clause.updated",
    });
    expect(ZDealListQuery.parse({ q: "\u0000", vendor: "Acme\u0000" })).toMatchObject({ q: undefined, vendor: undefined });
    expect(ZPortfolioFilter.parse({ vendor: "Acme\u0000" }).vendor).toBeUndefined();
    expect(ZPortfolioFilter.parse({ vendor: "Acme AI" }).vendor).toBe("Acme AI");
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZApiDeal, ZApiDealCreate, ZApiDealList, ZApiDealPatch } from "@/lib/api/schemas/deal";
import { minorToDecimal, moneyByCurrency } from "@/lib/api/schemas/money";
import { ZApiPlaybook } from "@/lib/api/schemas/playbook";
import { ZApiPortfolio, ZApiPortfolioQuery } from "@/lib/api/schemas/portfolio";
import { decodeDealCursor, encodeDealCursor, ZDealFeedQuery } from "@/lib/validation/deal-feed";

describe("deal list cursor", () => {
  const position = { updatedAt: new Date("2026-12-01T10:20:30.456Z"), id: "cm0abc123def" };

  it("round-trips the last row's sort key and refuses anything edited", () => {
    const cursor = encodeDealCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDealCursor(cursor)).toEqual(position);
    const edited = [
      cursor.slice(0, -1),
      cursor + "A",
      cursor.replace(/.$/, (c) => (c === "A" ? "B" : "A")),
      Buffer.from(JSON.stringify([position.updatedAt.toISOString(), "bad id!"])).toString("base64url"),
      Buffer.from(JSON.stringify(["2026-13-45T00:00:00Z", position.id])).toString("base64url"),
      Buffer.from(JSON.stringify({ updatedAt: position.updatedAt, id: position.id })).toString("base64url"),
      "",
      "%%%",
    ];
    for (const value of edited) expect([value, decodeDealCursor(value)]).toEqual([value, null]);
  });
});

describe("deal list query", () => {
  it("reads several stages, the defaults and a time, and names each bad parameter", () => {
    expect(ZDealFeedQuery.parse({ stage: "intake, SIGNED,INTAKE" })).toEqual({ stage: ["INTAKE", "SIGNED"], archived: "false", limit: 25 });
    expect(ZDealFeedQuery.parse({ updatedSince: "2026-12-01T00:00:00+01:00", limit: "100" })).toMatchObject({
      updatedSince: new Date("2026-11-30T23:00:00Z"),
      limit: 100,
    });
    const bad = ZDealFeedQuery.safeParse({ stage: "SOLD", limit: "0", archived: "yes", updatedSince: "2026-12-01", cursor: "x", ownerId: "a b" });
    expect(bad.success).toBe(false);
    expect(new Set(bad.error!.issues.map((i) => i.path[0]))).toEqual(new Set(["stage", "limit", "archived", "updatedSince", "cursor", "ownerId"]));
  });

  it("refuses a bad portfolio filter instead of ignoring it as the dashboard does", () => {
    expect(ZApiPortfolioQuery.safeParse({ stage: "SOLD" }).success).toBe(false);
    expect(ZApiPortfolioQuery.parse({ signing: "90" })).toEqual({ signing: "90" });
  });
});

describe("deal bodies", () => {
  const base = { name: "Model", vendor: "Acme", hostingModel: "SELF_HOSTED", currency: "EUR" };

  it("create: the form's defaults, money as text or number, unknown fields refused", () => {
    expect(ZApiDealCreate.parse(base)).toMatchObject({ contractValue: 0n, stage: "INTAKE", useCaseCategory: "UNSPECIFIED" });
    expect(ZApiDealCreate.parse({ ...base, contractValue: "1,250,000.50" }).contractValue).toBe(125000050n);
    expect(ZApiDealCreate.parse({ ...base, contractValue: 99.5 }).contractValue).toBe(9950n);
    expect(ZApiDealCreate.safeParse({ ...base, colour: "blue" }).error?.issues[0].message).toBe("Not fields of a deal: colour");
  });

  it("patch: only the fields sent, none of the form's defaults, at least one", () => {
    expect(ZApiDealPatch.parse({ name: "New" })).toEqual({ name: "New" });
    expect(ZApiDealPatch.parse({ stage: "NEGOTIATING", contractValue: "10" })).toEqual({ stage: "NEGOTIATING", contractValue: 1000n });
    expect(ZApiDealPatch.safeParse({}).success).toBe(false);
  });
});

describe("money", () => {
  it("writes minor units as a decimal string with two decimals", () => {
    expect([minorToDecimal(0n), minorToDecimal(5n), minorToDecimal(125000050n), minorToDecimal("25000000")]).toEqual([
      "0.00",
      "0.05",
      "1250000.50",
      "250000.00",
    ]);
    expect(minorToDecimal(10n ** 20n)).toBe("1000000000000000000.00");
    expect(moneyByCurrency({ EUR: "100", USD: "12345" })).toEqual({ EUR: "1.00", USD: "123.45" });
  });
});

describe("OpenAPI", () => {
  it("every schema of these endpoints can be written as JSON Schema", () => {
    for (const schema of [ZDealFeedQuery, ZApiPortfolioQuery, ZApiDealCreate, ZApiDealPatch])
      expect(() => z.toJSONSchema(schema, { io: "input" })).not.toThrow();
    for (const schema of [ZApiDeal, ZApiDealList, ZApiPortfolio, ZApiPlaybook]) expect(() => z.toJSONSchema(schema, { io: "output" })).not.toThrow();
  });
});

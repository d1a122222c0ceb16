import { describe, expect, it } from "vitest";
import { BODY_LIMIT_BYTES, bodyLimitFor, checkBodySize } from "@/lib/http/body-limits";

const headers = (h: Record<string, string>) => new Headers(h);

describe("checkBodySize", () => {
  it("gives sign-in, the API and server actions their own limits", () => {
    expect(bodyLimitFor("/api/auth/callback/credentials")).toBe(BODY_LIMIT_BYTES.signIn);
    expect(bodyLimitFor("/api/v1/analyze")).toBe(BODY_LIMIT_BYTES.api);
    expect(bodyLimitFor("/deals/abc/clauses/def")).toBe(BODY_LIMIT_BYTES.action);
    expect(BODY_LIMIT_BYTES.signIn).toBeLessThan(BODY_LIMIT_BYTES.api);
    expect(bodyLimitFor("/api/v1/deals/abc/manifests")).toBe(5 * 1024 * 1024);
  });

  it("lets a declared body up to the limit through and refuses one byte more with 413", () => {
    const limit = BODY_LIMIT_BYTES.signIn;
    expect(checkBodySize("POST", headers({ "content-length": String(limit) }), "/api/auth/callback/credentials")).toBeNull();
    const refusal = checkBodySize("POST", headers({ "content-length": String(limit + 1) }), "/api/auth/callback/credentials");
    expect(refusal).toEqual({ status: 413, message: "The request is too large: this endpoint accepts at most 16 KB. Nothing was saved." });
  });

  it("refuses a length that is not a plain number, and a chunked body with no length (411)", () => {
    for (const bad of ["-1", "1e9", "abc", "99999999999999999999"]) {
      expect(checkBodySize("POST", headers({ "content-length": bad }), "/deals")?.status, bad).toBe(413);
    }
    expect(checkBodySize("POST", headers({ "transfer-encoding": "chunked" }), "/deals")?.status).toBe(411);
    expect(checkBodySize("PUT", headers({ "transfer-encoding": "chunked" }), "/api/v1/analyze")?.status).toBe(411);
  });

  it("leaves reads and bodiless requests alone", () => {
    expect(checkBodySize("GET", headers({ "content-length": "999999999" }), "/deals")).toBeNull();
    expect(checkBodySize("HEAD", headers({ "transfer-encoding": "chunked" }), "/deals")).toBeNull();
    expect(checkBodySize("POST", headers({}), "/api/auth/signout")).toBeNull();
  });
});

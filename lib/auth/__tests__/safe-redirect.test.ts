import { describe, expect, it } from "vitest";
import { safeAuthRedirect, safeRedirectPath } from "@/lib/auth/safe-redirect";

describe("safeRedirectPath: after sign-in, only to a path on this site", () => {
  it.each([
    ["/", "/"],
    ["/deals", "/deals"],
    ["/deals/abc/report?tab=layers#exit", "/deals/abc/report?tab=layers#exit"],
    ["/deals?q=a%20b", "/deals?q=a%20b"],
    ["/portfolio/", "/portfolio/"],
  ])("keeps %s", (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%255Cevil.example",
    "/%2F%2Fevil.example",
    "%2F%2Fevil.example",
    "/%2Fevil.example",
    "/\tevil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/%09/evil.example",
    "/%0A/evil.example",
    "/%0D%0A/evil.example",
    "/\u0000/evil.example",
    "https://evil.example",
    "http://evil.example/deals",
    "HTTPS://evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "\u0001javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "deals",
    " /deals",
    "",
    "/%E0%A4%A", // malformed percent-encoding
    "/" + "a".repeat(3000),
  ])("sends %j to /", (input) => {
    expect(safeRedirectPath(input)).toBe("/");
  });

  it("falls back for values that are not strings", () => {
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath(null)).toBe("/");
    expect(safeRedirectPath(["/deals"])).toBe("/");
  });
});

describe("safeAuthRedirect: next-auth's redirect callback", () => {
  const base = "http://app.local:3000";
  it.each([
    ["/deals", `${base}/deals`],
    [`${base}/deals?x=1`, `${base}/deals?x=1`],
    [`${base}`, `${base}/`],
    ["https://evil.example/deals", `${base}/`],
    ["http://app.local:3000.evil.example/", `${base}/`],
    ["/\\evil.example", `${base}/`],
    ["/%5Cevil.example", `${base}/`],
    [`${base}//evil.example`, `${base}/`],
    ["javascript:alert(1)", `${base}/`],
  ])("%s → %s", (url, expected) => {
    expect(safeAuthRedirect(url, base)).toBe(expected);
  });
});

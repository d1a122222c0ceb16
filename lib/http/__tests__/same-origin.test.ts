import { describe, expect, it } from "vitest";
import { checkOrigin } from "@/lib/http/same-origin";

const verdict = (headers: Record<string, string>, appUrl?: string) => checkOrigin(new Headers(headers), appUrl);

describe("checkOrigin: state changes only from the app's own pages", () => {
  it.each([
    ["the request's own host", { host: "app.local:3000", origin: "http://app.local:3000" }, undefined],
    [
      "the host a reverse proxy forwarded",
      { host: "10.0.0.5:3000", "x-forwarded-host": "deals.example.com", "x-forwarded-proto": "https", origin: "https://deals.example.com" },
      undefined,
    ],
    ["NEXTAUTH_URL's origin", { host: "10.0.0.5:3000", origin: "https://deals.example.com" }, "https://deals.example.com/"],
    ["upper-case scheme and host", { host: "app.local", origin: "HTTP://APP.LOCAL" }, undefined],
  ])("accepts %s", (_, headers, appUrl) => {
    expect(verdict(headers, appUrl)).toBe("same-origin");
  });

  it.each([
    ["no Origin", { host: "app.local" }, "missing"],
    ["an empty Origin", { host: "app.local", origin: "" }, "missing"],
    ["Origin: null", { host: "app.local", origin: "null" }, "missing"],
    ["another site", { host: "app.local", origin: "https://evil.example" }, "foreign"],
    ["a look-alike subdomain", { host: "app.local", origin: "http://app.local.evil.example" }, "foreign"],
    ["the same host on another port", { host: "app.local", origin: "http://app.local:8080" }, "foreign"],
    ["https when the app is served over http", { host: "app.local", origin: "https://app.local" }, "foreign"],
    ["http when a proxy says https", { host: "app.local", "x-forwarded-proto": "https", origin: "http://app.local" }, "foreign"],
    ["an Origin with a path", { host: "app.local", origin: "http://app.local/evil" }, "foreign"],
    ["an Origin with credentials", { host: "app.local", origin: "http://user@app.local" }, "foreign"],
    ["garbage", { host: "app.local", origin: "not a url" }, "foreign"],
    ["no Host to compare with", { origin: "http://app.local" }, "foreign"],
  ])("refuses %s", (_, headers, expected) => {
    expect(verdict(headers as Record<string, string>, "http://configured.example")).toBe(expected);
  });
});

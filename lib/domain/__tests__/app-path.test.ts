import { describe, expect, it } from "vitest";
import { isAppPath } from "@/lib/domain/app-path";

describe("isAppPath", () => {
  it.each(["/deals/d1/review", "/deals/d1/clauses/c1#comment-9", "/", "/inbox?filter=unread"])("accepts the app path %s", (link) => {
    expect(isAppPath(link)).toBe(true);
  });

  it.each([
    ["another site, protocol-relative", "//evil.example/deals"],
    ["another site, backslash (browsers read it as //)", "/\\evil.example"],
    ["an absolute URL", "https://evil.example/deals"],
    ["a script", "javascript:alert(1)"],
    ["a relative path", "deals/d1"],
    ["empty", ""],
    ["a newline inside", "/deals\n/x"],
    ["a space inside", "/deals /x"],
    ["a tab before the slashes", "/\t/evil.example"],
  ])("refuses %s", (_label, link) => {
    expect(isAppPath(link)).toBe(false);
  });
});

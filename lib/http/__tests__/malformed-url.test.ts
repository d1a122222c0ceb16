import { describe, expect, it } from "vitest";
import { isMalformedUrl } from "@/lib/http/malformed-url";

describe("isMalformedUrl", () => {
  it.each([
    ["/deals/cmx4ixuc6007iop7dn1l3eru8/report/pdf", ""],
    ["/deals", "?q=caf%C3%A9&stage=INTAKE"],
    ["/deals", "?q=%ZZ"], // the query parser reads a bad escape as text
    ["/%64eals", ""],
    ["/deals/%F0%9F%98%80", ""],
  ])("lets %s%s through", (pathname, search) => {
    expect(isMalformedUrl(pathname, search)).toBe(false);
  });

  it.each([
    ["/deals/%00/report/pdf", ""],
    ["/deals/abc", "?actorId=%00"],
    ["/portfolio/export", "?vendor=a%00b"],
    ["/deals/%ZZ/activity", ""],
    ["/deals/%ED%A0%80", ""],
    ["/deals/%", ""],
  ])("refuses %s%s", (pathname, search) => {
    expect(isMalformedUrl(pathname, search)).toBe(true);
  });
});

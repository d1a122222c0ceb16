import { describe, expect, it } from "vitest";
import { ZVersion } from "@/lib/validation/common";

// The version a form read (optimistic concurrency). A malformed call must not name a real version by
// coercion: `true` would be 1, `[2]` would be 2.

describe("ZVersion", () => {
  it("takes the number a form sends as a string, or a number", () => {
    expect(ZVersion.parse("1")).toBe(1);
    expect(ZVersion.parse(" 12 ")).toBe(12);
    expect(ZVersion.parse(7)).toBe(7);
  });

  it.each([true, false, null, undefined, [1], ["2"], {}, "", "0", 0, -1, 1.5, "x", "1e400"])("refuses %j with the field's message", (value) => {
    const result = ZVersion.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("Missing version");
  });
});

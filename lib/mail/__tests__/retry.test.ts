import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, nextAttemptDelayMs, withoutTokenLinks } from "@/lib/mail/retry";
import { TOKEN_PATTERN, newToken } from "@/lib/auth/tokens";

const MINUTE = 60_000;

describe("nextAttemptDelayMs: the back-off after a failed attempt", () => {
  it("waits 1 min, 5 min, 15 min, 1 h, 4 h after attempts 1 to 5", () => {
    expect([1, 2, 3, 4, 5].map(nextAttemptDelayMs)).toEqual([1 * MINUTE, 5 * MINUTE, 15 * MINUTE, 60 * MINUTE, 240 * MINUTE]);
  });

  it("gives up after MAX_ATTEMPTS (six tries over about five and a half hours)", () => {
    expect(MAX_ATTEMPTS).toBe(6);
    expect(nextAttemptDelayMs(MAX_ATTEMPTS)).toBeNull();
    expect(nextAttemptDelayMs(MAX_ATTEMPTS + 1)).toBeNull();
    // The last delay before giving up is the longest.
    expect(nextAttemptDelayMs(MAX_ATTEMPTS - 1)).toBe(240 * MINUTE);
  });

  it("treats an attempt count below 1 as the first", () => {
    expect(nextAttemptDelayMs(0)).toBe(MINUTE);
  });
});

describe("withoutTokenLinks: the copy kept after sending", () => {
  it("removes the token of invitation and reset links and keeps the rest of the text", () => {
    const invite = newToken().token;
    const reset = newToken().token;
    expect(TOKEN_PATTERN.test(invite)).toBe(true);
    const text = `Accept: https://app.example/invite/${invite}\nReset: https://app.example/reset-password/${reset}.\nBye`;
    expect(withoutTokenLinks(text)).toBe(
      "Accept: https://app.example/invite/[link removed after sending]\nReset: https://app.example/reset-password/[link removed after sending].\nBye",
    );
  });

  it("leaves other links and short path segments alone", () => {
    const text = "See https://app.example/deals/cmx4pll2600430r7do45ure28 and https://app.example/invite/abc";
    expect(withoutTokenLinks(text)).toBe(text);
  });
});

import { describe, expect, it } from "vitest";
import {
  clientAddress,
  isSignInThrottledMessage,
  SIGN_IN_FAILURES_PER_ACCOUNT,
  SIGN_IN_FAILURES_PER_ADDRESS,
  SIGN_IN_WINDOW_MS,
  signInThrottledMessage,
} from "../sign-in-limits";

describe("sign-in limits", () => {
  it("are 5 failures per account and 20 per address in 15 minutes", () => {
    expect([SIGN_IN_FAILURES_PER_ACCOUNT, SIGN_IN_FAILURES_PER_ADDRESS, SIGN_IN_WINDOW_MS]).toEqual([5, 20, 15 * 60_000]);
  });

  it("say how long to wait, and the login form shows only those messages verbatim", () => {
    expect(signInThrottledMessage(15)).toBe("Too many sign-in attempts. Try again in 15 minutes.");
    expect(signInThrottledMessage(1)).toBe("Too many sign-in attempts. Try again in 1 minute.");
    expect(isSignInThrottledMessage(signInThrottledMessage(7))).toBe(true);
    expect(isSignInThrottledMessage("CredentialsSignin")).toBe(false);
    expect(isSignInThrottledMessage("Too many sign-in attempts. Try again in 5 minutes.<script>")).toBe(false);
    expect(isSignInThrottledMessage(undefined)).toBe(false);
  });
});

describe("clientAddress", () => {
  it("takes the first hop of x-forwarded-for, else x-real-ip, else 'unknown'", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" })).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": " 2001:db8::1 ", "x-real-ip": "10.0.0.9" }))).toBe("2001:db8::1");
    expect(clientAddress({ "x-real-ip": "10.0.0.9" })).toBe("10.0.0.9");
    expect(clientAddress({ "x-forwarded-for": "" })).toBe("unknown");
    expect(clientAddress(undefined)).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "a".repeat(5000) })).toHaveLength(100);
  });
});

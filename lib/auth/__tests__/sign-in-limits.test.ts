import { describe, expect, it } from "vitest";
import {
  clientAddress,
  isSignInThrottledMessage,
  SIGN_IN_FAILURES_PER_ACCOUNT,
  SIGN_IN_FAILURES_PER_ADDRESS,
  SIGN_IN_WINDOW_MS,
  SIGN_IN_UNAVAILABLE_MESSAGE,
  signInFailureMessage,
  signInThrottledMessage,
  trustedProxyHops,
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

  it("the login form shows the throttle's and the outage message verbatim, anything else as one message", () => {
    expect(signInFailureMessage(signInThrottledMessage(3))).toBe("Too many sign-in attempts. Try again in 3 minutes.");
    expect(signInFailureMessage(SIGN_IN_UNAVAILABLE_MESSAGE)).toBe(SIGN_IN_UNAVAILABLE_MESSAGE);
    for (const other of ["CredentialsSignin", "connect ECONNREFUSED 127.0.0.1:5432", undefined]) {
      expect(signInFailureMessage(other)).toBe("The email or password is incorrect.");
    }
  });
});

describe("clientAddress", () => {
  // As the server sees the header: the client's own entries, each proxy's, then the socket's address.
  const forged = { "x-forwarded-for": "198.51.100.1, 10.0.0.1, 203.0.113.7" };

  it("with no trusted proxy, is the socket's address (the right-most entry), whatever the client put before it", () => {
    expect(clientAddress(forged, 0)).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7" }, 0)).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": " 2001:db8::1 , ::1 " }), 0)).toBe("::1");
  });

  it("behind N trusted proxies, is the entry N hops left of the socket's: what the outermost proxy saw", () => {
    expect(clientAddress(forged, 1)).toBe("10.0.0.1");
    expect(clientAddress(forged, 2)).toBe("198.51.100.1");
    expect(clientAddress(forged, 5)).toBe("198.51.100.1");
    expect(clientAddress({ "x-forwarded-for": ["192.0.2.4, 10.0.0.1", "10.0.0.2"] }, 1)).toBe("10.0.0.1");
  });

  it("ignores x-real-ip (a client can send it) and is 'unknown' without x-forwarded-for", () => {
    expect(clientAddress({ "x-real-ip": "10.0.0.9" }, 0)).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": " , " }, 0)).toBe("unknown");
    expect(clientAddress(undefined, 0)).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "a".repeat(5000) }, 0)).toHaveLength(100);
  });

  it("reads TRUSTED_PROXY_HOPS: a whole number from 0 to 10, anything else is 0", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    for (const bad of ["-1", "1.5", "eleven", "11"]) expect(trustedProxyHops(bad)).toBe(0);
  });
});

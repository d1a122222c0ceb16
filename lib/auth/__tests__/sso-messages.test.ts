import { describe, expect, it } from "vitest";
import { isSsoRequiredMessage, ssoErrorMessage, ssoRequiredMessage } from "@/lib/auth/sso-messages";

describe("login page messages after single sign-on", () => {
  it("turns known codes into our sentences, with names from the server", () => {
    expect(ssoErrorMessage("sso-unverified")).toBe("Your identity provider has not verified your email address.");
    expect(ssoErrorMessage("sso-domain", { provider: "Corp SSO" })).toBe("Your email domain is not allowed to join through Corp SSO.");
    expect(ssoErrorMessage("sso-domain")).toBe("Your email domain is not allowed to join through your identity provider.");
    expect(ssoErrorMessage("sso-disabled")).toBe("Your access to your organisation has been disabled. Ask its administrator.");
    expect(ssoErrorMessage("OAuthCallback")).toBe("Single sign-on did not complete. Try again.");
  });

  it("shows nothing for anything else, so the query text is never echoed", () => {
    for (const raw of ["<script>alert(1)</script>", "constructor", "toString", "__proto__", "", undefined, ["sso-domain"]]) {
      expect(ssoErrorMessage(raw)).toBeNull();
    }
  });

  it("recognises exactly the password-refusal sentences it makes", () => {
    expect(isSsoRequiredMessage(ssoRequiredMessage("Demo Corp", "Corp SSO"))).toBe(true);
    expect(isSsoRequiredMessage(ssoRequiredMessage("Demo Corp", null))).toBe(true);
    expect(ssoRequiredMessage("Demo Corp", "Corp SSO")).toBe("Demo Corp signs in through single sign-on: use the Corp SSO button.");
    expect(isSsoRequiredMessage("The email or password is incorrect.")).toBe(false);
    expect(isSsoRequiredMessage("x signs in through single sign-on: use the y button.\nmore")).toBe(false);
    expect(isSsoRequiredMessage(42)).toBe(false);
  });
});

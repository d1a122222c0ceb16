import { afterEach, describe, expect, it, vi } from "vitest";
import { oidcOAuthProviders } from "@/lib/auth/sso-next-auth";

describe("next-auth providers from the environment", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("none without OIDC_PROVIDERS (the embedded default)", () => {
    vi.stubEnv("OIDC_PROVIDERS", "");
    expect(oidcOAuthProviders()).toEqual([]);
  });

  it("one OAuth provider per configured entry, read from the well-known document at sign-in", () => {
    vi.stubEnv("OIDC_PROVIDERS", "corp-sso");
    vi.stubEnv("OIDC_CORP_SSO_ISSUER", "https://login.example.test/");
    vi.stubEnv("OIDC_CORP_SSO_CLIENT_ID", "client");
    vi.stubEnv("OIDC_CORP_SSO_CLIENT_SECRET", "secret");
    vi.stubEnv("OIDC_CORP_SSO_NAME", "Corp SSO");
    const [provider, ...rest] = oidcOAuthProviders();
    expect(rest).toEqual([]);
    expect(provider).toMatchObject({
      id: "corp-sso",
      name: "Corp SSO",
      type: "oauth",
      wellKnown: "https://login.example.test/.well-known/openid-configuration",
      clientId: "client",
      clientSecret: "secret",
      idToken: true,
      checks: ["pkce", "state"],
      authorization: { params: { scope: "openid email profile" } },
    });
    expect(provider.profile({ sub: "abc", name: "Ada", email: "ada@example.test" }, {})).toEqual({ id: "abc", name: "Ada", email: null, image: null });
  });
});

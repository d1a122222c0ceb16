// The test identity provider's client and people (e2e/support/oidc-provider.ts), apart from the
// provider itself so that playwright.config.ts and the specs can read them without loading it.

export const OIDC_PROVIDER_ID = "corp-sso";
export const OIDC_PROVIDER_NAME = "Corp SSO";
export const OIDC_CLIENT_ID = "dealplaybook-e2e";
export const OIDC_CLIENT_SECRET = "e2e-only-oidc-client-secret-not-for-production";

export interface OidcTestAccount {
  sub: string;
  email: string;
  email_verified: boolean;
  name: string;
}

/** The people the provider knows; e2e/sso.spec.ts gives each a part to play. */
export const OIDC_ACCOUNTS = {
  verified: { sub: "ada", email: "ada@sso-corp.test", email_verified: true, name: "Ada Sso" },
  unverified: { sub: "una", email: "una@sso-corp.test", email_verified: false, name: "Una Unverified" },
  otherDomain: { sub: "olaf", email: "olaf@elsewhere.test", email_verified: true, name: "Olaf Elsewhere" },
  disabled: { sub: "dora", email: "dora@sso-corp.test", email_verified: true, name: "Dora Disabled" },
} satisfies Record<string, OidcTestAccount>;

import type { Account, Profile } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { headers } from "next/headers";
import type { TokenSet } from "openid-client";
import { oidcProviders } from "@/lib/auth/oidc-config";
import { clientAddress } from "@/lib/auth/sign-in-limits";
import { ssoSessionUser, ssoSignIn } from "@/lib/auth/sso-sign-in";

// next-auth's side of single sign-on: one OAuth provider per configured OIDC provider, and the
// callbacks that hand the provider's assertion to lib/auth/sso-sign-in.ts.

type Claims = Record<string, unknown> & { sub: string };

/**
 * One next-auth provider per OIDC provider of the environment. Nothing is fetched here: next-auth
 * reads the well-known document when someone signs in.
 */
export function oidcOAuthProviders(): OAuthConfig<Claims>[] {
  return oidcProviders().map((p) => ({
    id: p.id,
    name: p.name,
    type: "oauth",
    wellKnown: `${p.issuer}/.well-known/openid-configuration`,
    issuer: p.issuer,
    clientId: p.clientId,
    clientSecret: p.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    checks: ["pkce", "state"],
    // The ID token is validated (issuer, audience, signature), but a conforming provider may put only
    // `sub` in it and serve email and email_verified from its userinfo endpoint (oidc-provider does by
    // default, conformIdTokenClaims). So the claims are the ID token's completed by userinfo, whose
    // `sub` openid-client checks against the ID token's.
    idToken: true,
    userinfo: {
      async request({ client, tokens }) {
        // next-auth hands over the TokenSet of client.callback() (its type says less).
        const tokenSet = tokens as TokenSet;
        const userinfo = tokenSet.access_token ? await client.userinfo(tokenSet) : {};
        return { ...tokenSet.claims(), ...userinfo } as Claims;
      },
    },
    profile: (claims) => ({ id: claims.sub, name: typeof claims.name === "string" ? claims.name : null, email: null, image: null }),
  }));
}

/** The signIn callback of an OAuth sign-in: true, or the login page with the refusal's code. */
export async function ssoSignInCallback(account: Account, profile: Profile | undefined): Promise<true | string> {
  const claims = (profile ?? {}) as Record<string, unknown>;
  const ip = clientAddress(await headers());
  const result = await ssoSignIn(
    { provider: account.provider, subject: account.providerAccountId, email: claims.email, emailVerified: claims.email_verified, name: claims.name },
    { ip },
  );
  if (result.ok) return true;
  const query = new URLSearchParams({ error: result.code, provider: account.provider });
  return `/login?${query}`;
}

/** The account behind an SSO sign-in ssoSignInCallback let in. */
export async function ssoTokenUser(account: Account): Promise<{ id: string; sessionVersion: number }> {
  const user = await ssoSessionUser(account.provider, account.providerAccountId);
  if (!user) throw new Error(`No account is linked to ${account.provider} subject ${account.providerAccountId}`);
  return user;
}

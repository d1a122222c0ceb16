import http from "node:http";
import Provider, { type Configuration } from "oidc-provider";
import { OIDC_ACCOUNTS, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_PROVIDER_ID } from "./oidc-accounts";

// A real OpenID Connect provider (`oidc-provider`) on loopback, the identity provider the app's SSO
// signs in with in end-to-end tests. Its development login form (devInteractions) takes any password;
// the login is the account id, taken verbatim as the session's account (and so as `sub`).

export async function startOidcProvider(port: number, appPort: number): Promise<{ close: () => Promise<void> }> {
  const issuer = `http://127.0.0.1:${port}`;
  const configuration: Configuration = {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: OIDC_CLIENT_SECRET,
        redirect_uris: [`http://localhost:${appPort}/api/auth/callback/${OIDC_PROVIDER_ID}`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    pkce: { required: () => true },
    cookies: { keys: ["e2e-only-oidc-cookie-key"] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, accountId) {
      const account = Object.values(OIDC_ACCOUNTS).find((a) => a.sub === accountId);
      return account ? { accountId, claims: async () => ({ ...account }) } : undefined;
    },
  };
  const provider = new Provider(issuer, configuration);
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return { close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

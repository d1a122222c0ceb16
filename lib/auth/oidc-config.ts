// The deployment's OpenID Connect identity providers, from the environment:
//   OIDC_PROVIDERS=corp,partner            ids (letters, digits, hyphens), in the order the sign-in page shows them
//   OIDC_CORP_ISSUER=https://login.example.com/   issuer URL (its /.well-known/openid-configuration is read at sign-in)
//   OIDC_CORP_CLIENT_ID=…  OIDC_CORP_CLIENT_SECRET=…
//   OIDC_CORP_NAME="Example SSO"           label of the button (default: the id)
// An id's variables use its upper-cased form with hyphens as underscores (corp-idp → OIDC_CORP_IDP_…).
// An organisation links one of them in /admin/settings.

export interface OidcProviderConfig {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

function envKey(id: string, field: string): string {
  return `OIDC_${id.toUpperCase().replace(/-/g, "_")}_${field}`;
}

/** Every configured provider; a listed id with a missing issuer, client id or secret is an error, not silently skipped. */
export function oidcProviders(env: NodeJS.ProcessEnv = process.env): OidcProviderConfig[] {
  const ids = (env.OIDC_PROVIDERS ?? "")
    .split(",")
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(ids)].map((id) => {
    if (!ID.test(id)) throw new Error(`OIDC_PROVIDERS: "${id}" is not a valid provider id (letters, digits and hyphens)`);
    const issuer = env[envKey(id, "ISSUER")];
    const clientId = env[envKey(id, "CLIENT_ID")];
    const clientSecret = env[envKey(id, "CLIENT_SECRET")];
    const missing = [!issuer && envKey(id, "ISSUER"), !clientId && envKey(id, "CLIENT_ID"), !clientSecret && envKey(id, "CLIENT_SECRET")].filter(Boolean);
    if (missing.length) throw new Error(`OIDC provider "${id}" needs ${missing.join(", ")}`);
    return { id, name: env[envKey(id, "NAME")] || id, issuer: issuer!.replace(/\/+$/, ""), clientId: clientId!, clientSecret: clientSecret! };
  });
}

export function oidcProvider(id: string | null | undefined): OidcProviderConfig | undefined {
  return id ? oidcProviders().find((p) => p.id === id) : undefined;
}

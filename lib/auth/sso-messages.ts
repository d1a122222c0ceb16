// What the login page says after a single sign-on did not let someone in. Pure: the login page and
// form import it. next-auth sends the browser to /login?error=<code>; only known codes are shown,
// as our own sentences (the query text is never echoed).

export const SSO_REFUSALS = {
  "sso-unverified": "Your identity provider has not verified your email address.",
  "sso-domain": "Your email domain is not allowed to join through {provider}.",
  "sso-disabled": "Your access to {organization} has been disabled. Ask its administrator.",
  "sso-inactive": "Your account has been deactivated. Ask your administrator.",
  "sso-email": "Your identity provider did not send a usable email address.",
} as const;

export type SsoRefusalCode = keyof typeof SSO_REFUSALS;

// next-auth's own error codes for an OAuth sign-in that failed before our checks (the provider was
// unreachable, the person cancelled, the state or PKCE check failed).
const NEXT_AUTH_ERRORS: Record<string, string> = {
  OAuthSignin: "Single sign-on could not start. Try again in a moment.",
  OAuthCallback: "Single sign-on did not complete. Try again.",
  Callback: "Single sign-on did not complete. Try again.",
  AccessDenied: "Sign-in was refused.",
  Configuration: "Single sign-on is not configured correctly. Ask your administrator.",
};

export function isSsoRefusalCode(code: unknown): code is SsoRefusalCode {
  return typeof code === "string" && Object.hasOwn(SSO_REFUSALS, code);
}

/** The sentence for `?error=`; null for an unknown value (nothing is shown). Names come from the server, never from the URL. */
export function ssoErrorMessage(code: unknown, names: { provider?: string; organization?: string } = {}): string | null {
  if (isSsoRefusalCode(code)) {
    return SSO_REFUSALS[code]
      .replace("{provider}", names.provider ?? "your identity provider")
      .replace("{organization}", names.organization ?? "your organisation");
  }
  if (typeof code === "string" && Object.hasOwn(NEXT_AUTH_ERRORS, code)) return NEXT_AUTH_ERRORS[code];
  return null;
}

/** Password sign-in refused because every organisation of the person requires single sign-on. */
export function ssoRequiredMessage(organization: string, provider: string | null): string {
  return provider
    ? `${organization} signs in through single sign-on: use the ${provider} button.`
    : `${organization} signs in through single sign-on, which is not set up on this server. Ask your administrator.`;
}

/** True for exactly the sentences ssoRequiredMessage makes (the login form shows those verbatim). */
export function isSsoRequiredMessage(text: unknown): text is string {
  return (
    typeof text === "string" &&
    text.length <= 400 &&
    /^[^\n]{1,200} signs in through single sign-on(?:: use the [^\n]{1,120} button\.|, which is not set up on this server\. Ask your administrator\.)$/.test(
      text,
    )
  );
}

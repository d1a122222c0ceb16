// The security headers that depend on the request: the Content-Security-Policy with a fresh nonce
// (Next reads it from the request's CSP header and puts it on its own scripts) and HSTS. Set by
// proxy.ts on every response; the static ones (Permissions-Policy, COOP, Referrer-Policy, nosniff,
// X-Frame-Options) come from next.config.js headers().

/** 16 random bytes, base64: unguessable and fresh for every request. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts only from this origin with this response's nonce ('strict-dynamic' lets Next's nonced
 * loader add its chunks). Styles: the stylesheets from this origin and nonced <style> elements;
 * `style` attributes are allowed (style-src-attr) because the progress bars set widths inline — an
 * inline style cannot run code. Dev mode needs eval (React's call stacks) and the HMR websocket.
 */
export function contentSecurityPolicy(nonce: string, { dev = false, https = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** HTTPS deployments only: NEXTAUTH_URL is https, or the proxy in front says the request was. */
export function servedOverHttps(requestHeaders: Headers, appUrl: string | undefined = process.env.NEXTAUTH_URL): boolean {
  if (appUrl?.toLowerCase().startsWith("https://")) return true;
  return requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}

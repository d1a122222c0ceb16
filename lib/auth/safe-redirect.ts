// Where sign-in may send someone afterwards: only a path on this site. Used by the login page, the
// login form (before window.location.assign) and next-auth's redirect callback. No server-only
// import: the login form runs in the browser.

const MAX_LENGTH = 2048;
const PROBE_ORIGIN = "http://probe.invalid";

/**
 * `raw` if it is a same-origin path, else `fallback`. Accepted: a single `/` not followed by `/` or
 * `\`, with no backslash and no control character (tab, newline…) anywhere, even after
 * percent-decoding (repeatedly, so %255C is caught too), and resolving to this origin. Everything
 * else — `//evil`, `/\evil`, `/%5Cevil`, `/%2F%2Fevil`, `https://evil`, `javascript:…` — is `fallback`.
 */
export function safeRedirectPath(raw: unknown, fallback = "/"): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_LENGTH) return fallback;
  const forms = [raw];
  let current = raw;
  for (let round = 0; round < 5; round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return fallback;
    }
    if (decoded === current) break;
    forms.push(decoded);
    current = decoded;
  }
  for (const form of forms) {
    if (/[\u0000-\u001f\u007f\\]/.test(form)) return fallback;
    if (!form.startsWith("/") || form.startsWith("//")) return fallback;
  }
  try {
    const url = new URL(raw, PROBE_ORIGIN);
    if (url.origin !== PROBE_ORIGIN) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}

/**
 * next-auth's redirect callback: `url` is either a path or an absolute URL; only this site's own
 * paths survive, anything else goes to the site root.
 */
export function safeAuthRedirect(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  const root = base.origin;
  let path: unknown = url;
  if (!url.startsWith("/")) {
    try {
      const absolute = new URL(url);
      path = absolute.origin === root ? absolute.pathname + absolute.search + absolute.hash : null;
    } catch {
      path = null;
    }
  }
  return root + safeRedirectPath(path);
}

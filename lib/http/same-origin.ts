// The Origin rule for everything that changes state (server actions, non-GET route handlers): the
// browser's `Origin` header must name this app. Next checks Origin against Host for server actions
// only when Origin is present; a request without one (or with `Origin: null`, which sandboxed
// frames and some redirects send) is refused here too. No server-only import: the proxy and unit
// tests use it as well.

export type OriginVerdict = "same-origin" | "missing" | "foreign";

function firstValue(value: string | null): string | null {
  const first = value?.split(",")[0]?.trim();
  return first ? first : null;
}

/**
 * The origins this request may come from: the one the request was addressed to
 * (`x-forwarded-host` or `host`, with `x-forwarded-proto` or http) and NEXTAUTH_URL's.
 */
export function ownOrigins(headers: Headers, appUrl: string | undefined = process.env.NEXTAUTH_URL): Set<string> {
  const origins = new Set<string>();
  const host = firstValue(headers.get("x-forwarded-host")) ?? firstValue(headers.get("host"));
  const proto = firstValue(headers.get("x-forwarded-proto"))?.toLowerCase() ?? "http";
  if (host && (proto === "http" || proto === "https")) {
    try {
      origins.add(new URL(`${proto}://${host}`).origin);
    } catch {
      // A Host header that is not a host: no origin from it.
    }
  }
  if (appUrl) {
    try {
      origins.add(new URL(appUrl).origin);
    } catch {
      // Misconfigured NEXTAUTH_URL: only the request's own host counts.
    }
  }
  return origins;
}

export function checkOrigin(headers: Headers, appUrl: string | undefined = process.env.NEXTAUTH_URL): OriginVerdict {
  const origin = headers.get("origin")?.trim();
  if (!origin || origin === "null") return "missing";
  let normalized: string;
  try {
    const url = new URL(origin);
    // An Origin header is scheme://host[:port] and nothing else.
    if (url.pathname !== "/" || url.search || url.hash || url.username || url.password) return "foreign";
    normalized = url.origin;
  } catch {
    return "foreign";
  }
  return ownOrigins(headers, appUrl).has(normalized) ? "same-origin" : "foreign";
}

export const ORIGIN_REFUSAL_MESSAGE = "This request did not come from a Dealplaybook page (its Origin header is missing or foreign). Nothing was changed.";

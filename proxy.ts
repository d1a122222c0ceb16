import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { isWellFormedActionBody } from "@/lib/http/action-body";
import { checkBodySize } from "@/lib/http/body-limits";
import { isMalformedUrl } from "@/lib/http/malformed-url";
import { isPublicApiPath, refusal, refusalFormat } from "@/lib/http/refusal";
import { contentSecurityPolicy, createNonce, HSTS_VALUE, servedOverHttps } from "@/lib/http/security-headers";

// Runs on every request: sets the per-request Content-Security-Policy (with a fresh nonce Next puts on
// its own scripts) and HSTS on HTTPS deployments. Static headers come from next.config.js.
//
// Refuses oversized request bodies (413) before any route or server action reads them
// (lib/http/body-limits.ts). On /api/v1/ its refusals are problem documents (lib/http/refusal.ts).
//
// Also a convenience: sends signed-out visitors of app pages to /login. Authorization happens in
// every page, service and server action (lib/auth), never here.

// Where the sign-in redirect applies: everything except sign-in and the pages a signed-out person
// uses (an invitation link, forgot and reset password), the API (it answers 401 itself; next-auth's
// own routes live there too) and static files.
const SIGN_IN_REDIRECT = /^\/(?!login|invite\/|forgot-password|reset-password\/|api\/|_next\/|favicon|.*\.(?:svg|png|ico|css|js)$)/;

// Files served from public/: GET and HEAD only. Next answers any other method on them with a bare 500
// (it tries to render a pages-router error page this app does not have), so the refusal is made here.
const PUBLIC_FILE = /^\/[^/]+\.(?:svg|png|ico|txt|webmanifest)$/;
const FILE_METHODS = new Set(["GET", "HEAD"]);

export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const https = servedOverHttps(request.headers);
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });

  const tooLarge = checkBodySize(request.method, request.headers, request.nextUrl.pathname);
  const response = tooLarge
    ? refusal(refusalFormat(request.nextUrl.pathname), tooLarge.status, tooLarge.message)
    : (malformedUrl(request) ?? methodNotAllowed(request) ?? (await signInRedirect(request)) ?? (await malformedAction(request)) ?? next(request, csp));
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", HSTS_VALUE);
  return response;
}

function next(request: NextRequest, csp: string) {
  // Next reads the nonce from the request's CSP header while rendering.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

function malformedUrl(request: NextRequest) {
  if (!isMalformedUrl(request.nextUrl.pathname, request.nextUrl.search)) return null;
  return refusal(isPublicApiPath(request.nextUrl.pathname) ? "problem" : "text", 400, "Malformed URL.");
}

function methodNotAllowed(request: NextRequest) {
  if (FILE_METHODS.has(request.method) || !PUBLIC_FILE.test(request.nextUrl.pathname)) return null;
  return refusal("text", 405, "Method Not Allowed", { Allow: "GET, HEAD" });
}

/** A server action posted as text whose body Next's decoder would fail on (lib/http/action-body.ts): 400, not Next's 500. */
async function malformedAction(request: NextRequest) {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  if (!(request.headers.get("content-type") ?? "").startsWith("text/plain")) return null;
  if (isWellFormedActionBody(await request.clone().text())) return null;
  return refusal("text", 400, "Malformed action request.");
}

async function signInRedirect(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!SIGN_IN_REDIRECT.test(pathname)) return null;
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return null;
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  // Every request, static files included, so every response carries the CSP.
  matcher: ["/", "/(.*)"],
};

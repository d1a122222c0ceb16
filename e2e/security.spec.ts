import type { APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, DEMO_PASSWORD, signIn } from "./helpers";

// What an attacker probes first: the response headers on every kind of route, the session cookie,
// the sign-in redirect, and state changes posted from somewhere else.

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, `${what}: CSP`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(csp, `${what}: CSP`).not.toContain("'unsafe-inline' 'strict-dynamic'");
  expect(csp.match(/script-src[^;]*/)?.[0], `${what}: script-src`).not.toContain("unsafe-inline");
  expect(csp.match(/script-src[^;]*/)?.[0], `${what}: script-src`).not.toContain("unsafe-eval");
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
    expect(csp, `${what}: CSP`).toContain(directive);
  }
  expect(headers["permissions-policy"], `${what}: Permissions-Policy`).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  expect(headers["cross-origin-opener-policy"], what).toBe("same-origin");
  expect(headers["referrer-policy"], what).toBe("same-origin");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
  // Served over plain http here: no HSTS (a browser would pin nothing, but it must not be promised).
  expect(headers["strict-transport-security"], `${what}: HSTS on http`).toBeUndefined();
}

test("every kind of response carries the security headers", async ({ page, request }) => {
  const login = await request.get("/login");
  expect(login.status()).toBe(200);
  expectSecurityHeaders(login, "/login");

  // Next put this response's nonce on its own scripts; another request gets another nonce.
  const html = await login.text();
  const nonce = login.headers()["content-security-policy"].match(/'nonce-([^']+)'/)![1];
  expect(html).toContain(`nonce="${nonce}"`);
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  const again = await request.get("/login");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);

  const redirect = await request.get("/deals", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectSecurityHeaders(redirect, "redirect to sign-in");

  const api = await request.get("/api/v1/me");
  expect(api.status()).toBe(401);
  expectSecurityHeaders(api, "/api/v1/me");

  const icon = await request.get("/favicon.svg");
  expect(icon.status()).toBe(200);
  expectSecurityHeaders(icon, "/favicon.svg");

  const chunk = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)![1];
  const script = await request.get(chunk);
  expect(script.status()).toBe(200);
  expectSecurityHeaders(script, chunk);

  const missing = await request.get("/no-such-file.png");
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing, "404 page");

  // Signed in: an app page and both kinds of download.
  await signIn(page, DEMO.admin);
  const deals = await page.request.get("/deals");
  expect(deals.status()).toBe(200);
  expectSecurityHeaders(deals, "/deals");

  const csv = await page.request.get("/portfolio/export");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expectSecurityHeaders(csv, "portfolio CSV");

  const dealId = (await page.request.get("/deals").then((r) => r.text())).match(/href="\/deals\/(?!new")([^"/?#]+)"/)![1];
  const pdf = await page.request.get(`/deals/${dealId}/report/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  expectSecurityHeaders(pdf, "report PDF");
});

test("HSTS only when the request came over HTTPS (as a reverse proxy reports it)", async ({ request }) => {
  const https = await request.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  const http = await request.get("/login");
  expect(http.headers()["strict-transport-security"]).toBeUndefined();
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
  await signIn(page, DEMO.viewer);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toBeDefined();
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe("Lax");
  // Plain http here; on an https NEXTAUTH_URL the cookie is Secure and named __Secure-….
  expect(cookie!.secure).toBe(false);
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
});

for (const target of [
  "/%5Cevil.example",
  "//evil.example",
  "/\\evil.example",
  "https://evil.example",
  "/%2F%2Fevil.example",
  "javascript:alert(document.domain)",
]) {
  test(`sign-in with callbackUrl=${target} stays on this site`, async ({ page, baseURL }) => {
    await page.goto(`/login?callbackUrl=${target.startsWith("/%") ? target : encodeURIComponent(target)}`);
    await page.getByLabel("Email").fill(DEMO.viewer);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("signed-in-user")).toContainText(DEMO.viewer);
    expect(page.url()).toBe(`${baseURL}/`);

    // Already signed in, the login page redirects at once: to "/" as well.
    const response = await page.request.get(`/login?callbackUrl=${encodeURIComponent(target)}`, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toBe("/");
  });
}

test("a server action posted without an Origin (or from another site) changes nothing", async ({ page, baseURL }) => {
  await signIn(page, DEMO.negotiator);
  // Sign-out is a plain form post (it works without JavaScript), so its action id is in the HTML and a
  // forged post is what another site's auto-submitting form would send, minus the Origin header.
  const html = await (await page.request.get("/playbook")).text();
  const actionId = html.match(/name="\$ACTION_ID_([0-9a-f]+)"/)![1];
  const forge = (headers: Record<string, string>) =>
    page.request.post("/playbook", { headers, multipart: { [`$ACTION_ID_${actionId}`]: "" }, maxRedirects: 0 });
  const signedIn = async () => (await page.request.get("/api/v1/me")).status() === 200;

  const hostile: Record<string, string>[] = [{}, { Origin: "https://evil.example" }, { Origin: "null" }];
  for (const headers of hostile) {
    const forged = await forge(headers);
    expect(forged.headers()["location"], JSON.stringify(headers)).toBeUndefined();
    expect(await signedIn(), `still signed in after a post with ${JSON.stringify(headers)}`).toBe(true);
  }

  // The same post from the app's own origin does sign out: the forged ones were refused, not malformed.
  const own = await forge({ Origin: baseURL! });
  expect(own.status()).toBe(303);
  expect(own.headers()["location"]).toMatch(/\/login$/);
  expect(await signedIn()).toBe(false);
});

test("a state-changing API call without an Origin is refused with 403", async ({ page, baseURL }) => {
  await signIn(page, DEMO.negotiator);
  const body = { text: "The vendor retains all rights to the fine-tuned weights." };
  const noOrigin = await page.request.post("/api/v1/analyze", { data: body });
  expect(noOrigin.status()).toBe(403);
  expect(await noOrigin.json()).toMatchObject({ type: "/docs/api#problem-cross-origin", detail: expect.stringMatching(/Origin/) });
  const foreign = await page.request.post("/api/v1/analyze", { data: body, headers: { Origin: "https://evil.example" } });
  expect(foreign.status()).toBe(403);
  const own = await page.request.post("/api/v1/analyze", { data: body, headers: { Origin: baseURL! } });
  expect(own.status()).toBe(200);
});

test("oversized bodies are refused with 413 before anything reads them; sign-in, the API and actions alike", async ({ page, request, baseURL }) => {
  // Anonymous: next-auth's sign-in takes a few hundred bytes, so 20 KB is refused at the door.
  const signInBody = new URLSearchParams({ email: DEMO.viewer, password: "x".repeat(20_000), csrfToken: "x" }).toString();
  const bigSignIn = await request.post("/api/auth/callback/credentials", {
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseURL! },
    data: signInBody,
    maxRedirects: 0,
  });
  expect(bigSignIn.status()).toBe(413);
  expect((await bigSignIn.json()).error).toBe("The request is too large: this endpoint accepts at most 16 KB. Nothing was saved.");

  await signIn(page, DEMO.negotiator);
  const bigAnalysis = await page.request.post("/api/v1/analyze", { data: { text: "a".repeat(300_000) }, headers: { Origin: baseURL! } });
  expect(bigAnalysis.status()).toBe(413);
  // Refused by the proxy before the route runs, as a problem document like every /api/v1 refusal.
  expect(bigAnalysis.headers()["content-type"]).toBe("application/problem+json");
  expect(await bigAnalysis.json()).toMatchObject({ type: "/docs/api#problem-payload-too-large", status: 413, detail: expect.stringMatching(/at most 256 KB/) });

  // A server action: any page accepts the post, the proxy refuses it before Next decodes the body.
  const bigAction = await page.request.post("/playbook", {
    headers: { "Next-Action": "0".repeat(42), Origin: baseURL!, "Content-Type": "text/plain;charset=UTF-8" },
    data: JSON.stringify([{ notes: "n".repeat(600_000) }]),
  });
  expect(bigAction.status()).toBe(413);
  expect(await bigAction.text()).toMatch(/at most 512 KB/);
  expectSecurityHeaders(bigAction, "413");

  // Nothing was spent on them: the account is neither signed out nor throttled.
  expect((await page.request.get("/api/v1/me")).status()).toBe(200);
});

test("a form whose request never reaches the server says nothing was saved, and works again after", async ({ page }) => {
  await signIn(page, DEMO.negotiator);
  await page.goto("/deals");
  await page.getByRole("link", { name: "Demand forecasting model" }).click();
  await page.getByTestId("section-outputs").click();
  await page
    .getByTestId("checklist-item")
    .nth(1)
    .getByRole("link", { name: /Open clause/ })
    .click();
  await page.waitForURL(/\/clauses\//);

  // The connection drops for every server action (as when offline, or the server is restarting).
  const dropActions = (route: import("@playwright/test").Route) =>
    route.request().method() === "POST" && route.request().headers()["next-action"] ? route.abort("connectionreset") : route.fallback();
  await page.route("**/*", dropActions);
  await page.getByLabel("Notes").fill("Written while the network was down.");
  await page.getByRole("button", { name: "Save clause" }).click();
  await expect(page.getByText("The server could not take this request just now, so nothing was saved.")).toBeVisible();
  await expect(page.getByLabel("Notes")).toHaveValue("Written while the network was down.");

  await page.unroute("**/*", dropActions);
  await page.getByRole("button", { name: "Save clause" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
});

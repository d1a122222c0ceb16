import type { Page } from "@playwright/test";
import type pg from "pg";
import { expect, hydrated, hydratingPage, test } from "./fixtures";
import { DEMO, DEMO_PASSWORD, screenshot, signIn } from "./helpers";
import { connect } from "./http/database";
import { OIDC_ACCOUNTS, OIDC_PROVIDER_ID, OIDC_PROVIDER_NAME } from "./support/oidc-accounts";
import { expectInAuditTrail } from "./support/audit-trail";

// Single sign-on end to end: Chromium goes from the login page through the real OIDC provider of the
// test services (e2e/support/oidc-provider.ts: its login form, then its consent form) and back. The
// demo organisation links that provider for these tests only.

const DEMO_ORG = "demo-corp";
const SSO_DOMAIN = OIDC_ACCOUNTS.verified.email.split("@")[1];
const SSO_EMAILS = Object.values(OIDC_ACCOUNTS).map((a) => a.email);

test.describe.configure({ mode: "serial" });

let db: pg.Client;
let orgId: string;
let saved: { ssoProviderId: string | null; ssoEmailDomains: string[]; ssoDefaultRole: string; passwordSignInAllowed: boolean };

test.beforeAll(async () => {
  db = connect();
  await db.connect();
  const { rows } = await db.query<{ id: string } & typeof saved>(
    `SELECT "id", "ssoProviderId", "ssoEmailDomains", "ssoDefaultRole"::text AS "ssoDefaultRole", "passwordSignInAllowed" FROM "Organization" WHERE "slug" = $1`,
    [DEMO_ORG],
  );
  ({ id: orgId, ...saved } = rows[0]);
  await db.query(`UPDATE "Organization" SET "ssoProviderId" = $2, "ssoEmailDomains" = $3, "ssoDefaultRole" = 'NEGOTIATOR' WHERE "id" = $1`, [
    orgId,
    OIDC_PROVIDER_ID,
    [SSO_DOMAIN],
  ]);
  // Dora was a member (with a password, before SSO) whom an admin has since disabled.
  const dora = OIDC_ACCOUNTS.disabled;
  await db.query(`INSERT INTO "User" ("id", "email", "name") VALUES ('e2e-sso-dora', $1, $2) ON CONFLICT ("email") DO NOTHING`, [dora.email, dora.name]);
  await db.query(
    `INSERT INTO "Membership" ("id", "userId", "organizationId", "role", "disabledAt") VALUES ('e2e-sso-dora-m', 'e2e-sso-dora', $1, 'VIEWER', now())
     ON CONFLICT ("userId", "organizationId") DO UPDATE SET "disabledAt" = now()`,
    [orgId],
  );
});

test.afterAll(async () => {
  await db.query(
    `UPDATE "Organization" SET "ssoProviderId" = $2, "ssoEmailDomains" = $3, "ssoDefaultRole" = $4::"Role", "passwordSignInAllowed" = $5 WHERE "id" = $1`,
    [orgId, saved.ssoProviderId, saved.ssoEmailDomains, saved.ssoDefaultRole, saved.passwordSignInAllowed],
  );
  // The people of this spec leave the demo organisation again (their audit events stay).
  await db.query(`DELETE FROM "Membership" WHERE "organizationId" = $1 AND "userId" IN (SELECT "id" FROM "User" WHERE "email" = ANY($2))`, [orgId, SSO_EMAILS]);
  await db.end();
});

/** From our login page through the provider's login and consent forms; returns on the page the app sends the person to. */
async function signInWithSso(page: Page, login: string) {
  // The provider's development pages import a web font: nothing leaves the machine.
  await page.route(/fonts\.googleapis\.com/, (route) => route.abort());
  await page.goto("/login");
  await page.getByRole("button", { name: `Continue with ${OIDC_PROVIDER_NAME}` }).click();
  await page.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL((url) => url.host.startsWith("localhost:"));
  await hydrated(page);
}

async function auditCount(action: string, email: string): Promise<number> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS n FROM "AuditEvent" e JOIN "User" u ON u."id" = e."actorId" WHERE e."organizationId" = $1 AND e."action" = $2 AND u."email" = $3`,
    [orgId, action, email],
  );
  return rows[0].n;
}

test("a verified person of an allowed domain signs in through the provider and joins as Negotiator", async ({ page, browser }) => {
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "Continue with Corp SSO" })).toBeVisible();
  await screenshot(page, "login-sso");

  const ada = OIDC_ACCOUNTS.verified;
  await signInWithSso(page, ada.sub);
  await expect(page.getByTestId("signed-in-user")).toContainText(ada.email);
  await expect(page.getByTestId("signed-in-user")).toContainText("Negotiator");
  await expect(page.getByRole("link", { name: "New deal" }).first()).toBeVisible();
  expect(await auditCount("member.joined-sso", ada.email)).toBe(1);
  expect(await auditCount("signin.succeeded", ada.email)).toBe(1);
  const { rows } = await db.query(`SELECT "lastSignInMethod" FROM "User" WHERE "email" = $1`, [ada.email]);
  expect(rows[0].lastSignInMethod).toBe(`sso:${OIDC_PROVIDER_ID}`);

  // A role changed in the database applies on the next request, as for password users.
  await db.query(`UPDATE "Membership" SET "role" = 'VIEWER' WHERE "organizationId" = $1 AND "userId" = (SELECT "id" FROM "User" WHERE "email" = $2)`, [
    orgId,
    ada.email,
  ]);
  await page.reload();
  await expect(page.getByTestId("signed-in-user")).toContainText("Viewer");
  await expect(page.getByRole("link", { name: "New deal" })).toHaveCount(0);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/deals");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdeals/);
  // The organisation's audit log shows the join and the sign-in, on its page and in its CSV.
  const admin = await browser.newContext();
  const adminPage = hydratingPage(await admin.newPage());
  await signIn(adminPage, DEMO.admin);
  await expectInAuditTrail(adminPage, { email: ada.email, name: ada.name, actions: ["member.joined-sso", "signin.succeeded"] });
  await admin.close();
});

test("signing in again does not join twice and keeps the role the admin gave", async ({ page }) => {
  const ada = OIDC_ACCOUNTS.verified;
  await signInWithSso(page, ada.sub);
  await expect(page.getByTestId("signed-in-user")).toContainText("Viewer");
  expect(await auditCount("member.joined-sso", ada.email)).toBe(1);
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM "Membership" m JOIN "User" u ON u."id" = m."userId" WHERE u."email" = $1`, [ada.email]);
  expect(rows[0].n).toBe(1);
});

test("an unverified email is refused with the reason", async ({ page }) => {
  await signInWithSso(page, OIDC_ACCOUNTS.unverified.sub);
  await expect(page).toHaveURL(/\/login\?error=sso-unverified/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your identity provider has not verified your email address.");
  await screenshot(page, "login-sso-refused");
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM "User" WHERE "email" = $1`, [OIDC_ACCOUNTS.unverified.email]);
  expect(rows[0].n).toBe(0);
});

test("a domain no organisation allows is refused", async ({ page }) => {
  await signInWithSso(page, OIDC_ACCOUNTS.otherDomain.sub);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your email domain is not allowed to join through Corp SSO.");
  await page.goto("/deals");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdeals/);
});

test("a disabled member is refused, and the refusal is in the organisation's log", async ({ page }) => {
  await signInWithSso(page, OIDC_ACCOUNTS.disabled.sub);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your access to your organisation has been disabled. Ask its administrator.");
  expect(await auditCount("signin.refused", OIDC_ACCOUNTS.disabled.email)).toBe(1);
});

test("an unknown error code in the address is not echoed", async ({ page }) => {
  await page.goto("/login?error=%3Cb%3EYour%20account%20is%20locked%3C%2Fb%3E&provider=evil");
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  await expect(page.getByText("account is locked")).toHaveCount(0);
});

test("an organisation that requires SSO refuses its members' passwords and names the button", async ({ page }) => {
  await db.query(`UPDATE "Organization" SET "passwordSignInAllowed" = false WHERE "id" = $1`, [orgId]);
  try {
    await page.goto("/login");
    await page.getByLabel("Email").fill(DEMO.viewer);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Demo Corp signs in through single sign-on: use the Corp SSO button.");
    await expect(page).toHaveURL(/\/login$/);
  } finally {
    await db.query(`UPDATE "Organization" SET "passwordSignInAllowed" = true WHERE "id" = $1`, [orgId]);
  }
});

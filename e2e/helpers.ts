import { expect, type Cookie, type Page } from "@playwright/test";
import { hydrated } from "./fixtures";

export const DEMO_PASSWORD = "playbook-demo";

export const DEMO = {
  admin: "admin@example.com",
  cio: "cio@example.com",
  manager: "manager@example.com",
  negotiator: "negotiator@example.com",
  viewer: "viewer@example.com",
} as const;

/** next-auth's session cookie (lib/auth/session-cookie.ts; chunked as .0, .1… when large). */
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/**
 * Session cookies of demo-password sign-ins made through the form in this worker, per email: most
 * tests need someone signed in, not the sign-in itself, and the form costs a password hash and a page
 * load each time. A session the app no longer accepts (signed out, password changed, deactivated, another
 * server or database) shows the sign-in form again, and the form is used as before.
 */
const sessions = new Map<string, Cookie[]>();

/** Signed in as `email`: with a session this worker made through the form before when the app still accepts it, else through the form. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  const reusable = password === DEMO_PASSWORD ? sessions.get(email) : undefined;
  if (reusable) {
    await page.context().addCookies(reusable);
    // Signed in, the sign-in page sends the person home; a session it refuses leaves the form.
    await page.goto("/login");
    const signedIn = page.getByTestId("signed-in-user");
    await expect(signedIn.or(page.getByLabel("Email")).first()).toBeVisible();
    if (await signedIn.isVisible()) {
      await expect(signedIn).toContainText(email);
      await hydrated(page);
      return;
    }
    sessions.delete(email);
  }
  await signInWithForm(page, email, password);
  if (password === DEMO_PASSWORD)
    sessions.set(
      email,
      (await page.context().cookies(page.url())).filter((c) => SESSION_COOKIE.test(c.name)),
    );
}

/** Signed in through the sign-in form, always: for tests about signing in (its audit event, its throttle, its redirects). */
export async function signInWithForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toContainText(email);
  await hydrated(page);
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}

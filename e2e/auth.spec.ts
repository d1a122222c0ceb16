import { expect, hydratingPage, test } from "./fixtures";
import { DEMO, screenshot, signIn, signInWithForm } from "./helpers";

const ROLES = [
  { email: DEMO.admin, role: "Admin" },
  { email: DEMO.cio, role: "CIO" },
  { email: DEMO.manager, role: "Manager" },
  { email: DEMO.negotiator, role: "Negotiator" },
  { email: DEMO.viewer, role: "Viewer" },
];

for (const { email, role } of ROLES) {
  test(`${role} signs in, reads the playbook and signs out`, async ({ page }) => {
    await signInWithForm(page, email);
    await expect(page.getByTestId("signed-in-user")).toContainText(role);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Playbook" }).click();
    await expect(page).toHaveURL(/\/playbook$/);
    await expect(page.getByTestId("playbook-layer")).toHaveCount(7);
    await expect(page.getByTestId("playbook-pitch")).toHaveCount(7);
    await expect(page.getByTestId("playbook-scenario")).toHaveCount(4);
    await expect(page.getByTestId("playbook-recommendation")).toHaveCount(7);
    expect(await page.getByTestId("playbook-clause").count()).toBeGreaterThanOrEqual(25);
    if (role === "Negotiator") await screenshot(page, "playbook");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/playbook");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fplaybook/);
  });
}

test("a wrong password gets one generic message and no session", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.negotiator);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
  await page.getByLabel("Email").fill("nobody@example.com");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
  await screenshot(page, "login-error");
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("after 5 wrong passwords for one email the login page says how long to wait, the same as for any email", async ({ page }) => {
  // Its own client address (the test plays the one trusted proxy, TRUSTED_PROXY_HOPS=1 in
  // playwright.config.ts) and an email nobody has: the throttle then locks out no demo user and
  // leaves the address count of the other tests alone.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` });
  const email = `throttle-${Date.now()}@example.com`;
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not-the-password");
  const attempt = async () => {
    const answered = page.waitForResponse((res) => res.url().includes("/api/auth/callback/credentials"));
    await page.getByRole("button", { name: "Sign in" }).click();
    await answered;
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  };
  for (let i = 0; i < 5; i++) {
    await attempt();
    await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
  }
  await attempt();
  await expect(page.getByText("Too many sign-in attempts. Try again in 15 minutes.")).toBeVisible();
  await expect(page.getByText("The email or password is incorrect.")).toHaveCount(0);
  await screenshot(page, "login-throttled");
});

test("a signed-out visit to a private page goes to sign-in and comes back after it", async ({ page }) => {
  await page.goto("/playbook");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fplaybook/);
  await page.getByLabel("Email").fill(DEMO.viewer);
  await page.getByLabel("Password").fill("playbook-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/playbook$/);
});

test("signing out ends the session even for a copied cookie", async ({ page, browser }) => {
  await signInWithForm(page, DEMO.cio);
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const other = hydratingPage(await replay.newPage());
  await other.goto("/playbook");
  await expect(other).toHaveURL(/\/login/);
  await replay.close();
});

test("an admin in two organisations switches between them", async ({ page }) => {
  await signIn(page, DEMO.admin);
  const switcher = page.getByTestId("organization-switcher");
  await expect(switcher).toHaveValue(/.+/);
  await expect(switcher.locator("option:checked")).toHaveText("Demo Corp");
  await switcher.selectOption({ label: "Northwind Labs" });
  await expect(switcher.locator("option:checked")).toHaveText("Northwind Labs");
  await page.reload();
  await expect(page.getByTestId("organization-switcher").locator("option:checked")).toHaveText("Northwind Labs");
  await screenshot(page, "home-admin");
});

test("unknown pages show the 404 page", async ({ page }) => {
  await signIn(page, DEMO.viewer);
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

import { request, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { expect, hydratingPage, test } from "./fixtures";
import { DEMO, screenshot, signIn } from "./helpers";
import { horizontalOverflow } from "./reflow";

// A token's whole life through the UI and over real HTTP: made at /account/tokens, its secret read
// off the page once, used by a client with no cookies (a fresh APIRequestContext), seen as "last used",
// revoked in the UI, and refused on the next call. The admin sees it among the organisation's tokens.

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1440, height: 900 };

function tokenRow(page: Page, name: string) {
  return page.getByTestId("token-row").filter({ has: page.getByText(name, { exact: true }) });
}

/** WCAG 2.1 AA at both widths, no sideways scroll on the phone, and a full-page screenshot of each. */
async function checkPage(page: Page, name: string) {
  for (const [label, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    expect(await axeViolations(page, WCAG_21_AA), `${name} at ${label}`).toEqual([]);
    if (label === "phone") expect(await horizontalOverflow(page), name).toMatchObject({ overflow: 0 });
    await screenshot(page, `${name}-${label}`);
  }
  await page.setViewportSize(DESKTOP);
}

test("a negotiator makes a read+write token, calls the API with it, sees its last use, revokes it, and the next call is refused", async ({
  page,
  browser,
  baseURL,
}) => {
  const name = `CLM sync ${Date.now()}`;
  await signIn(page, DEMO.negotiator);
  await page.goto("/account");
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "API reference" })).toHaveAttribute("href", "/docs/api");

  const form = page.getByRole("form", { name: "Create a personal token" });
  // Refused with a message on the field, nothing made: no scope.
  await form.getByLabel("Name").fill(name);
  await form.getByRole("checkbox", { name: /^Read/ }).uncheck();
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByText("Choose at least one scope: read, or read and write")).toBeVisible();
  await expect(page.getByTestId("new-token")).toHaveCount(0);

  await form.getByRole("checkbox", { name: /^Write/ }).check();
  await form.getByLabel("Expires").selectOption("90");
  await form.getByRole("button", { name: "Create token" }).click();
  const box = page.getByTestId("new-token");
  await expect(box).toBeVisible();
  await expect(box).toContainText("You won’t see it again");
  await expect(box).toBeFocused();
  const secret = (await page.getByTestId("new-token-secret").textContent())!.trim();
  expect(secret).toMatch(/^dpk_[A-Za-z0-9_-]{43}$/);
  const row = tokenRow(page, name);
  await expect(row).toContainText(secret.slice(0, 10));
  await expect(row).toContainText("Read");
  await expect(row).toContainText("Write");
  await expect(row).toContainText("Never used");
  await expect(form.getByRole("button", { name: "Create token" })).toBeEnabled();
  await checkPage(page, "account-tokens-new-secret");
  await box.getByRole("button", { name: "Done" }).click();
  await expect(box).toHaveCount(0);
  await expect(form.getByLabel("Name")).toBeFocused();

  // A client of its own: no cookies, only the bearer token.
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" } });
  const me = () => api.get("/api/v1/me", { headers: { Authorization: `Bearer ${secret}` }, maxRedirects: 0 });
  const first = await me();
  expect(first.status(), await first.text()).toBe(200);
  expect(await first.json()).toMatchObject({ role: "NEGOTIATOR", token: { kind: "PERSONAL", scopes: ["READ", "WRITE"] } });

  // The secret is not on the page after a reload; the last use is.
  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);
  await expect(row.getByTestId("token-last-used")).toContainText("just now");
  await expect(row.getByTestId("token-last-used")).toContainText("from 203.0.113.77");
  await row.getByText("Last use").click();
  await expect(row.getByRole("list", { name: `Recent uses of ${name}` })).toContainText("GET /api/v1/me · 200");

  // The admin sees it among the organisation's personal tokens, with its owner.
  const adminPage = hydratingPage(await (await browser.newContext()).newPage());
  await signIn(adminPage, DEMO.admin);
  await adminPage.goto("/admin");
  await adminPage.getByRole("link", { name: "API tokens" }).click();
  await expect(adminPage.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();
  const adminRow = adminPage.getByRole("region", { name: "Personal tokens of members" }).getByTestId("token-row").filter({ hasText: name });
  await expect(adminRow).toContainText(DEMO.negotiator);
  await expect(adminRow).toContainText("Active");
  // A service token, never expiring (with the warning), shown once too.
  const serviceForm = adminPage.getByRole("form", { name: "Create a service token" });
  await serviceForm.getByLabel("Name").fill(`BI export ${Date.now()}`);
  await serviceForm.getByLabel("Expires").selectOption("never");
  await expect(serviceForm.getByText("A token that never expires keeps working")).toBeVisible();
  await serviceForm.getByRole("button", { name: "Create service token" }).click();
  await expect(adminPage.getByTestId("new-token-secret")).toBeVisible();
  // The form is enabled again once the page has refreshed after the create.
  await expect(serviceForm.getByRole("button", { name: "Create service token" })).toBeEnabled();
  await checkPage(adminPage, "admin-tokens");
  await adminPage.context().close();

  // Revoked in the UI, after the confirm step.
  await row.getByRole("button", { name: `Revoke the token ${name}` }).click();
  await row.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(page.getByText(`“${name}” was revoked`)).toBeVisible();
  await expect(tokenRow(page, name)).toContainText("Revoked");

  const refused = await me();
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  expect(await refused.json()).toMatchObject({ status: 401, type: "/docs/api#problem-invalid-token", detail: "This token was revoked." });
  await api.dispose();
  await page.reload();
  await checkPage(page, "account-tokens");
});

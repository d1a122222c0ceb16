import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { describeViolations } from "./axe-report";
import { expect, test } from "./fixtures";
import { DEMO, screenshot, signIn } from "./helpers";
import { horizontalOverflow } from "./reflow";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The page passes axe (WCAG 2.1 AA) and does not scroll sideways, at desktop and phone width; screenshots of both. */
async function auditAndShoot(page: Page, name: string) {
  for (const [suffix, size] of [
    ["", { width: 1440, height: 900 }],
    ["-phone", { width: 375, height: 800 }],
  ] as const) {
    await page.setViewportSize(size);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    expect(violations, describeViolations(`${name}${suffix}`, violations)).toEqual([]);
    expect((await horizontalOverflow(page)).overflow, `${name}${suffix} scrolls sideways`).toBeLessThanOrEqual(0);
    await screenshot(page, `${name}${suffix}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test("an admin registers a webhook endpoint, sees its secret once, finds it listed; a private address is refused on the field", async ({ page }) => {
  const url = `https://hooks.example.com/e2e-${Date.now().toString(36)}`;
  await signIn(page, DEMO.admin);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Webhooks", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();

  // A private address: refused on the URL field, nothing registered.
  await page.getByLabel("Endpoint URL").fill("https://10.0.0.5/hook");
  await page.getByLabel(/Deal approved/).check();
  await page.getByRole("button", { name: "Register endpoint" }).click();
  await expect(page.locator("#webhook-url-error")).toContainText("public internet addresses");
  await expect(page.getByLabel("Endpoint URL")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("webhook-secret")).toHaveCount(0);

  // No event chosen: refused on the events.
  await page.getByLabel("Endpoint URL").fill(url);
  await page.getByLabel(/Deal approved/).uncheck();
  await page.getByRole("button", { name: "Register endpoint" }).click();
  await expect(page.getByText("Choose at least one event")).toBeVisible();

  // Registered: the secret is shown this once, the endpoint listed.
  await page.getByLabel("Description (optional)").fill("E2E receiver");
  await page.getByLabel(/Deal approved/).check();
  await page.getByLabel(/Deal stage changed/).check();
  await page.getByRole("button", { name: "Register endpoint" }).click();
  const secret = page.getByTestId("webhook-secret-value");
  await expect(secret).toHaveText(/^whsec_[A-Za-z0-9_-]{43}$/);
  const listed = page.getByTestId("webhook-list").getByRole("listitem").filter({ hasText: url });
  await expect(listed).toContainText("deal.approved");
  await expect(listed).toContainText("deal.stage_changed");
  await expect(listed).toContainText("Active");
  await auditAndShoot(page, "webhooks");

  // Shown once: after a reload it is gone and cannot be read again.
  await page.reload();
  await expect(page.getByTestId("webhook-secret")).toHaveCount(0);

  // Its page: settings, the (empty) deliveries, and delete.
  await listed.getByRole("link", { name: url }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(url);
  await expect(page.getByLabel("Endpoint URL")).toHaveValue(url);

  // The demo endpoint's page, with deliveries, for the screenshots.
  await page.goto("/admin/webhooks");
  await page.getByRole("link", { name: "https://hooks.example.com/dealplaybook" }).click();
  await expect(page.getByTestId("webhook-delivery-row")).toHaveCount(2);
  await page.getByTestId("webhook-delivery-row").first().getByText("Payload").click();
  await auditAndShoot(page, "webhook-detail");

  // Clean up: the endpoint would otherwise receive the events of later specs' changes.
  await page.goto("/admin/webhooks");
  await page.getByTestId("webhook-list").getByRole("link", { name: url }).click();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Delete webhook" }).click();
  await expect(page).toHaveURL(/\/admin\/webhooks$/);
  await expect(page.getByTestId("webhook-list").getByRole("link", { name: url })).toHaveCount(0);
});

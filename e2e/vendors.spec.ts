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

test("a vendor page shows what it conceded in an earlier deal, and the clause page of a later deal with that vendor cites it", async ({ page }) => {
  // Demo data: Lumen AI Labs met our must-have on model escrow in an earlier pilot (archived), and now counters on it in "Claims triage assistant".
  await signIn(page, DEMO.negotiator);
  await page.getByRole("link", { name: "Vendors", exact: true }).first().click();
  await page.getByTestId("vendor-table").getByRole("link", { name: "Lumen AI Labs", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lumen AI Labs" })).toBeVisible();
  const escrow = page.getByTestId("vendor-clause-memory").filter({ hasText: "Model escrow with clear release triggers" });
  await expect(escrow).toContainText("Must-have met");
  await expect(escrow).toContainText("Claims triage pilot (2025)");
  await expect(escrow).toContainText("released to the Client on the Supplier's insolvency");
  await expect(escrow).toContainText("Accepted at our must-have");
  await expect(page.getByTestId("vendor-deals")).toContainText("Claims triage assistant");
  await expect(page.getByTestId("vendor-pushback")).toContainText("Model escrow with clear release triggers");
  await auditAndShoot(page, "vendor-page");

  // The live deal's escrow clause, where Lumen now counters: the earlier concession is its leverage.
  await page.getByTestId("vendor-deals").getByRole("link", { name: "Claims triage assistant" }).click();
  await expect(page.getByTestId("vendor-link")).toHaveText("Lumen AI Labs");
  await page.goto(`${new URL(page.url()).pathname}/layers/deployment-exit`);
  await page
    .getByTestId("checklist-item")
    .filter({ hasText: "Model escrow with clear release triggers" })
    .getByRole("link", { name: /Open clause/ })
    .click();
  const leverage = page.getByTestId("vendor-leverage");
  await expect(leverage).toContainText("This vendor accepted our must-have in Claims triage pilot (2025)");
  await expect(leverage).toContainText("Agreed language");
  await expect(leverage).toContainText("quarter");
  await expect(leverage).toContainText("Archived deal");
  await auditAndShoot(page, "clause-leverage");
  await leverage.getByRole("link", { name: "Claims triage pilot (2025)" }).click();
  await expect(page.getByTestId("clause-status")).toContainText("Must-have met");
});

test("a new vendor name is recognised as it is typed, and an admin merges a proposed near-duplicate", async ({ browser }) => {
  const name = `Quillon ${Date.now().toString(36)} Models`;
  const negotiator = await (await browser.newContext()).newPage();
  await signIn(negotiator, DEMO.negotiator);
  for (const [deal, vendor] of [
    [`${name} pilot`, name],
    [`${name} roll-out`, `${name} GmbH`],
  ]) {
    await negotiator.goto("/deals/new");
    await negotiator.getByLabel("Deal name").fill(deal);
    await negotiator.getByLabel("Vendor").fill(vendor);
    await expect(negotiator.getByTestId("vendor-match")).toContainText(`“${vendor}” will be added as a new vendor.`);
    if (vendor !== name) await expect(negotiator.getByTestId("vendor-match")).toContainText(`It looks like “${name}”`);
    await negotiator.getByLabel("Hosting model").selectOption("SELF_HOSTED");
    await negotiator.getByRole("button", { name: "Create deal" }).click();
    await expect(negotiator.getByRole("heading", { name: deal })).toBeVisible();
  }
  // Another spelling of an existing vendor is that vendor.
  await negotiator.goto("/deals/new");
  await negotiator.getByLabel("Vendor").fill(`  ${name.toUpperCase()}. `);
  await expect(negotiator.getByTestId("vendor-match")).toContainText(`Saved as the existing vendor “${name}”.`);
  await negotiator.context().close();

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin);
  await admin.goto("/admin/vendors");
  const proposal = admin.getByTestId("merge-proposal").filter({ hasText: `${name} GmbH` });
  await expect(proposal).toContainText("Same name apart from the legal form (“gmbh”)");
  await expect(proposal).toContainText("1 deal");
  await auditAndShoot(admin, "admin-vendors");
  await proposal.getByRole("radio", { name: new RegExp(`^${name} 1 deal`) }).check();
  await proposal.getByRole("button", { name: "Merge" }).click();
  await expect(admin.getByTestId("merge-proposal").filter({ hasText: `${name} GmbH` })).toHaveCount(0);

  await admin.goto("/vendors");
  await expect(admin.getByTestId("vendor-row").filter({ hasText: `${name} GmbH` })).toHaveCount(0);
  const row = admin.getByTestId("vendor-row").filter({ hasText: name });
  await expect(row).toContainText("2 / 2");
  await row.getByRole("link", { name }).click();
  await expect(admin.getByTestId("vendor-deals")).toContainText(`${name} roll-out`);
  await admin
    .getByTestId("vendor-deals")
    .getByRole("link", { name: `${name} roll-out` })
    .click();
  await expect(admin.getByTestId("vendor-link")).toHaveText(name);
  await admin.context().close();
});

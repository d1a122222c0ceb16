import { execFileSync } from "node:child_process";
import { axeViolations } from "./axe";
import { describeViolations } from "./axe-report";
import { expect, test } from "./fixtures";
import { DEMO, screenshot, signIn } from "./helpers";
import { horizontalOverflow } from "./reflow";

// A deal stays on the playbook version it started on; when a newer one is published its negotiator
// sees a notice, previews what the upgrade does clause by clause, upgrades, and finds the changed
// clauses flagged for re-check, the new one open and the dropped one kept read-only.

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const VIEWPORTS = { desktop: { width: 1440, height: 900 }, phone: { width: 375, height: 812 } } as const;

/** Publishes lib/test/playbook-v2.ts as the demo organisation's next version (what the editor's publish step will do). */
function publishVersion2() {
  execFileSync("node_modules/.bin/tsx", ["e2e/support/publish-playbook-v2.ts"], { env: process.env, stdio: "inherit" });
}

test("a negotiator previews and upgrades a deal to a newer playbook version, then sees what changed", async ({ page }) => {
  const dealName = `Upgrade pilot ${Date.now()}`;
  await signIn(page, DEMO.negotiator);

  // A deal on the current version, with one clause settled that the next version will change.
  await page.goto("/deals/new");
  await page.getByLabel("Deal name").fill(dealName);
  await page.getByLabel("Vendor").fill("Acme Models Ltd");
  await page.getByLabel("Hosting model").selectOption("VENDOR_HOSTED");
  await page.getByRole("button", { name: "Create deal" }).click();
  await expect(page.getByRole("heading", { name: dealName })).toBeVisible();
  const dealUrl = page.url();
  await page.goto(`${dealUrl}/layers/deployment-exit`);
  const renewal = page.getByTestId("checklist-item").filter({ hasText: "Renewal prices capped" });
  await renewal.getByRole("combobox").selectOption("FALLBACK_ACCEPTED");
  await renewal.getByRole("button", { name: "Save status" }).click();
  await expect(renewal.getByTestId("item-status")).toHaveText("Fallback accepted");

  // A newer version is published: the deal is untouched, and says so.
  publishVersion2();
  await page.goto(dealUrl);
  const notice = page.getByTestId("newer-playbook");
  await expect(notice).toContainText(/This deal follows playbook version \d+; version \d+ was published on/);
  await expect(notice).toContainText("data residency added");

  // The preview: clause by clause, and readiness now → after.
  await notice.getByRole("link", { name: "Preview upgrade" }).click();
  await page.waitForURL(/\/upgrade$/);
  await expect(page.getByTestId("plan-counts")).toHaveText("31 kept · 2 to re-check · 1 new · 1 retired");
  await expect(page.getByTestId("plan-capped-renewal-pricing")).toContainText("Priority (important → must-have) changed in version");
  await expect(page.getByTestId("plan-model-escrow")).toContainText("Must-have position changed in version");
  await expect(page.getByTestId("plan-group-NEW")).toContainText("Data and model stay in the agreed region");
  await expect(page.getByTestId("plan-group-RETIRED")).toContainText("Value back to the client where the vendor reuses its data");
  await expect(page.getByTestId("readiness-after")).toContainText("Not ready");
  await expect(page.getByText(/Renewal prices capped.* needs a re-check/)).toBeVisible();
  for (const [name, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    const violations = await axeViolations(page, WCAG_21_AA);
    expect
      .soft(
        violations.map((v) => v.id),
        describeViolations(`upgrade preview at ${name} size`, violations),
      )
      .toEqual([]);
    if (name === "phone") expect.soft((await horizontalOverflow(page)).overflow, "the preview scrolls sideways on a phone").toBeLessThanOrEqual(0);
    await screenshot(page, `deal-upgrade-preview-${name}`);
  }
  await page.setViewportSize(VIEWPORTS.desktop);

  // Upgrade, after a confirm step.
  const upgrade = page.getByRole("button", { name: /^Upgrade to version \d+$/ });
  const toVersion = (await upgrade.textContent())!.replace(/\D+/g, "");
  await upgrade.click();
  await page.getByRole("button", { name: `Yes, upgrade to version ${toVersion}` }).click();
  await page.waitForURL(dealUrl);
  await expect(page.getByTestId("newer-playbook")).toHaveCount(0);
  await expect(page.getByText(new RegExp(`· v${toVersion}$`))).toBeVisible();

  // The changed clauses carry the re-check flag; the new clause is open; the dropped one is history.
  await page.goto(`${dealUrl}/layers/deployment-exit`);
  const flagged = page.getByTestId("checklist-item").filter({ hasText: "Renewal prices capped" });
  await expect(flagged.getByText("Re-check", { exact: true })).toBeVisible();
  await expect(flagged.getByTestId("item-recheck")).toContainText("Priority (important → must-have) changed in version");
  await expect(flagged.getByTestId("item-status")).toHaveText("Fallback accepted");
  const added = page.getByTestId("checklist-item").filter({ hasText: "Data and model stay in the agreed region" });
  await expect(added.getByTestId("item-status")).toHaveText("Not started");
  await screenshot(page, "deal-upgrade-checklist");
  await page.goto(`${dealUrl}/layers/derived-data`);
  const retired = page.getByTestId("retired-items");
  await expect(retired.getByRole("heading", { name: `Retired in version ${toVersion}` })).toBeVisible();
  await screenshot(page, "deal-upgrade-retired");
  await retired.getByRole("link", { name: /View history/ }).click();
  await expect(page.getByTestId("retired-notice")).toContainText("kept read-only");
  await expect(page.getByRole("button", { name: "Save clause" })).toHaveCount(0);

  // "Still holds" clears the flag and the blocker; the activity lists the upgrade.
  await page.goto(`${dealUrl}/layers/deployment-exit`);
  await flagged.getByRole("link", { name: /Open clause/ }).click();
  await screenshot(page, "deal-upgrade-recheck-clause");
  await page.getByTestId("recheck-notice").getByRole("button", { name: "Still holds" }).click();
  await expect(page.getByTestId("recheck-notice")).toHaveCount(0);
  await page.goto(`${dealUrl}/activity`);
  const activity = page.getByTestId("activity-table");
  await expect(activity.getByText("Deal upgraded to a newer playbook version")).toBeVisible();
  await expect(activity.getByText("Clause confirmed after a playbook change")).toBeVisible();
});

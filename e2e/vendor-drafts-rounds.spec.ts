import AxeBuilder from "@axe-core/playwright";
import { describeViolations } from "./axe-report";
import { expect, test } from "./fixtures";
import { DEMO, screenshot, signIn } from "./helpers";
import { horizontalOverflow } from "./reflow";
import { dealWithTwoRounds } from "./support/draft-rounds";

// A vendor sends two rounds of its draft. The negotiator logs round 1 as vendor responses in one step
// (one proposed entry edited first), finds each response on its clause with the passage it came
// from, and compares round 2 with round 1: the data clause conceded, the outputs clause hardened.

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const VIEWPORTS = { desktop: { width: 1440, height: 900 }, phone: { width: 375, height: 812 } } as const;

const DATA_USE = "Vendor may use client data only for the client's project";
const OUTPUTS = "Client owns the model's outputs";

async function expectAccessible(page: import("@playwright/test").Page, name: string) {
  for (const [viewport, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    expect(
      violations.map((v) => v.id),
      describeViolations(`${name} at ${viewport} size`, violations),
    ).toEqual([]);
    if (viewport === "phone") expect(await horizontalOverflow(page), `${name} at 375 px`).toMatchObject({ overflow: 0 });
    await screenshot(page, `rounds-${name}-${viewport}`);
  }
  await page.setViewportSize(VIEWPORTS.desktop);
}

test.describe.configure({ timeout: 180_000 });

test("a negotiator logs a round as responses, finds them on the clause with their passage, and compares the next round", async ({ page }) => {
  const { dealId, draftIds } = dealWithTwoRounds(`Rounds pilot ${Date.now()}`);
  const [round1, round2] = draftIds;
  await signIn(page, DEMO.negotiator);

  // Round 1: one proposed response per clause the draft addresses.
  await page.goto(`/deals/${dealId}/drafts/${round1}/log`);
  await expect(page.getByRole("heading", { name: "Log round 1 as vendor responses" })).toBeVisible();
  const entries = page.getByTestId("log-entry");
  await expect(entries.first()).toBeVisible();
  const count = await entries.count();
  expect(count).toBeGreaterThanOrEqual(2);
  const dataUse = entries.filter({ has: page.getByRole("heading", { name: DATA_USE }) });
  await expect(dataUse.getByText("§ 6.1", { exact: true })).toBeVisible();
  await expect(dataUse.getByLabel("Vendor's stance")).toHaveValue("REJECTS");
  await expect(dataUse.getByLabel("Their offer reaches")).toHaveValue("BELOW_WALK_AWAY");
  await expect(dataUse.getByLabel("Our counter / next step")).toHaveValue(/Vendor may use your data for any purpose/);
  await expectAccessible(page, "log");

  // One entry edited before logging.
  const counter = "Only to build and run our model; anything else needs our written consent.";
  await dataUse.getByLabel("Our counter / next step").fill(counter);
  await page.getByRole("button", { name: `Log ${count} responses` }).click();
  await expect(page.getByTestId("round-logged")).toBeVisible();
  await expect(page.getByTestId("round-logged").getByRole("listitem")).toHaveCount(count);

  // The response on its clause, with the round and the passage it was logged from.
  await page.getByTestId("round-logged").getByRole("link", { name: DATA_USE }).click();
  await expect(page.getByRole("heading", { name: DATA_USE })).toBeVisible();
  const response = page.getByTestId("response-entry").first();
  await expect(response).toContainText(counter);
  const source = response.getByTestId("response-source");
  await expect(source).toContainText("From round 1 — Supply terms, round one");
  await expect(source.getByRole("link", { name: "§ 6.1" })).toHaveAttribute("href", new RegExp(`/deals/${dealId}/drafts/${round1}#passage-`));
  await expect(source).toContainText("may use Customer Data for any purpose");
  await expect(page.getByTestId("clause-status")).toContainText("In negotiation");
  await expectAccessible(page, "clause");

  // Round 2 against round 1 (the previous round by default).
  await page.goto(`/deals/${dealId}/drafts/${round2}/compare`);
  await expect(page.getByRole("heading", { name: "Round 2 against round 1" })).toBeVisible();
  await expect(page.getByTestId("compare-clause").filter({ hasText: DATA_USE })).toHaveAttribute("data-verdict", "conceded");
  const outputs = page.getByTestId("compare-clause").filter({ hasText: OUTPUTS });
  await expect(outputs).toHaveAttribute("data-verdict", "hardened");
  await expect(outputs).toContainText("New: Vendor owns improvements");
  expect(Number(await page.getByTestId("count-conceded").textContent())).toBeGreaterThanOrEqual(1);
  expect(Number(await page.getByTestId("count-hardened").textContent())).toBeGreaterThanOrEqual(1);
  await expectAccessible(page, "compare");
});

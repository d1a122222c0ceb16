import { expect, hydratingPage, test } from "./fixtures";
import { DEMO, screenshot, signIn } from "./helpers";

test("a CIO works the review queue: blocked approval, risk acceptance, approval, then it goes stale when a clause changes", async ({ page, browser }) => {
  await signIn(page, DEMO.cio);
  const queue = page.getByTestId("review-queue");
  await expect(queue).toBeVisible();
  const row = page.getByTestId("queue-row").filter({ hasText: "Claims triage assistant" });
  await expect(row).toBeVisible();
  await row.getByRole("link", { name: "Claims triage assistant" }).click();
  await page.waitForURL(/\/review$/);

  // A must-have clause is still open: approval is refused.
  await expect(page.getByTestId("readiness")).toContainText("Not ready");
  await page.getByRole("button", { name: "Approve for signing" }).click();
  await expect(page.getByText(/Approval refused: \d+ blockers? remain/)).toBeVisible();
  await expect(page.getByTestId("review-entry")).toHaveCount(0);
  await screenshot(page, "review-blocked");

  // Accept the gap in writing, clause by clause, then approve.
  const openGaps = page.getByTestId("gap").filter({ has: page.getByRole("button", { name: "Record risk acceptance" }) });
  const titles = await openGaps.getByRole("link").allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) {
    const gap = page.getByTestId("gap").filter({ has: page.getByRole("link", { name: title, exact: true }) });
    await gap.getByLabel("Accept this gap in writing").fill("Vendor is a listed company; escrow follows in the first amendment within 60 days.");
    await gap.getByRole("button", { name: "Record risk acceptance" }).click();
    await expect(gap.getByText("Risk accepted")).toBeVisible();
  }
  await expect(page.getByTestId("readiness")).toContainText("Ready to sign");
  await page.getByLabel("Comment").fill("Approved with the escrow gap accepted.");
  await page.getByRole("button", { name: "Approve for signing" }).click();
  const entry = page.getByTestId("review-entry").first();
  await expect(entry).toContainText("Approved");
  await expect(entry).toContainText("Risks accepted with this decision");
  await expect(page.getByText(/Approved by Chris Ito/)).toBeVisible();
  await screenshot(page, "review-approved");
  const reviewUrl = page.url();

  // The negotiator changes a clause on the approved deal.
  const negotiatorPage = hydratingPage(await (await browser.newContext()).newPage());
  await signIn(negotiatorPage, DEMO.negotiator);
  await negotiatorPage.goto(reviewUrl.replace(/\/review$/, "/layers/deployment-exit"));
  const item = negotiatorPage.getByTestId("checklist-item").filter({ hasText: "Renewal prices capped" });
  await expect(item).toContainText("Fallback accepted");
  await item.getByRole("combobox").selectOption("IN_NEGOTIATION");
  await item.getByRole("button", { name: "Save status" }).click();
  await expect(item.getByRole("button", { name: "Save status" })).toHaveCount(0);
  await expect(item).toContainText("In negotiation");

  // The CIO sees the approval as stale, with what changed.
  await page.reload();
  await expect(page.getByTestId("stale-approval")).toBeVisible();
  await expect(page.getByTestId("changed-since")).toContainText("Renewal prices capped");
  await expect(page.getByText("CIO review").first()).toBeVisible();
  await screenshot(page, "review-stale");
});

test("only a CIO or admin gets the decision controls", async ({ page }) => {
  await signIn(page, DEMO.negotiator);
  await page.goto("/deals");
  await page.getByRole("link", { name: "Demand forecasting model" }).click();
  await page.waitForURL(/\/deals\/[^/]+$/);
  await page.getByRole("link", { name: "Review", exact: true }).click();
  await expect(page.getByText("Only a CIO or an admin can approve")).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve for signing" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Record risk acceptance" })).toHaveCount(0);
});

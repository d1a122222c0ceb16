import { expect, hydratingPage, test } from "./fixtures";
import { DEMO, screenshot, signIn } from "./helpers";

// Issue 16: a negotiator puts a deal on a capped base-model licence with more users than the cap; the
// blocking finding shows on the overview and blocks readiness; a CIO accepts it in writing on the review
// page, and the blocker is gone. The manager's portfolio counts the deals by licence.

const RATIONALE = "Meta's separate licence is being negotiated; the launch stays below the cap until it is signed.";

test("a negotiator puts a deal above a licence's user cap, sees the blocking finding; a CIO accepts it in writing and the blocker goes", async ({
  page,
  browser,
}) => {
  const dealName = `Support assistant on Llama ${Date.now()}`;
  await signIn(page, DEMO.negotiator);
  await page.goto("/deals/new");
  await page.getByLabel("Deal name").fill(dealName);
  await page.getByLabel("Vendor").fill("Lumen AI Labs");
  await page.getByLabel("Hosting model").selectOption("VENDOR_HOSTED");
  await page.getByRole("button", { name: "Create deal" }).click();
  await expect(page.getByRole("heading", { name: dealName })).toBeVisible();
  const dealUrl = page.url();

  // Edit the deal: pick the licence from the registry, state the users (typed with separators).
  await page.getByRole("link", { name: "Edit deal" }).click();
  await page.waitForURL(/\/edit$/);
  const licence = page.getByLabel("Base model licence", { exact: true });
  await licence.selectOption({ label: "Llama 3.1 Community License (Llama 3.1 8B, Llama 3.1 70B, Llama 3.1 405B)" });
  // A registry licence replaces the free-text fields with what the registry says.
  await expect(page.getByLabel("Licence as written (free text)")).toHaveCount(0);
  await expect(page.getByTestId("licence-entry-summary")).toContainText("Llama 3.1 Community License");
  const users = page.getByLabel("Expected monthly active users");
  await users.fill("nine hundred million");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(users).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter a whole number of users, e.g. 900,000,000, or leave it empty")).toBeVisible();
  await users.fill("900,000,000");
  await page.getByLabel("Use case category").selectOption("CUSTOMER_FACING");
  await screenshot(page, "licence-deal-form");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(dealUrl);

  // The overview: the licence card with the blocking finding, citing the licence section; readiness names it.
  const card = page.getByTestId("licence-findings-card");
  await expect(card).toContainText("Llama 3.1 Community License");
  await expect(card).toContainText("900,000,000");
  const finding = card.locator('[data-finding="user-threshold"]');
  await expect(finding).toContainText("Blocking");
  await expect(finding).toContainText("Expected users above the licence's threshold");
  await expect(finding.getByRole("link", { name: "§2 Additional Commercial Terms" })).toHaveAttribute("href", /llama-models/);
  await screenshot(page, "licence-overview");
  await card.screenshot({ path: "e2e/screenshots/licence-overview-card.png" });
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, "licence-overview-phone");
  await card.screenshot({ path: "e2e/screenshots/licence-overview-card-phone.png" });
  await page.setViewportSize({ width: 1440, height: 900 });

  // The CIO accepts it in writing on the review page.
  const cio = hydratingPage(await (await browser.newContext()).newPage());
  await signIn(cio, DEMO.cio);
  await cio.goto(`${dealUrl}/review`);
  const review = cio.getByTestId("licence-review");
  const open = review.locator('[data-finding="user-threshold"]');
  await expect(open).toContainText("Blocks approval");
  // The readiness lists the licence blocker after the clauses' (the summary shows the first few): count them.
  const blockerCount = async () =>
    Number(
      (await cio
        .getByTestId("readiness")
        .getByText(/^\d+ blockers?$/)
        .textContent())!.split(" ")[0],
    );
  const blockersBefore = await blockerCount();
  // Too short a rationale is refused with a field message.
  await open.getByLabel("Accept this finding in writing").fill("Fine.");
  await open.getByRole("button", { name: "Record written acceptance" }).click();
  await expect(open.getByText("Write at least a sentence (20 characters) on why this gap is acceptable")).toBeVisible();
  await open.getByLabel("Accept this finding in writing").fill(RATIONALE);
  await screenshot(cio, "licence-review-accept");
  await review.screenshot({ path: "e2e/screenshots/licence-review-card.png" });
  await open.getByRole("button", { name: "Record written acceptance" }).click();
  await expect(open.getByTestId("licence-acceptance")).toContainText(`Accepted in writing by Chris Ito`);
  await expect(open.getByTestId("licence-acceptance")).toContainText(RATIONALE);
  await expect(review).toContainText("0 open · 1 accepted");
  expect(await blockerCount()).toBe(blockersBefore - 1);
  await screenshot(cio, "licence-review-accepted");
  await cio.setViewportSize({ width: 375, height: 800 });
  await screenshot(cio, "licence-review-accepted-phone");
  await review.screenshot({ path: "e2e/screenshots/licence-review-card-phone.png" });
  await cio.context().close();

  // Back on the overview the negotiator sees the acceptance, and the blocker is gone.
  await page.reload();
  await expect(finding).toContainText("Accepted in writing");
  await expect(finding.getByTestId("licence-acceptance")).toContainText(RATIONALE);
  await expect(card).toContainText("Nothing blocking");
});

test("a manager sees the deals by base-model licence and follows the open findings to the deal list", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.goto("/portfolio");
  const panel = page.getByTestId("licence-panel");
  await expect(panel.getByRole("list", { name: "Deals by base-model licence" })).toContainText("Llama 3.1 Community License");
  await expect(panel.getByRole("list", { name: "Deals by base-model licence" })).toContainText("Unchecked (free text)");
  await panel.scrollIntoViewIfNeeded();
  await screenshot(page, "licence-portfolio");
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, "licence-portfolio-phone");
  await panel.screenshot({ path: "e2e/screenshots/licence-portfolio-panel-phone.png" });
  await page.setViewportSize({ width: 1440, height: 900 });
  const open = Number((await panel.getByTestId("licence-open-findings").locator("span").first().textContent())!.replace(/,/g, ""));
  // The demo deal at 900 million users on Llama 3.1 is one of them.
  expect(open).toBeGreaterThanOrEqual(1);
  await panel.getByTestId("licence-open-findings").click();
  await page.waitForURL(/licenceFindings=open/);
  await expect(page.getByTestId("drill-down")).toContainText("open blocking licence findings");
  await expect(page.getByTestId("deal-row").filter({ hasText: "Customer support assistant" })).toBeVisible();
  await expect(page.getByTestId("deal-total")).toHaveText(open.toLocaleString("en"));
});

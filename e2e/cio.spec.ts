import { expect, hydratingPage, test } from "./fixtures";
import pdf from "pdf-parse";
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

  // The readiness report, on screen and as a PDF whose text carries the deal and its score.
  const score = (await page.getByTestId("readiness-score").textContent())!.trim();
  await page.getByRole("link", { name: "Report", exact: true }).click();
  await page.waitForURL(/\/report$/);
  await expect(page.getByRole("heading", { name: /Claims triage assistant/ }).first()).toBeVisible();
  await screenshot(page, "report");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  const file = await download;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const text = (await pdf(bytes)).text;
  expect(text).toContain("Claims triage assistant");
  expect(text).toMatch(new RegExp(`\\b${score}\\s*/\\s*100`));

  // The negotiator changes a clause on the approved deal.
  const negotiatorPage = hydratingPage(await (await browser.newContext()).newPage());
  await signIn(negotiatorPage, DEMO.negotiator);
  await negotiatorPage.goto(reviewUrl.replace(/\/review$/, "/layers/deployment-exit"));
  const item = negotiatorPage.getByTestId("checklist-item").filter({ hasText: "Renewal prices capped" });
  await expect(item.getByTestId("item-status")).toHaveText("Fallback accepted");
  await item.getByRole("combobox").selectOption("IN_NEGOTIATION");
  await item.getByRole("button", { name: "Save status" }).click();
  await expect(item.getByRole("button", { name: "Save status" })).toHaveCount(0);
  // The badge, not the select's option text: it changes only once the save has committed.
  await expect(item.getByTestId("item-status")).toHaveText("In negotiation");

  // The CIO sees the approval as stale, with what changed.
  await page.goto(reviewUrl);
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

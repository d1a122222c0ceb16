import { axeViolations } from "./axe";
import { describeViolations } from "./axe-report";
import { expect, test } from "./fixtures";
import { DEMO, screenshot, signIn } from "./helpers";
import { horizontalOverflow } from "./reflow";
import type { Page } from "@playwright/test";
import { makePdf } from "../lib/test/draft-files";
import { ROUND_1, ROUND_2 } from "./support/draft-rounds";
import { contractDocx } from "./support/vendor-drafts";

// A vendor sends two rounds of its draft: round 1 as a Word file, round 2 as a PDF, both made by the
// test from known text and uploaded through the drafts page. The negotiator logs round 1 as vendor
// responses in one step (one proposed entry edited first), finds each response on its clause with the
// passage it came from, and compares round 2 with round 1: the data clause conceded, the outputs
// clause hardened.

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const VIEWPORTS = { desktop: { width: 1440, height: 900 }, phone: { width: 375, height: 812 } } as const;

const DATA_USE = "Vendor may use client data only for the client's project";
const OUTPUTS = "Client owns the model's outputs";

/** Uploads a file as the next round on the deal's drafts page; the review's draft id. */
async function uploadRound(page: Page, dealId: string, title: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto(`/deals/${dealId}/drafts`);
  const form = page.getByRole("form", { name: "Add a round" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("File", { exact: true }).setInputFiles(file);
  await form.getByRole("button", { name: "Upload and analyse" }).click();
  await page.waitForURL(new RegExp(`/deals/${dealId}/drafts/[^/?#]+$`));
  await expect(page.getByRole("heading", { name: new RegExp(`^Round \\d+: ${title}$`) })).toBeVisible();
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

async function expectAccessible(page: import("@playwright/test").Page, name: string) {
  for (const [viewport, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    const violations = await axeViolations(page, WCAG_21_AA);
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
  const dealName = `Rounds pilot ${Date.now()}`;
  await signIn(page, DEMO.negotiator);
  await page.goto("/deals/new");
  await page.getByLabel("Deal name").fill(dealName);
  await page.getByLabel("Vendor").fill("Rounds Vendor Ltd");
  await page.getByLabel("Hosting model").selectOption("VENDOR_HOSTED");
  await page.getByRole("button", { name: "Create deal" }).click();
  await expect(page.getByRole("heading", { name: dealName })).toBeVisible();
  const dealId = new URL(page.url()).pathname.split("/")[2];

  const round1 = await uploadRound(page, dealId, "Supply terms, round one", {
    name: "supply-terms-1.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: await contractDocx(ROUND_1.split("\n")),
  });
  const round2 = await uploadRound(page, dealId, "Supply terms, round two", {
    name: "supply-terms-2.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(await makePdf(ROUND_2.split("\n"))),
  });
  // The PDF's passages keep their numbers, like the Word file's.
  await expect(page.getByTestId("draft-passage").filter({ hasText: "shall use Customer Data only to build and run the model" })).toContainText("6.1");

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

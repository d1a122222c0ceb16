import { expect, test } from "./fixtures";
import { DEMO, screenshot, signIn } from "./helpers";
import { contractDocx } from "./support/vendor-drafts";

// The vendor-draft workbench as a negotiator uses it: a DOCX made from known text is uploaded with
// progress, the review shows its flagged words and what it is silent on, and the negotiator corrects
// the engine (accepts a mapping, maps a passage to another clause, dismisses a flag with a reason).

test("a negotiator uploads a vendor DOCX, reviews the highlights and silent must-haves, and corrects the mapping", async ({ page }) => {
  test.setTimeout(120_000);
  const dealName = `Claims triage model ${Date.now()}`;
  await signIn(page, DEMO.negotiator);
  await page.goto("/deals/new");
  await page.getByLabel("Deal name").fill(dealName);
  await page.getByLabel("Vendor").fill("Northwind Models Ltd");
  await page.getByLabel("Hosting model").selectOption("VENDOR_HOSTED");
  await page.getByRole("button", { name: "Create deal" }).click();
  await expect(page.getByRole("heading", { name: dealName })).toBeVisible();

  await page.getByRole("navigation", { name: "Deal" }).getByRole("link", { name: "Vendor drafts" }).click();
  await expect(page.getByText("No drafts yet")).toBeVisible();
  const form = page.getByRole("form", { name: "Add a round" });
  await expect(form.getByLabel("Title")).toHaveValue("Vendor draft, round 1");
  await expect(form.getByText("DOCX or PDF, at most 10 MB.")).toBeVisible();

  // Every state the progress bar shows is reported to the test as it happens (the page navigates to
  // the review as soon as the analysis is done, so the states are recorded, not polled).
  const seen: string[] = [];
  await page.exposeFunction("__progressSeen", (value: string) => seen.push(value));
  await page.evaluate(() => {
    const report = (window as unknown as { __progressSeen: (v: string) => void }).__progressSeen;
    let last = "";
    new MutationObserver(() => {
      const value = document.querySelector('[role="progressbar"]')?.getAttribute("aria-valuetext") ?? "";
      if (value && value !== last) report((last = value));
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  // A file the server cannot read: its refusal (a problem document) is shown on the file field, nothing saved.
  await form
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "notes.docx", mimeType: "application/octet-stream", buffer: Buffer.from("plain notes, not a DOCX") });
  await form.getByRole("button", { name: "Upload and analyse" }).click();
  await expect(form.getByLabel("File", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText(/Only DOCX and PDF files can be uploaded/)).toBeVisible();
  await screenshot(page, "vendor-draft-upload-refused");
  await expect(page.getByText("No drafts yet")).toBeVisible();

  await form.getByLabel("File", { exact: true }).setInputFiles({
    name: "northwind-msa-round-1.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: await contractDocx(),
  });
  await form.getByRole("button", { name: "Upload and analyse" }).click();
  await page.waitForURL(/\/drafts\/[^/?]+$/);
  // Uploading with a percentage, then the finished upload being analysed.
  expect(seen[0]).toMatch(/^\d+% uploaded$/);
  expect(seen.at(-1)).toBe("Uploaded; analysing the draft");

  // The review: numbered passages, the flagged words marked in place with the flag's title for screen readers.
  await expect(page.getByRole("heading", { name: "Round 1: Vendor draft, round 1" })).toBeVisible();
  const dataUse = page.getByTestId("draft-passage").filter({ hasText: "may use Customer Data for any purpose" });
  const mark = dataUse.locator("mark").first();
  await expect(mark).toBeVisible();
  await expect(mark.locator(".sr-only")).toContainText("flagged:");
  await expect(dataUse.getByTestId("draft-flag").first()).toContainText("Our counter:");
  // Silent must-haves are listed first, linked to their clause.
  const silent = page.getByTestId("silent-clauses");
  await expect(silent.locator("li").first().getByText("Must-have")).toBeVisible();
  await screenshot(page, "vendor-draft-review");
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, "vendor-draft-review-phone");
  await page.setViewportSize({ width: 1440, height: 900 });

  // Accept a proposed mapping.
  const proposed = page
    .getByTestId("mapping-chip")
    .filter({ has: page.getByRole("button", { name: /^Accept mapping to / }) })
    .first();
  const clauseName = (await proposed.getByRole("link").textContent())!;
  await proposed.getByRole("button", { name: `Accept mapping to ${clauseName}` }).click();
  await expect(page.getByTestId("mapping-chip").filter({ hasText: clauseName }).first()).toHaveAttribute("data-state", "ACCEPTED");

  // Map the escrow passage to another clause by hand.
  // (Its risky words are marked, with the flag's title inside the mark for screen readers: match the words before it.)
  const escrow = page.getByTestId("draft-passage").filter({ hasText: "1.1 The Supplier shall" });
  await escrow.getByRole("button", { name: /to another clause…$/ }).click();
  const remap = escrow.getByRole("form", { name: /to another clause$/ });
  const options = remap.getByLabel("Clause this passage addresses").locator("option");
  const target = (await options.nth(1).textContent())!.split(" — ")[0];
  await remap.getByLabel("Clause this passage addresses").selectOption({ index: 1 });
  await remap.getByRole("button", { name: "Map" }).click();
  const manual = escrow.getByTestId("mapping-chip").filter({ hasText: target });
  await expect(manual).toContainText("manual");
  await expect(manual).toContainText("mapped by hand");

  // Dismiss a flag, with the reason required.
  const flag = dataUse.getByTestId("draft-flag").first();
  await flag.getByRole("button", { name: "Dismiss…" }).click();
  await flag.getByRole("button", { name: "Dismiss flag" }).click();
  await expect(flag.getByText("Reason is required")).toBeVisible();
  await flag.getByLabel("Why is this not a risk here?").fill("Clause 9 limits this to improving the service we buy.");
  await flag.getByRole("button", { name: "Dismiss flag" }).click();
  await expect(flag).toHaveAttribute("data-dismissed", "true");
  await expect(flag).toContainText("Clause 9 limits this to improving the service we buy.");
  await expect(dataUse.locator("mark")).toHaveCount(0);

  // The list of rounds: source, checksum, counts, and the original for download.
  await page.getByRole("link", { name: "Vendor drafts", exact: true }).first().click();
  const round = page.getByTestId("round-1");
  await expect(round).toContainText("northwind-msa-round-1.docx");
  await expect(round).toContainText("Not logged yet");
  await expect(round.getByRole("link", { name: "Download original" })).toHaveAttribute("href", /\/file$/);
  await screenshot(page, "vendor-drafts-list");
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, "vendor-drafts-list-phone");
});

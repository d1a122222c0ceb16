import { axeViolations } from "./axe";
import { vendorRedlineText } from "../lib/test/draft-files";
import { describeViolations } from "./axe-report";
import { expect, test } from "./fixtures";
import { DEMO, screenshot, signIn } from "./helpers";
import { horizontalOverflow } from "./reflow";

// The "Analyse text" page: pasted vendor wording read by the draft engine against the current playbook.

test("a viewer pastes a vendor redline and sees highlights with the counter, mapped clauses with reasons, and a silent must-have", async ({ page }) => {
  await signIn(page, DEMO.viewer);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Analyse text" }).click();
  await expect(page.getByRole("heading", { name: "Analyse text", level: 1 })).toBeVisible();

  await page.getByLabel("Vendor text").fill(vendorRedlineText());
  await page.getByRole("button", { name: "Analyse" }).click();
  const result = page.getByTestId("analysis-result");
  await expect(result).toBeVisible();

  const dataUse = page.getByTestId("analysis-passage").filter({ hasText: "2.2" });
  const mark = dataUse.locator("mark[data-flag='data-any-purpose']");
  await expect(mark).toContainText(/any purpose/i);
  await expect(dataUse.getByTestId("analysis-flag").first()).toContainText("Counter:");

  const escrow = page.getByTestId("analysis-passage").filter({ hasText: "deposit the model weights" });
  await expect(escrow.getByTestId("analysis-clause").first()).toContainText("heading: Escrow");
  await expect(escrow.getByTestId("analysis-clause").first()).toContainText("Model escrow with clear release triggers");
  await expect(escrow.getByTestId("analysis-clause").first()).toContainText("because: escrow agent");

  const silent = page.getByTestId("silent-clauses");
  const retraining = silent.getByRole("listitem").filter({ hasText: "Silent on client may retrain and fine-tune the model" });
  await expect(retraining).toContainText("Must-have");
  await expect(silent.getByRole("listitem").first()).toContainText("Must-have");

  for (const [name, size] of [
    ["desktop", { width: 1440, height: 900 }],
    ["phone", { width: 375, height: 812 }],
  ] as const) {
    await page.setViewportSize(size);
    await screenshot(page, `analyze-${name}`);
    const violations = await axeViolations(page, ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
    expect(
      violations.map((v) => v.id),
      describeViolations(`/analyze with results at ${name} size`, violations),
    ).toEqual([]);
    if (name === "phone") expect((await horizontalOverflow(page)).overflow).toBeLessThanOrEqual(0);
  }
});

test("an over-long text gets the message under the field, and nothing else changes", async ({ page }) => {
  await signIn(page, DEMO.negotiator);
  await page.goto("/analyze");
  await page.getByLabel("Vendor text").fill("x".repeat(20_001));
  await page.getByRole("button", { name: "Analyse" }).click();
  await expect(page.getByText("text can be at most 20,000 characters")).toBeVisible();
  await expect(page.getByLabel("Vendor text")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Vendor text")).toBeFocused();
  await expect(page.getByTestId("analysis-result")).toHaveCount(0);
});

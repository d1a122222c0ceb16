import { expect, test } from "./fixtures";
import { DEMO, screenshot, signIn } from "./helpers";

const SLA = "Service levels and API safeguards where the vendor hosts";

test("a self-hosted deal shows the hosting SLA not applicable by rule; a negotiator overrides it and adds a clause for this deal only", async ({ page }) => {
  const dealName = `Self-hosted scoring model ${Date.now()}`;
  await signIn(page, DEMO.negotiator);
  await page.goto("/deals/new");
  await page.getByLabel("Deal name").fill(dealName);
  await page.getByLabel("Vendor").fill("Fjord Models AS");
  await page.getByLabel("Hosting model").selectOption("SELF_HOSTED");
  await page.getByLabel("Base model licence type").selectOption("OPEN_PERMISSIVE");
  await page.getByLabel("Regulated sector").check();
  await page.getByRole("button", { name: "Create deal" }).click();
  await expect(page.getByRole("heading", { name: dealName })).toBeVisible();
  // Self-hosting takes out the SLA; the regulated sector raises regulator audit.
  await expect(page.getByTestId("rule-adjusted")).toContainText("2 clauses adjusted by rules");

  await page.getByTestId("section-deployment-exit").click();
  const sla = page.getByTestId("checklist-item").filter({ hasText: SLA });
  await expect(sla.getByTestId("item-status")).toHaveText("Not applicable");
  await expect(sla.getByTestId("rule-note")).toContainText("Not applicable by rule: The client runs the model on its own infrastructure");
  const audit = page.getByTestId("checklist-item").filter({ hasText: "Audit and transparency rights" });
  await expect(audit.getByTestId("rule-note")).toContainText("Must-have on this deal: In a regulated sector");
  await screenshot(page, "deal-rules-checklist");
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, "deal-rules-checklist-phone");
  await page.setViewportSize({ width: 1440, height: 900 });

  // Override the rule on the clause page: the clause applies again, with the status it had.
  await sla.getByRole("link", { name: /Open clause/ }).click();
  await page.waitForURL(/\/clauses\//);
  await expect(page.getByTestId("clause-rules")).toContainText("The client runs the model on its own infrastructure");
  await page.getByLabel("Why the rules do not fit this deal").fill("The vendor still hosts our disaster-recovery copy.");
  await page.getByRole("button", { name: "Set the rules aside" }).click();
  await expect(page.getByTestId("clause-status")).toHaveText("Not started");
  await expect(page.getByTestId("rule-note")).toContainText("Rules set aside on this deal: The vendor still hosts our disaster-recovery copy.");
  await expect(page.getByRole("button", { name: "Apply the rules again" })).toBeVisible();
  await screenshot(page, "deal-rules-clause");

  // A clause for this deal only, in the same section. Loaded afresh: coming back by client navigation,
  // the router's prefetch of the clause pages evaluates the playbook's zod schema in the browser (pulled
  // in by the red-flag patterns), whose eval probe the CSP reports.
  await page.goto(page.url().replace(/\/clauses\/.*$/, "/layers/deployment-exit"));
  await page.getByText("Add a clause to this deal only").click();
  const form = page.getByRole("form", { name: /for this deal only/ });
  await form.getByLabel("Title").fill("Data stays in the EU");
  await form.getByLabel("Priority").selectOption("MUST_HAVE");
  await form.getByLabel("Why it matters").fill("Our regulator requires EU data residency.");
  await form.getByLabel("Must-have").fill("All processing and storage in the EU.");
  await form.getByLabel("Fallback").fill("EU storage; processing elsewhere under SCCs.");
  await form.getByLabel("Walk-away").fill("Any storage outside the EU.");
  await form.getByRole("button", { name: "Add to this deal" }).click();
  const added = page.getByTestId("checklist-item").filter({ hasText: "Data stays in the EU" });
  await expect(added).toContainText("This deal only");
  await expect(added).toContainText("Must-have");
  await screenshot(page, "deal-rules-deal-only");
});

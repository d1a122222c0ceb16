import { randomUUID } from "node:crypto";
import { expect, hydratingPage, test } from "./fixtures";
import { screenshot, signIn } from "./helpers";
import { createPasswordUser } from "./support/accounts";

// An admin edits the organisation's playbook in a draft: starts it, changes a clause's must-have
// position, adds a clause with an applicability rule and a scenario that clause defends, and sees
// all of it on the draft overview, then reads the diff against version 1 and publishes version 2.
// The organisation is the admin's own (created here), so no other spec's playbook changes.

const PASSWORD = "a playbook editor passphrase";

test("an admin drafts playbook changes (a position, a new clause with a rule, a scenario it defends), reads the diff and publishes", async ({
  page: rawPage,
}) => {
  test.setTimeout(150_000);
  const page = hydratingPage(rawPage);
  const { email } = await createPasswordUser({ prefix: "playbook-editor", password: PASSWORD, role: "VIEWER" });
  await signIn(page, email, PASSWORD);
  await page.goto("/organizations/new");
  await page.getByLabel("Organisation name").fill(`Playbook Editors ${randomUUID().slice(0, 4)}`);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page).toHaveURL(/\/$/);

  // From the playbook to the editor; no draft yet, and opening the page starts none.
  await page.goto("/playbook");
  await page.getByRole("link", { name: "Edit playbook" }).click();
  await expect(page.getByRole("heading", { name: "Edit the playbook", level: 1 })).toBeVisible();
  await page.reload();
  await page.getByRole("button", { name: "Start a draft from version 1" }).click();
  await expect(page.getByText("Draft based on version 1")).toBeVisible();
  await expect(page.getByRole("link", { name: "Review changes and publish" })).toHaveAttribute("href", "/playbook/edit/publish");

  // 1. A clause's must-have position.
  const ownership = page.getByTestId("draft-clause").filter({ hasText: "Client keeps ownership of the data it supplies" });
  await ownership.getByRole("link", { name: "Edit Client keeps ownership of the data it supplies" }).click();
  await expect(page.getByRole("heading", { name: "Client keeps ownership of the data it supplies", level: 1 })).toBeVisible();
  await page.getByLabel("Must-have position").fill("Every byte the client supplies stays the client's, in writing, with no licence back to the vendor.");
  await page.getByRole("button", { name: "Save the clause" }).click();
  await expect(page).toHaveURL(/\/playbook\/edit#clause-client-data-ownership$/);
  await expect(ownership).toContainText("Must-have: Every byte the client supplies stays the client's");

  // 2. A new clause in Deployment & exit, with a rule; a rule without a condition is refused on the rule first.
  const exit = page.locator("#section-deployment-exit");
  await exit.getByRole("link", { name: /^Add clause/ }).click();
  await expect(page.getByRole("heading", { name: "Add a clause", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Section")).toHaveValue("deployment-exit");
  await page.getByLabel("Title").fill("Data stays in the EU");
  await page.getByLabel("Priority").selectOption("MUST_HAVE");
  await page.getByLabel("Why it matters").fill("Regulators expect personal data to stay where the contract says.");
  await page.getByLabel("Must-have position").fill("Training data, weights and logs stay in EU data centres.");
  await page.getByLabel("Fallback position").fill("EU storage, with access from elsewhere only for support, logged.");
  await page.getByLabel("Walk-away line").fill("Any transfer outside the EU without our written consent.");
  await page.getByRole("button", { name: "Add a rule" }).click();
  const rule = page.getByTestId("rule-row");
  await rule.getByLabel("Reason (shown on the deal)").fill("Self-hosted deals keep the data with us anyway.");
  await page.getByRole("button", { name: "Add the clause" }).click();
  await expect(rule.getByText("Give the rule at least one condition")).toBeVisible();
  await expect(rule.getByLabel(/The model kind mentions/)).toBeFocused();
  await rule.getByLabel("Self-hosted").check();
  await screenshot(page, "playbook-editor-new-clause");
  await page.getByRole("button", { name: "Add the clause" }).click();
  await expect(page).toHaveURL(/\/playbook\/edit#clause-data-stays-in-the-eu$/);
  const residency = exit.getByTestId("draft-clause").filter({ hasText: "Data stays in the EU" });
  await expect(residency).toContainText("Must-have");
  await expect(residency).toContainText("1 rule");
  // It is the section's last clause.
  await expect(exit.getByTestId("draft-clause").last()).toContainText("Data stays in the EU");

  // 3. A scenario, then the new clause defends it.
  await page.getByRole("link", { name: "Add scenario" }).click();
  await page.getByLabel("Title").fill("Data left the EU");
  await page.getByLabel("The story").fill("A vendor moved fine-tuning to a cheaper region; the regulator noticed first.");
  await page.getByLabel("What went wrong").fill("Nothing in the contract said where the data lives.");
  await page.getByLabel("Warning while uncovered").fill("If the vendor moves the data tomorrow, nothing stops it.");
  await page.getByRole("button", { name: "Add the scenario" }).click();
  await expect(page).toHaveURL(/\/playbook\/edit#scenario-data-left-the-eu$/);
  await residency.getByRole("link", { name: "Edit Data stays in the EU" }).click();
  await page.getByRole("checkbox", { name: "Data left the EU" }).check();
  await page.getByRole("button", { name: "Save the clause" }).click();
  await expect(page).toHaveURL(/\/playbook\/edit#clause-data-stays-in-the-eu$/);

  // The overview shows all three changes.
  const scenario = page.getByTestId("draft-scenarios").getByRole("listitem").filter({ hasText: "Data left the EU" });
  await expect(scenario).toContainText("Defended by 1 clause");
  await expect(ownership).toContainText("Every byte the client supplies");
  await expect(page.getByText(/^Draft based on version 1/)).toBeVisible();
  await expect(page.getByText(/35 clauses, 5 scenarios/)).toBeVisible();
  await screenshot(page, "playbook-editor-overview");
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, "playbook-editor-overview-phone");
  await residency.getByRole("link", { name: "Edit Data stays in the EU" }).click();
  await expect(page.getByRole("checkbox", { name: "Data left the EU" })).toBeChecked();
  await expect(page.getByTestId("rule-row").getByLabel("Self-hosted")).toBeChecked();
  await screenshot(page, "playbook-editor-clause-phone");

  // 4. The diff against version 1: the clause added, the position's new words, the scenario; then publish.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/playbook/edit");
  await page.getByRole("link", { name: "Review changes and publish" }).click();
  await expect(page).toHaveURL(/\/playbook\/edit\/publish$/);
  await expect(page.locator('[data-testid="diff-item"][data-key="data-stays-in-the-eu"]')).toHaveAttribute("data-status", "added");
  const changedOwnership = page.locator('[data-testid="diff-item"][data-key="client-data-ownership"]');
  await expect(changedOwnership).toHaveAttribute("data-status", "changed");
  await expect(changedOwnership).toContainText("Positions changed");
  await expect(changedOwnership.locator("ins").first()).toContainText("Every");
  await expect(page.locator('[data-testid="diff-item"][data-key="data-left-the-eu"]')).toHaveAttribute("data-status", "added");
  await page.getByLabel("Change summary").fill("EU data residency: a new clause and the scenario it defends; ownership of supplied data in plainer words.");
  await page.getByRole("button", { name: "Publish as version 2" }).click();
  await expect(page).toHaveURL(/\/playbook\/versions\/2$/);
  await expect(page.getByText("Data stays in the EU").first()).toBeVisible();
  await page.goto("/playbook");
  await expect(page.getByText("Version 2", { exact: true })).toBeVisible();
});

import { randomUUID } from "node:crypto";
import { axeViolations } from "./axe";
import { expect, test } from "./fixtures";
import { describeViolations } from "./axe-report";
import { DEMO_PASSWORD, screenshot, signIn } from "./helpers";
import { horizontalOverflow } from "./reflow";
import { createPasswordUser } from "./support/accounts";

// An admin of an organisation of their own (so the demo organisation stays on version 1 for the other
// specs) exports version 1 of the playbook, edits one position in the JSON, imports it as the draft,
// reads the diff with the changed words highlighted, publishes it with a summary, and finds both
// versions in the history.

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

test("an admin imports an edited playbook, reads the diff, publishes version 2 and reads both versions", async ({ page }) => {
  test.setTimeout(120_000);
  const { email } = await createPasswordUser({ prefix: "versions", password: DEMO_PASSWORD, role: "VIEWER" });
  await signIn(page, email, DEMO_PASSWORD);
  await page.goto("/organizations/new");
  await page.getByLabel("Organisation name").fill(`Versions Org ${randomUUID().slice(0, 4)}`);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page).toHaveURL(/\/$/);

  // The playbook links its history; version 1 downloads as the canonical JSON file.
  await page.goto("/playbook");
  await page.getByRole("link", { name: "Versions", exact: true }).click();
  await expect(page.getByTestId("version-row")).toHaveCount(1);
  const exported = await page.request.get("/playbook/versions/1/export");
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toContain("application/json");
  expect(exported.headers()["content-disposition"]).toBe('attachment; filename="playbook-v1.json"');
  const original = await exported.text();

  // One position edited in the file: the first clause's walk-away line gets a word changed.
  const doc = JSON.parse(original);
  const clause = doc.clauses[0];
  const words: string[] = clause.walkAway.split(" ");
  const at = words.findIndex((w) => /^[A-Za-z]{4,}$/.test(w));
  const oldWord = words[at];
  words[at] = "Zanzibar";
  clause.walkAway = words.join(" ");
  const edited = `${JSON.stringify(doc, null, 2)}\n`;

  await page.goto("/playbook/edit/import");
  await page.getByLabel("Playbook file").setInputFiles({ name: "playbook-v1.json", mimeType: "application/json", buffer: Buffer.from(edited) });
  await page.getByRole("button", { name: "Import as the draft" }).click();

  // The diff: one clause changed, its positions flagged, the word replaced shown removed and added.
  await expect(page).toHaveURL(/\/playbook\/edit\/publish$/);
  await expect(page.getByTestId("diff-summary")).toContainText("Clauses: 1 changed.");
  const changed = page.locator(`[data-testid="diff-item"][data-key="${clause.key}"]`);
  await expect(changed).toHaveAttribute("data-status", "changed");
  await expect(changed).toContainText("Positions changed");
  await expect(changed.locator("del")).toHaveText(`[removed: ${oldWord}]`);
  await expect(changed.locator("ins")).toHaveText("[added: Zanzibar]");
  await expect(page.getByTestId("diff-clauses").getByText(/unchanged items/)).toBeVisible();
  const violations = await axeViolations(page, WCAG_21_AA);
  expect(violations, describeViolations("publish page", violations)).toEqual([]);
  await screenshot(page, "playbook-publish");

  // A summary too short is refused on its field; then it publishes as version 2.
  await page.getByLabel("Change summary").fill("Tighter");
  await page.getByRole("button", { name: "Publish as version 2" }).click();
  await expect(page.getByLabel("Change summary")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Change summary")).toBeFocused();
  const summary = "Walk-away line of the first clause tightened after the Q3 review.";
  await page.getByLabel("Change summary").fill(summary);
  await page.getByRole("button", { name: "Publish as version 2" }).click();
  await expect(page).toHaveURL(/\/playbook\/versions\/2$/);
  await expect(page.getByTestId("change-summary")).toHaveText(summary);
  await expect(page.getByTestId("playbook-layer")).toHaveCount(7);
  await expect(page.getByText("Zanzibar").first()).toBeVisible();

  // The history: version 2 current, version 1 still readable as it was.
  await page.goto("/playbook/versions");
  const rows = page.getByTestId("version-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("Version 2");
  await expect(rows.first()).toContainText("Current");
  await expect(rows.first()).toContainText(summary);
  await screenshot(page, "playbook-versions");
  await page.getByRole("link", { name: "Version 1", exact: true }).click();
  await expect(page).toHaveURL(/\/playbook\/versions\/1$/);
  await expect(page.getByTestId("playbook-layer")).toHaveCount(7);
  await expect(page.getByText("Zanzibar")).toHaveCount(0);

  // Version 2 compared with version 1: the same word change.
  await page.goto("/playbook/versions/2");
  await page.getByRole("link", { name: "Compare with version 1" }).click();
  await expect(page.locator(`[data-testid="diff-item"][data-key="${clause.key}"] ins`)).toHaveText("[added: Zanzibar]");
  await screenshot(page, "playbook-version-compare");
  // Exported again, version 2 is the edited file byte for byte.
  expect(await (await page.request.get("/playbook/versions/2/export")).text()).toBe(edited);

  // The same pages on a phone: nothing scrolls sideways.
  await page.setViewportSize({ width: 375, height: 812 });
  for (const [path, shot] of [
    ["/playbook/versions", "playbook-versions-phone"],
    ["/playbook/versions/2?view=changes", "playbook-version-compare-phone"],
    ["/playbook/edit/import", "playbook-import-phone"],
  ]) {
    await page.goto(path);
    expect(await horizontalOverflow(page), path).toMatchObject({ overflow: 0 });
    await screenshot(page, shot);
  }
});

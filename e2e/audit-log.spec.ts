import type { Browser, Page } from "@playwright/test";
import { parseCsv } from "@/lib/domain/csv";
import { expect, hydratingPage, test } from "./fixtures";
import { DEMO, screenshot, signIn, signInWithForm } from "./helpers";

// The organisation audit log end to end: a failed and a successful sign-in and a deal edit made in
// the UI show up on /admin/audit (filtered by person and by action) and in its CSV; a CIO reads it,
// a negotiator is refused.

const MANAGER_NAME = "Maya Manager";

/** A browser of its own per person, its pages waiting for hydration like the test fixture's. */
async function personPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: hydratingPage(await context.newPage()) };
}

async function downloadCsv(page: Page): Promise<string[][]> {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const chunks: Buffer[] = [];
  for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer);
  return parseCsv(
    Buffer.concat(chunks)
      .toString("utf8")
      .replace(/^\uFEFF/, ""),
  );
}

test("sign-ins and a deal edit appear in the audit log and its CSV; a CIO reads it, a negotiator cannot", async ({ browser }) => {
  const started = new Date().toISOString();
  const dealName = `Audit trail deal ${Date.now()}`;

  // A failed, then a successful password sign-in of the manager.
  const { context: managerContext, page: managerPage } = await personPage(browser);
  await managerPage.goto("/login");
  await managerPage.getByLabel("Email").fill(DEMO.manager);
  await managerPage.getByLabel("Password").fill("not the password");
  await managerPage.getByRole("button", { name: "Sign in" }).click();
  await expect(managerPage.getByText("The email or password is incorrect.")).toBeVisible();
  await signInWithForm(managerPage, DEMO.manager);
  await managerContext.close();

  // The negotiator creates a deal and edits it through the form.
  const { context: negotiatorContext, page: negotiator } = await personPage(browser);
  await signIn(negotiator, DEMO.negotiator);
  await negotiator.goto("/deals/new");
  await negotiator.getByLabel("Deal name").fill(dealName);
  await negotiator.getByLabel("Vendor").fill("Audit Vendor Ltd");
  await negotiator.getByLabel("Hosting model").selectOption("SELF_HOSTED");
  await negotiator.getByRole("button", { name: "Create deal" }).click();
  await expect(negotiator.getByRole("heading", { name: dealName })).toBeVisible();
  await negotiator.getByRole("link", { name: "Edit deal" }).click();
  await negotiator.waitForURL(/\/edit$/);
  await negotiator.getByRole("combobox", { name: "Vendor", exact: true }).fill("Audit Vendor Group");
  await negotiator.getByRole("button", { name: "Save changes" }).click();
  await expect(negotiator.getByText("Audit Vendor Group").first()).toBeVisible();

  // A negotiator may not read the log: the refusal page, and 403 on the CSV.
  await negotiator.goto("/admin/audit");
  await expect(negotiator.getByTestId("not-allowed")).toContainText("Only Admins and CIOs can read the organisation's audit log");
  await expect(negotiator.getByTestId("audit-table")).toHaveCount(0);
  expect((await negotiator.request.get("/admin/audit/export")).status()).toBe(403);
  await negotiatorContext.close();

  // The admin filters by person: the manager's two sign-ins, with method and address.
  const { context: adminContext, page } = await personPage(browser);
  await signIn(page, DEMO.admin);
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await page.getByLabel("Person").selectOption({ label: MANAGER_NAME });
  await page.getByLabel("From (UTC)").fill(started.slice(0, 10));
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/actorId=/);
  const rows = page.getByTestId("audit-row");
  await expect(rows.filter({ hasText: "Sign-in failed" }).first()).toContainText("password from");
  await expect(rows.filter({ hasText: "Signed in" }).first()).toContainText(MANAGER_NAME);
  for (const person of await rows.locator("td:nth-child(2)").allTextContents()) expect(person).toBe(MANAGER_NAME);
  await screenshot(page, "audit-log-person");

  const csv = await downloadCsv(page);
  const [header, ...data] = csv;
  expect(header).toEqual([
    "time_utc",
    "person",
    "person_email",
    "action",
    "action_label",
    "entity_type",
    "entity_id",
    "deal_id",
    "deal_name",
    "details",
    "api_token",
  ]);
  const recent = data.filter((r) => r[0] >= started);
  expect(recent.map((r) => r[3])).toEqual(expect.arrayContaining(["signin.failed", "signin.succeeded"]));
  for (const row of data) expect(row[2]).toBe(DEMO.manager);
  const failed = recent.find((r) => r[3] === "signin.failed")!;
  expect(JSON.parse(failed[9]).after).toMatchObject({ method: "password" });
  // Oldest first: the failure before the success.
  expect(recent.findIndex((r) => r[3] === "signin.failed")).toBeLessThan(recent.findLastIndex((r) => r[3] === "signin.succeeded"));

  // Filtered by action: the edit, linked to its deal.
  await page.goto("/admin/audit");
  await page.getByLabel("Action").selectOption({ label: "Deal edited" });
  await page.getByRole("button", { name: "Filter" }).click();
  const edit = page.getByTestId("audit-row").filter({ hasText: dealName }).first();
  await expect(edit).toContainText("Noah Negotiator");
  await expect(edit).toContainText("vendor: Audit Vendor Ltd → Audit Vendor Group");
  for (const action of await page.getByTestId("audit-row").evaluateAll((els) => els.map((e) => e.getAttribute("data-action"))))
    expect(action).toBe("deal.updated");
  await edit.locator("summary", { hasText: "Details" }).click();
  await expect(edit.locator("details pre").first()).toBeVisible();
  const actionCsv = await downloadCsv(page);
  const editRow = actionCsv.slice(1).find((r) => r[8] === dealName);
  expect(editRow?.slice(3, 6)).toEqual(["deal.updated", "Deal edited", "Deal"]);
  await edit.getByRole("link", { name: dealName }).click();
  await expect(page.getByRole("heading", { name: dealName })).toBeVisible();

  // A bad filter is explained, not a crash.
  await page.goto("/admin/audit?from=2026-02-30&action=nope");
  await expect(page.getByRole("alert").filter({ hasText: "These filters cannot be used" })).toContainText("Choose an action from the list");
  await expect(page.getByLabel("From (UTC)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#audit-from-error")).toHaveText("Not a real date");
  await expect(page.getByTestId("audit-table")).toHaveCount(0);
  await adminContext.close();

  // A CIO reads the log too (read-only: there is nothing to change).
  const { context: cioContext, page: cio } = await personPage(browser);
  await signIn(cio, DEMO.cio);
  await cio.goto("/admin/audit");
  await expect(cio.getByTestId("audit-table")).toBeVisible();
  await expect(cio.getByRole("link", { name: "Download CSV" })).toBeVisible();
  await expect(cio.getByRole("button").filter({ hasText: /delete|remove|edit/i })).toHaveCount(0);
  await screenshot(cio, "audit-log-cio");
  await cio.setViewportSize({ width: 375, height: 812 });
  await cio.reload();
  await screenshot(cio, "audit-log-phone");
  await cioContext.close();
});

import { randomUUID } from "node:crypto";
import type pg from "pg";
import { expect, test } from "./fixtures";
import { DEMO, DEMO_PASSWORD, screenshot, signIn } from "./helpers";
import { connect } from "./http/database";
import { waitForMail } from "./support/mail";

// A person creates an organisation and runs it: its settings (the name in the header, the currency
// of new deals, a stale form refused) and its outbox (the mail mode, a message's text, "retry now"
// through the real SMTP sink the app sends to in these tests).

let db: pg.Client;

test.beforeAll(async () => {
  db = connect();
  await db.connect();
});

test.afterAll(async () => {
  await db?.end();
});

/**
 * A person of their own (a viewer of the demo organisation, the demo password), so the organisations
 * they create change no other test's demo users.
 */
async function freshUser(): Promise<string> {
  const email = `founder-${randomUUID().slice(0, 8)}@test.example`;
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO "User" ("id", "email", "name", "passwordHash")
     SELECT $1, $2, 'Fran Founder', "passwordHash" FROM "User" WHERE "email" = $3 RETURNING "id"`,
    [`cu${randomUUID().replace(/-/g, "").slice(0, 23)}`, email, DEMO.viewer],
  );
  await db.query(
    `INSERT INTO "Membership" ("id", "userId", "organizationId", "role")
     SELECT $1, $2, "id", 'VIEWER' FROM "Organization" WHERE "slug" = 'demo-corp'`,
    [`cm${randomUUID().replace(/-/g, "").slice(0, 23)}`, rows[0].id],
  );
  return email;
}

async function outboxMessage(organizationId: string, status: "SENT" | "FAILED" | "STORED", to: string, text: string) {
  await db.query(
    `INSERT INTO "OutboxMessage" ("id", "organizationId", "kind", "toAddress", "subject", "text", "status", "attempts", "lastError", "sentAt", "createdAt")
     VALUES ($1, $2, 'invitation', $3, $4, $5, $6::"OutboxStatus", $7, $8, $9, now())`,
    [
      `co${randomUUID().replace(/-/g, "").slice(0, 23)}`,
      organizationId,
      to,
      `You are invited (${status.toLowerCase()})`,
      text,
      status,
      status === "FAILED" ? 6 : 1,
      status === "FAILED" ? "connect ECONNREFUSED 10.0.0.1:25" : null,
      status === "SENT" ? new Date() : null,
    ],
  );
}

test("a person creates an organisation, lands in it as its admin, edits its settings and reads its outbox", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const email = await freshUser();
  const name = `Orbit Labs ${randomUUID().slice(0, 4)}`;
  await signIn(page, email, DEMO_PASSWORD);

  // From the account page to the form; an empty name is refused on its field.
  await page.goto("/account");
  await page.getByRole("link", { name: "Create an organisation" }).click();
  await expect(page.getByRole("heading", { name: "Create an organisation" })).toBeVisible();
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByLabel("Organisation name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Organisation name is required")).toBeVisible();
  await expect(page.getByLabel("Organisation name")).toBeFocused();
  await screenshot(page, "organization-new");

  await page.getByLabel("Organisation name").fill(name);
  await page.getByLabel("Default currency").selectOption("EUR");
  await page.getByRole("button", { name: "Create organisation" }).click();

  // Home, in the new organisation, as its admin: the switcher shows it and the Admin section is there.
  await expect(page).toHaveURL(/\/$/);
  const switcher = page.getByTestId("organization-switcher");
  await expect(switcher.locator("option:checked")).toHaveText(name);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toBeVisible();
  const { rows } = await db.query<{ id: string; slug: string }>(`SELECT "id", "slug" FROM "Organization" WHERE "name" = $1`, [name]);
  expect(rows).toHaveLength(1);
  const orgId = rows[0].id;

  // Its own playbook, readable at once.
  await page.goto("/playbook");
  await expect(page.getByTestId("playbook-layer")).toHaveCount(7);
  await expect(page.getByTestId("playbook-pitch").first()).toBeVisible();

  // The new-deal form starts in the organisation's currency.
  await page.goto("/deals/new");
  await expect(page.getByLabel("Currency")).toHaveValue("EUR");

  // Settings: rename, change the default currency; the header shows the new name.
  await page.goto("/admin");
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  // The deployment under test configures one provider (the test services' OIDC provider): it is offered, not linked yet.
  await expect(page.getByTestId("no-sso-providers")).toHaveCount(0);
  await expect(page.getByLabel("Identity provider").locator("option", { hasText: "Corp SSO" })).toHaveCount(1);
  await expect(page.getByLabel("Identity provider")).toHaveValue("");
  await expect(page.getByLabel("Organisation name")).toHaveValue(name);
  const renamed = `${name} Europe`;
  await page.getByLabel("Organisation name").fill(renamed);
  await page.getByLabel("Default currency").selectOption("GBP");
  // Password sign-in cannot be turned off without a provider: refused on that field.
  await page.getByLabel("Members may also sign in with a password").uncheck();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Password sign-in can only be turned off while a single sign-on provider is linked")).toBeVisible();
  await expect(page.getByLabel("Members may also sign in with a password")).toBeFocused();
  await page.getByLabel("Members may also sign in with a password").check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await expect(switcher.locator("option:checked")).toHaveText(renamed);
  await screenshot(page, "organization-settings");

  await page.goto("/deals/new");
  await expect(page.getByLabel("Currency")).toHaveValue("GBP");

  // A form read before someone else's save is refused.
  const stale = await page.context().newPage();
  await stale.goto("/admin/settings");
  await page.goto("/admin/settings");
  await page.getByLabel("Organisation name").fill(`${renamed} Ltd`);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await stale.getByLabel("Default currency").selectOption("CHF");
  await stale.getByRole("button", { name: "Save settings" }).click();
  await expect(stale.getByText("Someone changed the settings meanwhile")).toBeVisible();
  await stale.getByRole("button", { name: "Reload" }).click();
  await expect(stale.getByLabel("Organisation name")).toHaveValue(`${renamed} Ltd`);
  await stale.close();

  // The outbox: the mail mode (the app sends through the test SMTP sink), a sent message's text, and
  // a failed one retried for real.
  const failedTo = `retry-${randomUUID().slice(0, 8)}@test.example`;
  await outboxMessage(
    orgId,
    "SENT",
    `sent-${randomUUID().slice(0, 8)}@test.example`,
    "Welcome aboard.\nOpen https://example.test/invite/[link removed after sending]",
  );
  await outboxMessage(orgId, "FAILED", failedTo, "Please join us.");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Outbox" }).click();
  await expect(page.getByTestId("mail-mode")).toContainText("Mail is sent through 127.0.0.1:");
  await expect(page.getByTestId("mail-mode")).not.toContainText("smtp://");
  const rowsOf = page.getByTestId("outbox-row");
  await expect(rowsOf).toHaveCount(2);
  const sentRow = rowsOf.filter({ hasText: "You are invited (sent)" });
  await sentRow.getByText("Show message").click();
  await expect(sentRow.getByText("Welcome aboard.")).toBeVisible();
  await expect(sentRow.getByText("Sent", { exact: true })).toBeVisible();
  const failedRow = rowsOf.filter({ hasText: failedTo });
  await expect(failedRow.getByText("Failed", { exact: true })).toBeVisible();
  await expect(failedRow.getByText("ECONNREFUSED")).toBeVisible();
  await screenshot(page, "organization-outbox");

  await failedRow.getByRole("button", { name: `Retry now: message to ${failedTo}` }).click();
  const delivered = await waitForMail(failedTo);
  expect(delivered.text).toContain("Please join us.");
  await expect(async () => {
    await page.reload();
    await expect(rowsOf.filter({ hasText: failedTo }).getByText("Sent", { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });

  // Filtered by status.
  await page.getByRole("navigation", { name: "Filter by status" }).getByRole("link", { name: "Failed" }).click();
  await expect(page.getByText("No failed messages")).toBeVisible();

  // The same pages at phone width, for the screenshots.
  const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, storageState: await page.context().storageState() });
  const small = await phone.newPage();
  for (const [path, shot] of [
    ["/organizations/new", "organization-new-phone"],
    ["/admin/settings", "organization-settings-phone"],
    ["/admin/outbox", "organization-outbox-phone"],
  ]) {
    await small.goto(path);
    await screenshot(small, shot);
  }
  await phone.close();

  // Audited in the new organisation.
  const audit = await db.query<{ action: string }>(`SELECT "action" FROM "AuditEvent" WHERE "organizationId" = $1 ORDER BY "createdAt"`, [orgId]);
  expect(audit.rows.map((r) => r.action)).toEqual(["organization.created", "organization.settings-changed", "organization.settings-changed", "outbox.retried"]);
});

import type { Browser, Page } from "@playwright/test";
import { expect, hydratingPage, test } from "./fixtures";
import { DEMO, screenshot, signIn } from "./helpers";
import { connect } from "./http/database";
import { linkIn, waitForMail } from "./support/mail";
import { expectInAuditTrail } from "./support/audit-trail";

// The members page end to end: an invitation through the real SMTP sink, accepted in a fresh browser,
// a role change and a disable taking effect on the member's next request, and links that work once.

const PASSWORD = "a long enough password";

/** A browser of its own (no shared cookies) with its own client address, so its accept attempts have their own rate-limit budget. */
async function freshBrowser(browser: Browser, address: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
  return { context, page: hydratingPage(await context.newPage()) };
}

function memberRow(page: Page, email: string) {
  return page.getByTestId("member-row").filter({ hasText: email });
}

async function invite(page: Page, email: string, role: string) {
  const form = page.getByRole("form", { name: "Invite someone" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption(role);
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByText(`Invitation sent to ${email}.`, { exact: false })).toBeVisible();
}

test("admin invites a new person by email; they join, a role change and a disable reach them on their next request; the link works once", async ({
  page,
  browser,
}) => {
  const email = `invitee-${Date.now()}@new.example`;
  await signIn(page, DEMO.admin);
  await page.goto("/admin/members");
  await expect(page.getByRole("heading", { name: "Members", level: 1 })).toBeVisible();
  await expect(memberRow(page, DEMO.admin)).toContainText("you");

  // Refused without writing: an existing member, a malformed address.
  const form = page.getByRole("form", { name: "Invite someone" });
  await form.getByLabel("Email").fill(DEMO.viewer.toUpperCase());
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByText(`${DEMO.viewer} is already a member of this organisation.`)).toBeVisible();
  await form.getByLabel("Email").fill("not an address");
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByText("Enter a valid email address", { exact: false })).toBeVisible();
  await expect(form.getByLabel("Email")).toBeFocused();

  await invite(page, email, "VIEWER");
  const invitationRow = page.getByTestId("invitation-row").filter({ hasText: email });
  await expect(invitationRow).toContainText("Open");
  await screenshot(page, "members-admin");

  // The message reaches the SMTP sink; its link opens in a browser nobody is signed in to.
  const mail = await waitForMail(email);
  expect(mail.subject).toContain("invited you to");
  const link = linkIn(mail, "/invite/");
  const invitee = await freshBrowser(browser, "203.0.113.21");
  await invitee.page.goto(link);
  await expect(invitee.page.getByRole("heading", { name: /^Join / })).toBeVisible();
  await expect(invitee.page.getByText("as Viewer")).toBeVisible();
  await screenshot(invitee.page, "invite-new-account");

  // Mismatched passwords are refused on the field; then the account is created and signed in.
  await invitee.page.getByLabel("Your name").fill("Ivy Invitee");
  await invitee.page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await invitee.page.getByLabel("Repeat the password").fill("something else entirely");
  await invitee.page.getByRole("button", { name: "Create account and join" }).click();
  await expect(invitee.page.getByText("The passwords do not match")).toBeVisible();
  await invitee.page.getByLabel("Repeat the password").fill(PASSWORD);
  await invitee.page.getByRole("button", { name: "Create account and join" }).click();
  await expect(invitee.page.getByTestId("signed-in-user")).toContainText(email);

  // As a viewer they cannot start a deal.
  await invitee.page.goto("/deals");
  await expect(invitee.page.getByRole("heading", { name: "Deals", level: 1 })).toBeVisible();
  await expect(invitee.page.getByRole("link", { name: "New deal" })).toHaveCount(0);

  // The admin sees them as a member and the invitation as accepted; promotes them to negotiator.
  await page.reload();
  const row = memberRow(page, email);
  await expect(row).toContainText("Ivy Invitee");
  await expect(row).toContainText("Active");
  await expect(row).toContainText("by invitation");
  await expect(invitationRow).toContainText("Accepted");
  await row.getByLabel("Role of Ivy Invitee").selectOption("NEGOTIATOR");
  await row.getByRole("button", { name: "Save role" }).click();
  await expect(row.getByText("Role changed to Negotiator.")).toBeVisible();

  // Their next page load shows what a negotiator may do.
  await invitee.page.reload();
  await expect(invitee.page.getByRole("link", { name: "New deal" }).first()).toBeVisible();

  // Disabled: their next request is signed out, and signing in again gets them nowhere.
  await row.getByRole("button", { name: "Disable Ivy Invitee" }).click();
  await expect(row.getByText("Disabled", { exact: true })).toBeVisible();
  await screenshot(page, "members-admin-after-changes");
  await invitee.page.goto("/deals");
  await expect(invitee.page).toHaveURL(/\/login/);
  await expect(invitee.page.getByTestId("signed-in-user")).toHaveCount(0);
  await invitee.page.getByLabel("Email").fill(email);
  await invitee.page.getByLabel("Password").fill(PASSWORD);
  await invitee.page.getByRole("button", { name: "Sign in", exact: true }).click();
  // The right password, so they are told why: not "wrong password", and not let in.
  await expect(invitee.page.getByText("Your access has been disabled in every organisation you belonged to.")).toBeVisible();
  await expect(invitee.page).toHaveURL(/\/login/);
  await expect(invitee.page.getByTestId("signed-in-user")).toHaveCount(0);

  // The link was used: it cannot be used again.
  await invitee.page.goto(link);
  await expect(invitee.page.getByRole("heading", { name: "This invitation link is no longer valid" })).toBeVisible();
  await expect(invitee.page.getByTestId("invitation-invalid")).toContainText("Demo Corp's admin");
  await screenshot(invitee.page, "invite-no-longer-valid");
  await invitee.context.close();

  // The organisation's audit log has each step, on its page and in its CSV: the admin's and the invitee's.
  await expectInAuditTrail(page, { email: DEMO.admin, name: "Ada Admin", actions: ["invitation.sent", "member.role-changed", "member.disabled"] });
  await expectInAuditTrail(page, { email, name: "Ivy Invitee", actions: ["invitation.accepted", "signin.succeeded", "signin.refused"] });
});

test("an expired link and a link replaced by a re-send show the no-longer-valid page; the new link works", async ({ page, browser }) => {
  const email = `late-${Date.now()}@new.example`;
  await signIn(page, DEMO.admin);
  await page.goto("/admin/members");
  await invite(page, email, "MANAGER");
  const first = linkIn(await waitForMail(email), "/invite/");

  const visitor = await freshBrowser(browser, "203.0.113.22");
  await visitor.page.goto(first);
  await expect(visitor.page.getByRole("heading", { name: /^Join / })).toBeVisible();

  const db = connect();
  await db.connect();
  try {
    await db.query(`UPDATE "Invitation" SET "expiresAt" = now() - interval '1 minute' WHERE "email" = $1`, [email]);
  } finally {
    await db.end();
  }
  await visitor.page.reload();
  await expect(visitor.page.getByRole("heading", { name: "This invitation link is no longer valid" })).toBeVisible();

  // The admin sees it expired, and re-sends it: a new message with a new link.
  await page.reload();
  const row = page.getByTestId("invitation-row").filter({ hasText: email });
  await expect(row).toContainText("Expired");
  await row.getByRole("button", { name: `Re-send the invitation to ${email}` }).click();
  await expect(row.getByText(`A new link was sent to ${email}`, { exact: false })).toBeVisible();
  const second = linkIn(await waitForMail(email, { count: 2 }), "/invite/");
  expect(second).not.toBe(first);
  await visitor.page.goto(first);
  await expect(visitor.page.getByRole("heading", { name: "This invitation link is no longer valid" })).toBeVisible();
  await visitor.page.goto(second);
  await expect(visitor.page.getByText("as Manager")).toBeVisible();

  // Revoked: the new link stops working too.
  await page.reload();
  await page
    .getByTestId("invitation-row")
    .filter({ hasText: email })
    .getByRole("button", { name: `Revoke the invitation to ${email}` })
    .click();
  await expect(page.getByTestId("invitation-row").filter({ hasText: email })).toContainText("Revoked");
  await visitor.page.reload();
  await expect(visitor.page.getByRole("heading", { name: "This invitation link is no longer valid" })).toBeVisible();
  await visitor.context.close();
});

test("the members page is the admin's only: a manager sees who may use it", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.goto("/admin/members");
  await expect(page.getByTestId("not-allowed")).toContainText("Only Admins can manage members");
});

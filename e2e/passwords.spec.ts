import { expect, hydratingPage, test } from "./fixtures";
import { DEMO, screenshot, signIn } from "./helpers";
import { createPasswordUser, expireResetLink } from "./support/accounts";
import { linkIn, messagesTo, waitForMail } from "./support/mail";
import { expectInAuditTrail } from "./support/audit-trail";

// Forgot / reset password through the real SMTP sink, and changing the password on /account. Each
// test makes its own user (never a demo user: other specs sign in with the demo passwords) and uses
// its own client address (the test plays the trusted proxy), so per-address limits stay its own.

const OLD_PASSWORD = "the old e2e passphrase";
const NEW_PASSWORD = "a fresh e2e passphrase";

const anAddress = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`;

test("forgot password: the link from the mail sets a new password once; the old password stops working; an expired link says so", async ({ page, browser }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": anAddress() });
  const user = await createPasswordUser({ prefix: "reset", password: OLD_PASSWORD });

  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(user.email.toUpperCase());
  await page.getByRole("button", { name: "Send reset link" }).click();
  const answer = page.getByRole("status");
  await expect(answer).toContainText("If an account with a password exists for");
  await expect(answer).toContainText("1 hour");
  await screenshot(page, "passwords-forgot-sent");

  const mail = await waitForMail(user.email);
  expect(mail.subject).toBe("Reset your Dealplaybook password");
  expect(mail.text).toContain("expires");
  const link = linkIn(mail, "/reset-password/");

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expect(page.getByText(user.email)).toBeVisible();
  // Mismatched repetition: a message on that field, nothing changes.
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD + "!");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("The passwords do not match")).toBeVisible();
  await expect(page.getByLabel("Repeat the new password")).toBeFocused();
  await screenshot(page, "passwords-reset-mismatch");
  await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  // Signed in with the new password straight away.
  await expect(page.getByTestId("signed-in-user")).toContainText(user.email);
  const notice = await waitForMail(user.email, { count: 2 });
  expect(notice.subject).toBe("Your Dealplaybook password was changed");

  // The old password fails, the new one works.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(OLD_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
  await signIn(page, user.email, NEW_PASSWORD);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  // The same link cannot be used twice.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link was already used" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Set new password" })).toHaveCount(0);
  await screenshot(page, "passwords-reset-used");

  // A newer link that has expired.
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account with a password exists");
  const second = linkIn(await waitForMail(user.email, { count: 3 }), "/reset-password/");
  expect(second).not.toBe(link);
  await expireResetLink(second.split("/").pop()!);
  await page.goto(second);
  await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ask for a new link" })).toHaveAttribute("href", "/forgot-password");
  await screenshot(page, "passwords-reset-expired");

  // The organisation's audit log has the request, the reset and the sign-ins, on its page and in its CSV.
  const admin = await browser.newContext();
  const adminPage = hydratingPage(await admin.newPage());
  await signIn(adminPage, DEMO.admin);
  await expectInAuditTrail(adminPage, {
    email: user.email,
    name: "Test reset",
    actions: ["password.reset-requested", "password.reset", "signin.failed", "signin.succeeded", "password.reset-requested"],
  });
  await admin.close();
});

test("forgot password for an address nobody has: the same answer, and no mail", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": anAddress() });
  const email = `nobody-${Date.now()}@example.com`;
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill("not an address");
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toContainText(`If an account with a password exists for ${email}`);
  // Mail goes out right after the answer; give it the time a real message takes here.
  await page.waitForTimeout(2000);
  expect(await messagesTo(email)).toEqual([]);
});

test("changing the password on /account ends the session in another browser; this one stays signed in", async ({ page, browser }) => {
  const user = await createPasswordUser({ prefix: "change", password: OLD_PASSWORD });
  const otherContext = await browser.newContext();
  const other = hydratingPage(await otherContext.newPage());
  try {
    await signIn(other, user.email, OLD_PASSWORD);
    await signIn(page, user.email, OLD_PASSWORD);

    await page.goto("/account");
    await page.getByLabel("Current password").fill("not my password");
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("The current password is incorrect")).toBeVisible();
    await expect(page.getByLabel("Current password")).toBeFocused();
    await screenshot(page, "passwords-change-wrong-current");

    await page.getByLabel("Current password").fill(OLD_PASSWORD);
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your password was changed" })).toContainText("this one stays signed in");
    await screenshot(page, "passwords-change-done");
    expect((await waitForMail(user.email)).subject).toBe("Your Dealplaybook password was changed");

    // This browser: still signed in, on a full page load too.
    await page.goto("/deals");
    await expect(page).toHaveURL(/\/deals$/);
    await expect(page.getByTestId("signed-in-user")).toContainText(user.email);

    // The other browser: signed out on its next request.
    await other.goto("/deals");
    await expect(other).toHaveURL(/\/login/);
    await signIn(other, user.email, NEW_PASSWORD);
  } finally {
    await otherContext.close();
  }
});

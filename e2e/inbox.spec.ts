import { expect, test, type Page } from "@playwright/test";
import { hydratingPage } from "./fixtures";
import { screenshot, signIn } from "./helpers";
import { createPasswordUser } from "./support/accounts";
import { addNotifications } from "./support/notifications";

// The inbox of one person (a new negotiator of the demo organisation, so no other spec changes their
// count): the unread count in the header, opening a notification marks it read, "Mark read", "Mark
// all read", the unread filter and its empty state, and the choices of delivery per kind.

const PASSWORD = "an inbox passphrase";
const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 375, height: 812 } } as const;

async function shoot(page: Page, name: string) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await screenshot(page, `inbox-${size}-${name}`);
  }
  await page.setViewportSize(SIZES.desktop);
}

test("the header counts unread notifications; opening one, Mark read and Mark all read bring it to zero", async ({ page: rawPage }) => {
  const page = hydratingPage(rawPage);
  const reader = await createPasswordUser({ prefix: "inbox", password: PASSWORD });
  const { dealName, dealId } = await addNotifications(reader.id, [
    { kind: "SUBMITTED", title: "A deal was submitted for your review", body: "Ready for you: the weights clause is settled.", to: "review", minutesAgo: 30 },
    { kind: "MENTION", title: "You were mentioned on a clause", body: "@you please check the escrow wording.", to: "deal", minutesAgo: 5 },
    { kind: "SIGNING_NEAR", title: "Signing in 7 days with must-haves open", to: "deal", minutesAgo: 2, reminder: true },
  ]);
  await signIn(page, reader.email, PASSWORD);

  const inboxLink = page.getByRole("banner").getByRole("link", { name: /^Inbox/ });
  await expect(inboxLink).toHaveAccessibleName("Inbox, 3 unread");
  await inboxLink.click();
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  const items = page.getByTestId("notification");
  await expect(items).toHaveCount(3);
  // Newest first, each with its kind, who caused it, and the deal.
  await expect(items.nth(0)).toContainText("Signing soon");
  await expect(items.nth(0)).toContainText("Reminder from Dealplaybook");
  await expect(items.nth(2)).toContainText("Submitted for review");
  await expect(items.nth(2)).toContainText(`Deal: ${dealName}`);
  await expect(items.nth(2)).toContainText("From Chris Ito");
  await shoot(page, "items");

  // Opening one marks it read and goes where it leads; the count drops on arrival.
  await page.getByRole("link", { name: "A deal was submitted for your review" }).click();
  await expect(page).toHaveURL(new RegExp(`/deals/${dealId}/review$`));
  await expect(inboxLink).toHaveAccessibleName("Inbox, 2 unread");

  await page.goto("/inbox");
  await expect(items.filter({ hasText: "submitted for your review" })).toHaveAttribute("data-unread", "false");
  await page.getByRole("button", { name: "Mark read: You were mentioned on a clause" }).click();
  await expect(items.filter({ hasText: "You were mentioned" })).toHaveAttribute("data-unread", "false");
  await expect(inboxLink).toHaveAccessibleName("Inbox, 1 unread");
  await expect(page.getByRole("link", { name: "Unread (1)" })).toBeVisible();

  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 notification marked read." })).toBeVisible();
  await expect(inboxLink).toHaveAccessibleName("Inbox");
  await expect(page.getByTestId("inbox-unread-badge")).toHaveCount(0);
  await expect(items.and(page.locator('[data-unread="true"]'))).toHaveCount(0);

  await page.getByRole("link", { name: "Unread", exact: true }).click();
  await expect(page).toHaveURL(/\/inbox\?filter=unread$/);
  await expect(page.getByRole("heading", { name: "Nothing unread" })).toBeVisible();
  await shoot(page, "empty");
});

test("notification settings: one choice per kind, saved and shown again", async ({ page: rawPage }) => {
  const page = hydratingPage(rawPage);
  const person = await createPasswordUser({ prefix: "inbox-settings", password: PASSWORD });
  await signIn(page, person.email, PASSWORD);
  await page.goto("/account");
  await page.getByRole("link", { name: "Notification settings" }).click();
  await expect(page).toHaveURL(/\/account\/notifications$/);
  await expect(page.getByRole("heading", { level: 1, name: "Notification settings" })).toBeVisible();

  const mentions = page.getByRole("group", { name: "Someone mentions me in a clause discussion" });
  const idle = page.getByRole("group", { name: "A deal I own has had no activity for 14 days" });
  // Nothing chosen yet: each kind's default.
  await expect(mentions.getByRole("radio", { name: /^Email at once/ })).toBeChecked();
  await expect(idle.getByRole("radio", { name: /^Daily digest email/ })).toBeChecked();
  await shoot(page, "settings");

  await mentions.getByRole("radio", { name: /^Daily digest email/ }).check();
  await idle.getByRole("radio", { name: /^In the app only/ }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your notification settings are saved." })).toBeVisible();

  await page.reload();
  await expect(mentions.getByRole("radio", { name: /^Daily digest email/ })).toBeChecked();
  await expect(idle.getByRole("radio", { name: /^In the app only/ })).toBeChecked();
  await expect(page.getByRole("group", { name: "A deal is submitted for CIO review" }).getByRole("radio", { name: /^Email at once/ })).toBeChecked();
});

import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { expect, hydratingPage, test } from "./fixtures";
import { DEMO, screenshot, signIn } from "./helpers";
import { messagesTo } from "./support/mail";

// Teamwork's review journey: a negotiator submits a deal; the CIO is told in the inbox and by email,
// opens it from there and requests changes; the negotiator is told, and asks the manager about the gap
// in the clause's discussion with an @mention; the manager is told in the inbox and by email. The admin
// turns on the second-approver policy and flags the manager as approver, the deal is submitted again,
// the CIO accepts the remaining gap (with its owner and review date) and approves, and the manager
// completes the approval.

const DEAL = "Contract review copilot";

function addReviewDeal(): { dealId: string; gapClauseId: string } {
  const out = execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "e2e/support/add-review-deal.ts", DEAL], {
    env: process.env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").pop()!) as { dealId: string; gapClauseId: string };
}

/** The page at 1440 and at 375 px wide. */
async function screenshots(page: Page, name: string) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(page, `${name}-1440`);
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, `${name}-375`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** Waits for the SMTP sink to receive a message for `to` whose subject is `subject`; returns its text. */
async function mailWithSubject(to: string, subject: string): Promise<string> {
  await expect.poll(async () => (await messagesTo(to)).some((m) => m.subject === subject), { timeout: 15_000, message: `"${subject}" for ${to}` }).toBe(true);
  return (await messagesTo(to)).find((m) => m.subject === subject)!.text;
}

/** Opens the inbox from the header and follows the notification with this title. */
async function openFromInbox(page: Page, title: string) {
  await page.goto("/");
  await page
    .getByRole("banner")
    .getByRole("link", { name: /^Inbox, \d+ unread$/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  await page.getByTestId("notification").getByRole("link", { name: title }).first().click();
}

async function submit(page: Page, dealId: string, note: string) {
  await page.goto(`/deals/${dealId}`);
  const panel = page.getByTestId("submission-panel");
  await panel.getByLabel("Note for the CIOs").fill(note);
  await panel.getByRole("button", { name: "Submit for CIO review" }).click();
  await expect(panel.getByTestId("submission")).toContainText(note);
  await expect(panel.getByRole("button", { name: "Submit for CIO review" })).toHaveCount(0);
}

test("submit → CIO told in the inbox and by email → changes requested → negotiator told → @mention → second approver", async ({ page, browser }) => {
  const { dealId, gapClauseId } = addReviewDeal();
  const as = async (email: string) => {
    const other = hydratingPage(await (await browser.newContext()).newPage());
    await signIn(other, email);
    return other;
  };

  // The negotiator hands the deal to the CIOs.
  await signIn(page, DEMO.negotiator);
  await submit(page, dealId, "Every must-have but one is met; please look at the escrow gap.");
  await expect(page.getByTestId("submission")).toContainText("Submitted by");
  await screenshots(page, "deal-submitted");

  // The CIO is told in the inbox and by email; the deal is in the review queue too.
  const submitted = `Noah Negotiator submitted ${DEAL} for CIO review`;
  const cio = await as(DEMO.cio);
  expect(await mailWithSubject(DEMO.cio, submitted)).toContain(`/deals/${dealId}/review`);
  await cio.goto("/");
  await expect(cio.getByTestId("queue-row").filter({ hasText: DEAL })).toBeVisible();
  await openFromInbox(cio, submitted);
  await cio.waitForURL(new RegExp(`/deals/${dealId}/review$`));
  await expect(cio.getByTestId("submission")).toContainText("please look at the escrow gap");
  await cio.getByLabel("Comment").fill("Get a dated escrow commitment before we sign.");
  await cio.getByRole("button", { name: "Request changes" }).click();
  await expect(cio.getByTestId("review-entry").first()).toContainText("Changes requested");

  // The negotiator is told, and asks the manager about the gap in the clause's discussion.
  const changes = `Chris Ito requested changes to ${DEAL}`;
  await mailWithSubject(DEMO.negotiator, changes);
  await openFromInbox(page, changes);
  await page.waitForURL(new RegExp(`/deals/${dealId}/review$`));
  await page.goto(`/deals/${dealId}/clauses/${gapClauseId}`);
  const discussion = page.getByTestId("clause-discussion");
  await discussion.getByLabel("Add a comment").fill("Can legal live with escrow in the first amendment? ");
  await discussion.getByRole("button", { name: "Mention someone" }).click();
  await discussion.getByLabel("Find a member").fill("maya");
  await discussion.getByRole("button", { name: /Maya Manager/ }).click();
  await discussion.getByRole("button", { name: "Post comment" }).click();
  await expect(discussion.getByTestId("comment").last()).toContainText("@Maya Manager");

  // The manager is told in the inbox and by email, and lands on the comment.
  const manager = await as(DEMO.manager);
  await expect
    .poll(async () => (await messagesTo(DEMO.manager)).some((m) => m.subject.startsWith("Noah Negotiator mentioned you on") && m.subject.endsWith(DEAL)), {
      timeout: 15_000,
    })
    .toBe(true);
  await manager.goto("/");
  await manager
    .getByRole("banner")
    .getByRole("link", { name: /^Inbox, \d+ unread$/ })
    .click();
  await manager
    .getByTestId("notification")
    .getByRole("link", { name: /^Noah Negotiator mentioned you on/ })
    .first()
    .click();
  await manager.waitForURL(new RegExp(`/deals/${dealId}/clauses/${gapClauseId}#comment-`));
  await expect(manager.getByTestId("clause-discussion").getByTestId("comment").last()).toContainText("Can legal live with escrow");

  // The admin asks for a second approver and flags the manager as one.
  const admin = await as(DEMO.admin);
  await admin.goto("/admin/members");
  const managerRow = admin.getByTestId("member-row").and(admin.locator(`[data-email="${DEMO.manager}"]`));
  await managerRow.getByRole("button", { name: /Flag .* as approver/ }).click();
  await expect(managerRow.getByText("Approver", { exact: true })).toBeVisible();
  await screenshots(admin, "admin-members-approver");
  await admin.goto("/admin/settings");
  await admin.getByLabel("Require a second approver").check();
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByText("Settings saved.")).toBeVisible();
  await screenshots(admin, "admin-settings-policy");

  // Submitted again; the CIO accepts the gap in writing (owner and review date by default) and approves.
  await page.reload();
  await submit(page, dealId, "Escrow date agreed for the first amendment.");
  await cio.goto(`/deals/${dealId}/review`);
  const gap = cio.getByTestId("gap").filter({ has: cio.getByRole("button", { name: "Record risk acceptance" }) });
  await expect(gap).toHaveCount(1);
  await expect(gap.getByLabel("Risk owner")).toHaveValue(/.+/);
  await gap.getByLabel("Accept this gap in writing").fill("Escrow follows in the first amendment, dated in the side letter.");
  await gap.getByRole("button", { name: "Record risk acceptance" }).click();
  await expect(cio.getByTestId("risk-owner")).toContainText("review on");
  await cio.getByLabel("Comment").fill("Approved with the escrow gap accepted.");
  await cio.getByRole("button", { name: "Approve for signing" }).click();
  await expect(cio.getByTestId("approval-waiting")).toContainText("waiting for a second approver");
  await expect(cio.getByTestId("approval-panel")).toContainText("1 of 2 approvals");
  await screenshots(cio, "review-partial");

  // The flagged approver completes it.
  const approver = manager;
  await approver.goto(`/deals/${dealId}/review`);
  const second = approver.getByTestId("second-approval");
  await second.getByRole("button", { name: "Give the second approval" }).click();
  await expect(approver.getByTestId("approval-panel")).toContainText("2 of 2 approvals");
  await expect(approver.getByTestId("approver")).toHaveCount(2);
  await expect(approver.getByText(/^Approved by .+ and .+\. Any change/)).toBeVisible();
  await screenshots(approver, "review-approved");

  // The report lists both approvers in their capacity.
  await approver.goto(`/deals/${dealId}/report`);
  await expect(approver.getByTestId("report-approvers")).toContainText("second approver");
  await expect(approver.getByTestId("report-approvers")).toContainText("CIO approval");

  // Back to one approval and no flagged approver for the specs that follow.
  await admin.goto("/admin/settings");
  await admin.getByLabel("Require a second approver").uncheck();
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByText("Settings saved.")).toBeVisible();
  await admin.goto("/admin/members");
  await managerRow.getByRole("button", { name: /Remove .* approver flag/ }).click();
  await expect(managerRow.getByText("Not an approver")).toBeVisible();
});

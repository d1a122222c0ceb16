import { axeViolations } from "./axe";
import type { Page } from "@playwright/test";
import { describeViolations } from "./axe-report";
import { expect, test } from "./fixtures";
import { DEMO, screenshot, signIn } from "./helpers";
import { connect } from "./http/database";
import { horizontalOverflow } from "./reflow";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The page passes axe (WCAG 2.1 AA) and does not scroll sideways, at desktop and phone width; screenshots of both. */
async function auditAndShoot(page: Page, name: string) {
  for (const [suffix, size] of [
    ["", { width: 1440, height: 900 }],
    ["-phone", { width: 375, height: 800 }],
  ] as const) {
    await page.setViewportSize(size);
    const violations = await axeViolations(page, WCAG_21_AA);
    expect(violations, describeViolations(`${name}${suffix}`, violations)).toEqual([]);
    expect((await horizontalOverflow(page)).overflow, `${name}${suffix} scrolls sideways`).toBeLessThanOrEqual(0);
    await screenshot(page, `${name}${suffix}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** MENTION notifications of the demo organisation's CIO and manager about one comment, read from the database. */
async function mentionsOf(commentId: string) {
  const db = connect();
  await db.connect();
  try {
    const { rows } = await db.query<{ email: string; title: string }>(
      `SELECT u."email", n."title" FROM "Notification" n JOIN "User" u ON u."id" = n."userId"
       WHERE n."kind" = 'MENTION' AND n."link" LIKE '%#comment-' || $1 ORDER BY u."email"`,
      [commentId],
    );
    return rows;
  } finally {
    await db.end();
  }
}

test("a negotiator discusses a clause with the CIO, mentions and assigns them; the CIO finds it under My open clauses", async ({ page }) => {
  const dealName = `Northwind fine-tune ${Date.now()}`;
  await signIn(page, DEMO.negotiator);
  await page.goto("/deals/new");
  await page.getByLabel("Deal name").fill(dealName);
  await page.getByLabel("Vendor").fill("Northwind Labs");
  await page.getByLabel("Hosting model").selectOption("SELF_HOSTED");
  await page.getByRole("button", { name: "Create deal" }).click();
  await expect(page.getByRole("heading", { name: dealName })).toBeVisible();
  await page.getByTestId("section-training-data").click();
  const item = page.getByTestId("checklist-item").first();
  const clauseTitle = (await item.locator("h3").textContent())!.trim();
  await item.getByRole("link", { name: /Open clause/ }).click();
  await page.waitForURL(/\/clauses\//);
  const discussion = page.getByTestId("clause-discussion");
  await expect(discussion).toContainText("No comments yet.");

  // A comment mentioning the CIO, picked from the member list.
  const field = discussion.getByLabel("Add a comment");
  await field.fill("Is escrow of the weights enough for us here? ");
  await discussion.getByRole("button", { name: "Mention someone" }).click();
  await discussion.getByLabel("Find a member").fill("chris");
  await discussion.getByRole("button", { name: /Chris Ito/ }).click();
  await expect(field).toHaveValue("Is escrow of the weights enough for us here? @cio@example.com ");
  await expect(field).toBeFocused();
  await discussion.getByRole("button", { name: "Post comment" }).click();
  const comment = discussion.getByTestId("comment").first();
  await expect(comment).toContainText("Is escrow of the weights enough for us here? @Chris Ito");
  await expect(field).toHaveValue("");
  const commentId = (await comment.getAttribute("id"))!.replace("comment-", "");
  expect(await mentionsOf(commentId)).toEqual([{ email: DEMO.cio, title: `Noah Negotiator mentioned you on ${clauseTitle} — ${dealName}` }]);

  // Mentioning someone who is not a member is refused on the field.
  await field.fill("Also @someone@elsewhere.example");
  await discussion.getByRole("button", { name: "Post comment" }).click();
  await expect(discussion.locator("#new-comment-error")).toContainText("@someone@elsewhere.example is not a member of this organisation");
  await expect(field).toBeFocused();
  await expect(discussion.getByTestId("comment")).toHaveCount(1);

  // Edit it within the window, adding the manager with the keyboard: only she is told now.
  await comment.getByRole("button", { name: /^Edit your comment/ }).click();
  const edit = comment.getByRole("textbox", { name: "Your comment" });
  await edit.press("End");
  await edit.pressSequentially(" cc");
  await comment.getByRole("button", { name: "Mention someone" }).press("Enter");
  await comment.getByLabel("Find a member").pressSequentially("maya");
  await comment.getByLabel("Find a member").press("Enter");
  await comment.getByRole("button", { name: "Save" }).click();
  await expect(comment).toContainText("@Chris Ito cc @Maya Manager");
  await expect(comment).toContainText("(edited)");
  expect((await mentionsOf(commentId)).map((r) => r.email)).toEqual([DEMO.cio, DEMO.manager]);

  // A second comment, deleted by its author: it keeps its place.
  await field.fill("Ignore this, wrong clause.");
  await discussion.getByRole("button", { name: "Post comment" }).click();
  const second = discussion.getByTestId("comment").nth(1);
  await expect(second).toContainText("Ignore this, wrong clause.");
  await second.getByRole("button", { name: /^Delete the comment/ }).click();
  await second.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(second).toContainText("Comment deleted");
  await expect(second).not.toContainText("wrong clause");

  // Assign the clause to the CIO, due yesterday: overdue.
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const assignment = page.getByTestId("clause-assignment");
  await assignment.getByLabel("Assigned to").selectOption({ label: "Chris Ito" });
  await assignment.getByLabel("Due date").fill(yesterday);
  await assignment.getByRole("button", { name: "Save assignment" }).click();
  await expect(assignment.getByText("Assignment saved.")).toBeVisible();
  await expect(assignment.getByTestId("assignment-note")).toContainText("Assigned to Chris Ito");
  await expect(assignment.getByTestId("assignment-note")).toContainText("Overdue");
  await auditAndShoot(page, "clause-discussion");

  // The CIO sees it first on the home page, overdue, and opens it.
  await page.context().clearCookies();
  await signIn(page, DEMO.cio);
  await page.goto("/");
  const mine = page.getByTestId("my-open-clauses");
  const row = mine.getByTestId("my-open-clause").filter({ hasText: dealName });
  await expect(row).toContainText(clauseTitle);
  await expect(row).toContainText("Not started");
  await expect(row).toContainText("Overdue");
  await auditAndShoot(page, "home-my-open-clauses");
  await row.getByRole("link", { name: clauseTitle }).click();
  await page.waitForURL(/\/clauses\//);
  await expect(page.getByTestId("clause-discussion").getByTestId("comment").first()).toContainText("@Chris Ito cc @Maya Manager");
});

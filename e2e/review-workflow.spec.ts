import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { expect, hydratingPage, test } from "./fixtures";
import { DEMO, screenshot, signIn } from "./helpers";

// Teamwork's review journey: a negotiator submits a deal, the CIO finds it in the review queue and
// requests changes, the admin turns on the second-approver policy and flags the viewer as approver,
// the deal is submitted again, the CIO accepts the remaining gap (with its owner and review date) and
// approves, and the flagged approver completes the approval.

const DEAL = "Contract review copilot";

function addReviewDeal(): string {
  const out = execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "e2e/support/add-review-deal.ts", DEAL], {
    env: process.env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  return (JSON.parse(out.trim().split("\n").pop()!) as { dealId: string }).dealId;
}

/** The page at 1440 and at 375 px wide. */
async function screenshots(page: Page, name: string) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(page, `${name}-1440`);
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, `${name}-375`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

async function submit(page: Page, dealId: string, note: string) {
  await page.goto(`/deals/${dealId}`);
  const panel = page.getByTestId("submission-panel");
  await panel.getByLabel("Note for the CIOs").fill(note);
  await panel.getByRole("button", { name: "Submit for CIO review" }).click();
  await expect(panel.getByTestId("submission")).toContainText(note);
  await expect(panel.getByRole("button", { name: "Submit for CIO review" })).toHaveCount(0);
}

test("submit → review queue → changes requested → resubmit → CIO approval → second approver", async ({ page, browser }) => {
  const dealId = addReviewDeal();
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

  // The CIO finds it in the review queue and sends it back.
  const cio = await as(DEMO.cio);
  const row = cio.getByTestId("queue-row").filter({ hasText: DEAL });
  await expect(row).toBeVisible();
  await row.getByRole("link", { name: DEAL }).click();
  await cio.waitForURL(/\/review$/);
  await expect(cio.getByTestId("submission")).toContainText("please look at the escrow gap");
  await cio.getByLabel("Comment").fill("Get a dated escrow commitment before we sign.");
  await cio.getByRole("button", { name: "Request changes" }).click();
  await expect(cio.getByTestId("review-entry").first()).toContainText("Changes requested");

  // The admin asks for a second approver and flags the viewer as one.
  const admin = await as(DEMO.admin);
  await admin.goto("/admin/members");
  const viewerRow = admin.getByTestId("member-row").and(admin.locator(`[data-email="${DEMO.viewer}"]`));
  await viewerRow.getByRole("button", { name: /Flag .* as approver/ }).click();
  await expect(viewerRow.getByText("Approver", { exact: true })).toBeVisible();
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
  const viewer = await as(DEMO.viewer);
  await viewer.goto(`/deals/${dealId}/review`);
  const second = viewer.getByTestId("second-approval");
  await second.getByRole("button", { name: "Give the second approval" }).click();
  await expect(viewer.getByTestId("approval-panel")).toContainText("2 of 2 approvals");
  await expect(viewer.getByTestId("approver")).toHaveCount(2);
  await expect(viewer.getByText(/^Approved by .+ and .+\. Any change/)).toBeVisible();
  await screenshots(viewer, "review-approved");

  // The report lists both approvers in their capacity.
  await viewer.goto(`/deals/${dealId}/report`);
  await expect(viewer.getByTestId("report-approvers")).toContainText("second approver");
  await expect(viewer.getByTestId("report-approvers")).toContainText("CIO approval");

  // Back to one approval for the specs that follow.
  await admin.goto("/admin/settings");
  await admin.getByLabel("Require a second approver").uncheck();
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByText("Settings saved.")).toBeVisible();
});

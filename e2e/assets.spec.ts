import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { DEMO, screenshot, signIn } from "./helpers";
import { connect } from "./http/database";

const sha = (content: string) => createHash("sha256").update(content).digest("hex");
const FILES = {
  "weights/model.safetensors": "weights of the fine-tuned model",
  "tokenizer/tokenizer.json": '{"model": "tokenizer as delivered"}',
  "config/config.json": '{"hidden_size": 4096}',
};

test("a negotiator promises assets, imports a delivered folder's manifest, sees a hash mismatch, records escrow and sees exit readiness", async ({ page }) => {
  test.setTimeout(120_000);
  const folder = mkdtempSync(path.join(tmpdir(), "delivery-"));
  try {
    // The delivered folder and its manifest, made with the command the README documents.
    for (const [file, content] of Object.entries(FILES)) {
      mkdirSync(path.join(folder, "delivery", path.dirname(file)), { recursive: true });
      writeFileSync(path.join(folder, "delivery", file), content);
    }
    const manifestFile = path.join(folder, "manifest.json");
    execFileSync("npx", ["tsx", "scripts/manifest.ts", path.join(folder, "delivery"), "--out", manifestFile], { stdio: "pipe" });
    const badFile = path.join(folder, "bad.json");
    writeFileSync(
      badFile,
      JSON.stringify({
        format: "dealplaybook-manifest",
        version: 1,
        createdAt: "2026-11-20T10:00:00Z",
        root: "x",
        files: [{ path: "a", size: 1, sha256: "ABC" }],
      }),
    );

    const dealName = `Asset assurance ${Date.now()}`;
    await signIn(page, DEMO.negotiator);
    await page.goto("/deals/new");
    await page.getByLabel("Deal name").fill(dealName);
    await page.getByLabel("Vendor").fill("Fjord Models AS");
    await page.getByLabel("Hosting model").selectOption("VENDOR_HOSTED");
    await page.getByLabel("Base model", { exact: true }).fill("Llama 3.1 8B");
    await page.getByRole("button", { name: "Create deal" }).click();
    await expect(page.getByRole("heading", { name: dealName })).toBeVisible();
    const dealId = new URL(page.url()).pathname.split("/")[2];
    // Delivery comes after signature: the deal is signed (a fixture: approval has its own specs).
    const db = connect();
    await db.connect();
    await db.query(`UPDATE "Deal" SET "stage" = 'SIGNED' WHERE "id" = $1`, [dealId]);
    await db.end();

    await page.getByRole("navigation", { name: "Deal" }).getByRole("link", { name: "Assets" }).click();
    await page.waitForURL(/\/assets$/);
    await page.getByRole("button", { name: /Add the usual 10 assets/ }).click();
    await expect(page.getByTestId("deliverable")).toHaveCount(10);

    // The vendor stated the weights' true hash, and another hash for the tokenizer than the one delivered.
    const promise = async (name: string, stated: string) => {
      const item = page.getByTestId("deliverable").filter({ has: page.getByRole("heading", { name, exact: true }) });
      await item.getByRole("button", { name: "Edit" }).click();
      await item.getByLabel("Vendor-stated SHA-256 (optional)").fill(stated);
      await item.getByRole("button", { name: "Save asset" }).click();
      await expect(item.getByText("Stated hash:")).toBeVisible();
    };
    await promise("Model weights", sha(FILES["weights/model.safetensors"]));
    await promise("Tokenizer", sha("the tokenizer the vendor promised"));

    // A file that is not a manifest is refused, naming the place of the problem.
    await page.getByLabel(/Manifest file/).setInputFiles(badFile);
    await page.getByRole("button", { name: "Import and compare" }).click();
    await expect(page.getByTestId("manifest-problems")).toContainText("files[0].sha256: must be 64 lower-case hex characters");
    await screenshot(page, "assets-manifest-refused");
    await expect(page.getByTestId("manifest-import")).toHaveCount(0);

    await page.getByLabel(/Manifest file/).setInputFiles(manifestFile);
    await page.getByRole("button", { name: "Import and compare" }).click();
    await expect(page.getByText(/Imported: 1 matching, 1 mismatched, 1 without a stated hash, 7 missing, 0 not promised/)).toBeVisible();
    const mismatch = page.getByTestId("comparison-row").filter({ hasText: "Tokenizer" });
    await expect(mismatch).toHaveAttribute("data-outcome", "MISMATCH");
    await expect(mismatch).toContainText(sha("the tokenizer the vendor promised"));
    await expect(mismatch).toContainText(sha(FILES["tokenizer/tokenizer.json"]));
    await expect(page.getByTestId("comparison-row").filter({ hasText: "Model weights" })).toHaveAttribute("data-outcome", "MATCH");
    const tokenizer = page.getByTestId("deliverable").filter({ has: page.getByRole("heading", { name: "Tokenizer", exact: true }) });
    await expect(tokenizer).toHaveAttribute("data-status", "MISMATCH");
    await expect(tokenizer.getByTestId("deliverable-mismatch")).toBeVisible();

    // A check of the delivered weights.
    const weights = page.getByTestId("deliverable").filter({ has: page.getByRole("heading", { name: "Model weights", exact: true }) });
    await weights.getByRole("button", { name: "Record a check" }).click();
    await weights.getByLabel("How it was checked").selectOption("HASH_MATCH");
    await weights.getByRole("button", { name: "Record check" }).click();
    await expect(weights).toHaveAttribute("data-status", "VERIFIED");

    // Escrow: the arrangement, then a deposit citing the imported manifest.
    const escrow = page.getByTestId("escrow");
    await escrow.getByLabel("Escrow agent").fill("Vaultline Escrow Ltd");
    await escrow.getByRole("button", { name: "Save arrangement" }).click();
    await expect(escrow).toContainText("Vaultline Escrow Ltd");
    await escrow.getByText("Record a deposit").click();
    await escrow.getByRole("button", { name: "Record deposit" }).click();
    await expect(escrow.getByTestId("escrow-deposit")).toHaveCount(1);
    await expect(escrow.getByText("Fresh", { exact: true })).toBeVisible();

    const exit = page.getByTestId("exit-readiness");
    await expect(exit).toContainText("Escrow");
    await expect(exit).toContainText("15 of 15");
    // The adapter and the inference code are still missing and the tokenizer is not the promised one: none counts.
    await expect(exit).toContainText(/Not in hand \(missing, failed or not as stated\): model weights, tokenizer, inference code\./);
    await screenshot(page, "assets-tab");
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, "assets-tab-phone");
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.goto(`/deals/${dealId}`);
    await expect(page.getByTestId("exit-readiness-card").getByTestId("exit-readiness")).toBeVisible();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("the portfolio shows signed deals by exit readiness and stale escrow", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.goto("/portfolio");
  const panel = page.getByTestId("exit-readiness-panel");
  await expect(panel).toContainText("Exit readiness of signed deals");
  // The demo's signed deal (lib/seed/demo-assets.ts) is among the weakest listed.
  await expect(panel.getByRole("link", { name: /Fraud scoring model/ })).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  await screenshot(page, "portfolio-exit-readiness");
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, "portfolio-exit-readiness-phone");
});

import { readFile } from "node:fs/promises";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import JSZip from "jszip";
import mammoth from "mammoth";
import type { Download } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, screenshot, signIn } from "./helpers";
import { connect } from "./http/database";
import { horizontalOverflow } from "./reflow";
import { addDraftRound } from "./support/draft-rounds";

// A negotiator answers the vendor's Word draft: on the redline page they counter the escrow passage
// starting from the playbook's sample language, edit it, and download the redline (the vendor's own
// file with our wording as tracked changes) and the negotiation memo; both open in a DOCX reader.

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const ORIGINAL_ESCROW = "4.1 The Supplier shall not be required to deposit the model weights with any escrow agent.";

/** The vendor's file as stored with the round. */
async function storedFile(draftId: string): Promise<Buffer> {
  const db = connect();
  await db.connect();
  try {
    const { rows } = await db.query<{ bytes: Buffer }>(`SELECT "bytes" FROM "DealDraftFile" WHERE "draftId" = $1`, [draftId]);
    return rows[0].bytes;
  } finally {
    await db.end();
  }
}

async function bytesOf(download: Download): Promise<Buffer> {
  return readFile((await download.path())!);
}

async function paragraphs(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const doc = new DOMParser().parseFromString(await zip.file("word/document.xml")!.async("string"), "application/xml");
  return (Array.from(doc.getElementsByTagNameNS(W, "p")) as unknown as Element[]).map((p) => ({
    xml: new XMLSerializer().serializeToString(p as never),
    del: (Array.from(p.getElementsByTagNameNS(W, "del")) as unknown as Element[]).map((e) => ({ text: e.textContent, author: e.getAttributeNS(W, "author") })),
    ins: (Array.from(p.getElementsByTagNameNS(W, "ins")) as unknown as Element[]).map((e) => ({ text: e.textContent, author: e.getAttributeNS(W, "author") })),
  }));
}

test("a negotiator counters a flagged passage from the sample language and downloads the redline and the memo", async ({ page }) => {
  const dealName = `Redline pilot ${Date.now()}`;
  await signIn(page, DEMO.negotiator);
  await page.goto("/deals/new");
  await page.getByLabel("Deal name").fill(dealName);
  await page.getByLabel("Vendor").fill("Acme Models Ltd");
  await page.getByLabel("Hosting model").selectOption("VENDOR_HOSTED");
  await page.getByRole("button", { name: "Create deal" }).click();
  await expect(page.getByRole("heading", { name: dealName })).toBeVisible();

  // The vendor's Word file, added as a round through the real service.
  const { dealId, draftId } = addDraftRound(dealName, "docx");
  await page.goto(`/deals/${dealId}/drafts/${draftId}/redline`);
  await expect(page.getByRole("heading", { name: "Send back a redline" })).toBeVisible();
  await expect(page.getByTestId("countered-passage")).toHaveCount(0);

  const escrow = page.getByTestId("counter-passage").filter({ hasText: ORIGINAL_ESCROW });
  await expect(escrow.getByRole("heading", { name: "4.1 · Escrow" })).toBeVisible();
  await escrow.getByRole("button", { name: "Counter this passage" }).click();
  const wording = escrow.getByLabel("Our wording");
  await expect(wording).toBeFocused();
  await escrow
    .getByRole("radio", { name: /sample language/ })
    .first()
    .check();
  const sample = await wording.inputValue();
  expect(sample).toMatch(/Escrow Agent/);
  // Edited before saving: the bracketed choice of the sample made concrete.
  const proposed = sample.replace(/\[[^\]]*\]/, "within 10 business days of each release");
  expect(proposed).not.toBe(sample);
  await wording.fill(proposed);
  await screenshot(page, "redline-desktop-editing");
  await escrow.getByRole("button", { name: "Save wording" }).click();
  await expect(escrow.getByText("Wording saved.")).toBeVisible();

  // The preview: the vendor's words struck through, ours underlined.
  const preview = page.getByTestId("countered-passage");
  await expect(preview).toHaveCount(1);
  await expect(preview.locator("del")).toContainText("not be required to deposit the model weights with any escrow agent.");
  await expect(preview.locator("ins")).toContainText("within 10 business days of each release");
  await screenshot(page, "redline-desktop");

  // The redline: the vendor's file with one tracked deletion and one insertion in the escrow paragraph.
  const [redlineDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download redline (.docx)" }).click()]);
  expect(redlineDownload.suggestedFilename()).toBe("acme-msa-v2-redline.docx");
  const redline = await bytesOf(redlineDownload);
  const text = (await mammoth.extractRawText({ buffer: redline })).value;
  expect(text).toContain(`4.1 ${proposed}`);
  expect(text).not.toContain("shall not be required");
  expect(text).toContain("5.1 The model stays in our cloud at all times; there is nothing for you to download.");
  const after = await paragraphs(redline);
  const original = await paragraphs(await storedFile(draftId));
  expect(after).toHaveLength(original.length);
  // Exactly one paragraph differs from the vendor's file; it holds one tracked deletion and one insertion, by the negotiator.
  const changed = after.flatMap((p, i) => (p.xml === original[i].xml ? [] : [i]));
  expect(changed).toHaveLength(1);
  const countered = after[changed[0]];
  expect(countered.del).toEqual([{ text: expect.stringContaining("not be required"), author: "Noah Negotiator" }]);
  expect(countered.ins).toEqual([{ text: expect.stringContaining("within 10 business days of each release"), author: "Noah Negotiator" }]);

  // The memo: the passage, why it matters, and our counter.
  const [memoDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download memo (.docx)" }).click()]);
  const memo = (await mammoth.extractRawText({ buffer: await bytesOf(memoDownload) })).value;
  expect(memo).toContain(`Negotiation memo: ${dealName}`);
  expect(memo).toContain(ORIGINAL_ESCROW);
  expect(memo).toContain(proposed);
  expect(memo).toContain("The draft is silent on");

  await page.setViewportSize({ width: 375, height: 812 });
  expect((await horizontalOverflow(page)).overflow).toBeLessThanOrEqual(0);
  await screenshot(page, "redline-phone");
});

import { describe, expect, it } from "vitest";
import {
  EMPTY_FILE,
  makeCorruptDocx,
  makeDocx,
  makeEncryptedPdf,
  makeImageOnlyPdf,
  makeOleFile,
  makePdf,
  VENDOR_REDLINE,
  vendorRedlineDocx,
  vendorRedlineLines,
  vendorRedlinePdf,
} from "@/lib/test/draft-files";
import { extractFile, extractText } from "../extract";
import { DraftFileError } from "../extract-errors";
import { MAX_DRAFT_FILE_BYTES } from "../limits";
import { splitPassages } from "../split";

const reasonOf = async (bytes: Uint8Array) => {
  try {
    await extractFile(bytes);
  } catch (error) {
    if (error instanceof DraftFileError) return { reason: error.reason, message: error.message };
    throw error;
  }
  return null;
};

describe("extractFile: DOCX", () => {
  it("reads headings, Word-numbered clauses, lists, tables, text boxes and tracked changes", async () => {
    const bytes = await makeDocx([
      { heading: "MASTER AGREEMENT" },
      { numberedHeading: "Escrow" },
      { clause: "The Supplier deposits the weights." },
      { clause: "Release events are listed below." },
      { clause: "insolvency;", level: 2 },
      { clause: "ceasing to trade.", level: 2 },
      { numberedHeading: "Hosting" },
      { clause: "The Customer may self-host." },
      { list: ["first item", "second item", "third item", "fourth item"], format: "lowerRoman" },
      { list: ["Alpha", "Beta"], format: "upperLetter" },
      {
        table: [
          ["Fee", "Amount"],
          ["Exit fee", "none"],
        ],
      },
      { textBox: "Boxed note on escrow." },
      { paragraph: ["The Supplier ", { deleted: "may" }, { inserted: "shall not" }, " use outputs."] },
    ]);
    const { source, paragraphs } = await extractFile(bytes);
    expect(source).toBe("DOCX");
    expect(paragraphs.map((p) => [p.renderedNumber ?? "", p.kind, p.text])).toEqual([
      ["", "heading", "MASTER AGREEMENT"],
      ["1.", "heading", "Escrow"],
      ["1.1", "list-item", "The Supplier deposits the weights."],
      ["1.2", "list-item", "Release events are listed below."],
      ["(a)", "list-item", "insolvency;"],
      ["(b)", "list-item", "ceasing to trade."],
      ["2.", "heading", "Hosting"],
      ["2.1", "list-item", "The Customer may self-host."],
      ["(i)", "list-item", "first item"],
      ["(ii)", "list-item", "second item"],
      ["(iii)", "list-item", "third item"],
      ["(iv)", "list-item", "fourth item"],
      ["A.", "list-item", "Alpha"],
      ["B.", "list-item", "Beta"],
      ["", "table-cell", "Fee"],
      ["", "table-cell", "Amount"],
      ["", "table-cell", "Exit fee"],
      ["", "table-cell", "none"],
      ["", "paragraph", "Boxed note on escrow."],
      ["", "paragraph", "The Supplier shall not use outputs."],
    ]);
    // sourceIndex is the w:p's index in document order: strictly increasing, never reused.
    const indexes = paragraphs.map((p) => p.sourceIndex!);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(new Set(indexes).size).toBe(indexes.length);
  });

  it("gives back the standard vendor redline with its numbers and headings", async () => {
    const passages = splitPassages((await extractFile(await vendorRedlineDocx())).paragraphs);
    const clauses = passages.filter((p) => p.kind !== "heading");
    expect(clauses.map((p) => [p.number, p.heading, p.text])).toEqual(VENDOR_REDLINE.flatMap((s) => s.clauses.map((c) => [c.number, s.heading, c.text])));
    expect(passages.filter((p) => p.kind === "heading").map((p) => `${p.number} ${p.text}`)).toEqual(VENDOR_REDLINE.map((s) => `${s.number} ${s.heading}`));
  });
});

describe("extractFile: PDF", () => {
  it("gives back the standard vendor redline's paragraphs without running header, footer or page numbers", async () => {
    const { source, paragraphs } = await extractFile(await vendorRedlinePdf());
    expect(source).toBe("PDF");
    expect(paragraphs.map((p) => p.text)).toEqual(vendorRedlineLines());
  });

  it("joins wrapped lines and words hyphenated at a line break, keeps one long paragraph whole", async () => {
    const long = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} of a long unnumbered paragraph about hosting and service levels.`).join(" ");
    const { paragraphs } = await extractFile(
      await makePdf(["The parties shall negoti-\nate in good faith.", long, "4.2 The Supplier shall\ndeposit the weights."], { perPage: 2 }),
    );
    expect(paragraphs.map((p) => p.text)).toEqual(["The parties shall negotiate in good faith.", long, "4.2 The Supplier shall deposit the weights."]);
  });
});

describe("extractFile: files it cannot read", () => {
  it.each([
    ["an empty file", async () => EMPTY_FILE, "empty"],
    ["a truncated DOCX", makeCorruptDocx, "corrupt"],
    ["a password-protected DOCX (OLE)", async () => makeOleFile(), "encrypted"],
    ["a password-protected PDF", () => makeEncryptedPdf(), "encrypted"],
    ["an image-only PDF", makeImageOnlyPdf, "no-text"],
    ["a text file", async () => new TextEncoder().encode("plain text, not a document"), "unsupported"],
    ["a file over the limit", async () => new Uint8Array(MAX_DRAFT_FILE_BYTES + 1), "too-large"],
  ] as const)("%s gets a clear sentence", async (_, make, reason) => {
    const failure = await reasonOf(await make());
    expect(failure?.reason).toBe(reason);
    expect(failure?.message).toMatch(/^[A-Z].+\. Nothing was saved\.$/);
  });
});

describe("extractText", () => {
  it("keeps an email's own words: no headers, quoted reply or signature", () => {
    const email = [
      "From: Dana Vendor <dana@vendor.example>",
      "Sent: 20 November 2026 09:12",
      "To: Legal <legal@client.example>",
      "Subject: RE: Model agreement",
      "",
      "We accept escrow for the weights.",
      "We cannot agree to retraining rights.",
      "",
      "-- ",
      "Dana Vendor, Head of Legal",
      "On 19 Nov 2026, Legal <legal@client.example> wrote:",
      "> Please confirm escrow.",
    ].join("\r\n");
    expect(extractText(email, "EMAIL").paragraphs.map((p) => p.text)).toEqual(["We accept escrow for the weights.", "We cannot agree to retraining rights."]);
  });

  it("stops at a quoted reply introduction and an Outlook header block below the message", () => {
    expect(extractText("Fine with 4.2.\nOn Tue, Legal wrote:\n> old text", "EMAIL").paragraphs.map((p) => p.text)).toEqual(["Fine with 4.2."]);
    expect(extractText("Fine with 4.2.\n\nFrom: Legal\nSent: Monday\nold text", "EMAIL").paragraphs.map((p) => p.text)).toEqual(["Fine with 4.2."]);
  });

  it("keeps pasted text line by line, and refuses text with nothing in it", () => {
    expect(extractText("4. Escrow\n\n4.1 Deposit.", "TEXT").paragraphs.map((p) => p.text)).toEqual(["4. Escrow", "4.1 Deposit."]);
    expect(() => extractText(" \n\t\n", "TEXT")).toThrow(DraftFileError);
  });
});

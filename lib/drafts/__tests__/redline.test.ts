import JSZip from "jszip";
import mammoth from "mammoth";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { extractDocx } from "../extract-docx";
import { redlineDocx } from "../redline";
import { redlineFromPassages } from "../redline-text";
import { splitLeadingNumber, wordChange } from "../redline-diff";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const MARK = { author: "Nora Negotiator", date: "2026-12-01T10:00:00.000Z" };

// A vendor's Word file as Word writes one: namespaces and mc:Ignorable on the root, paragraphs whose
// text is spread over runs with their own formatting, a table, and a tracked change of its own (w:id 7).
const DOCUMENT_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
  `<w:document xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">` +
  `<w:body>` +
  `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>4. Escrow</w:t></w:r></w:p>` +
  `<w:p w14:paraId="1A2B3C4D"><w:r><w:rPr><w:rFonts w:ascii="Garamond"/></w:rPr><w:t xml:space="preserve">4.1 The Supplier shall not be required </w:t></w:r>` +
  `<w:r><w:rPr><w:rFonts w:ascii="Garamond"/><w:b/></w:rPr><w:t>to deposit the model weights</w:t></w:r>` +
  `<w:r><w:rPr><w:rFonts w:ascii="Garamond"/></w:rPr><w:t xml:space="preserve"> with any escrow agent.</w:t></w:r></w:p>` +
  `<w:p><w:r><w:t xml:space="preserve">4.2 Fees are due </w:t></w:r><w:ins w:id="7" w:author="Vendor" w:date="2026-11-01T00:00:00Z"><w:r><w:t>monthly</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r></w:p>` +
  `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>5.1 The model stays in our cloud at all times.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
  `<w:sectPr/></w:body></w:document>`;

const CONTENT_TYPES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/></Types>`;
const RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>`;
const SETTINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="${W}"><w:zoom w:percent="100"/></w:settings>`;

async function vendorDocx(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", RELS);
  zip.file("word/document.xml", DOCUMENT_XML);
  zip.file("word/_rels/document.xml.rels", DOC_RELS);
  zip.file("word/settings.xml", SETTINGS);
  zip.file("word/media/logo.png", new Uint8Array([137, 80, 78, 71, 1, 2, 3]));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function paragraphsOf(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const doc = new DOMParser().parseFromString(await zip.file("word/document.xml")!.async("string"), "application/xml");
  return Array.from(doc.getElementsByTagNameNS(W, "p")) as unknown as Element[];
}

const xmlOf = (el: Element) => new XMLSerializer().serializeToString(el as never);
const byTag = (el: Element, name: string) => Array.from(el.getElementsByTagNameNS(W, name)) as unknown as Element[];
const textOf = (els: Element[]) => els.map((e) => e.textContent).join("");

describe("wordChange", () => {
  it("keeps the words both versions share at the start and the end", () => {
    const before = "The Supplier shall not be required to deposit the weights.";
    const after = "The Supplier shall deposit the weights.";
    const change = wordChange(before, after)!;
    expect(before.slice(change.start, change.end)).toBe("not be required to ");
    expect(change.inserted).toBe("");
    expect(before.slice(0, change.start) + change.inserted + before.slice(change.end)).toBe(after);
  });

  it("replaces a word whole, and the whole text when nothing is shared", () => {
    expect(wordChange("fees are due monthly", "fees are due yearly")).toEqual({ start: 13, end: 20, inserted: "yearly" });
    expect(wordChange("abc", "xyz")).toEqual({ start: 0, end: 3, inserted: "xyz" });
    expect(wordChange("same", "same")).toBeNull();
  });

  it("separates a passage's number from its words", () => {
    expect(splitLeadingNumber("4.1 The Supplier", "4.1")).toEqual({ prefix: "4.1 ", body: "The Supplier" });
    expect(splitLeadingNumber("4. Escrow", "4")).toEqual({ prefix: "4. ", body: "Escrow" });
    expect(splitLeadingNumber("(b) each party", "(b)")).toEqual({ prefix: "(b) ", body: "each party" });
    expect(splitLeadingNumber("No number here", "")).toEqual({ prefix: "", body: "No number here" });
  });
});

describe("redlineDocx (the vendor's own file)", () => {
  const proposed = "The Supplier shall deposit the model weights, training code and documentation with the escrow agent within 10 business days.";

  it("turns the countered paragraph into one tracked deletion and one tracked insertion, and leaves the rest as it was", async () => {
    const input = await vendorDocx();
    const output = await redlineDocx(input, [{ sourceIndex: 1, number: "4.1", proposed }], MARK);

    const before = await paragraphsOf(input);
    const after = await paragraphsOf(output);
    expect(after).toHaveLength(before.length);
    for (const i of [0, 2, 3]) expect(xmlOf(after[i])).toBe(xmlOf(before[i]));

    const p = after[1];
    const [del, ...moreDel] = byTag(p, "del");
    const [ins, ...moreIns] = byTag(p, "ins");
    expect(moreDel).toEqual([]);
    expect(moreIns).toEqual([]);
    // Word-level: the number and the words both keep stay outside the revision.
    expect(textOf(byTag(del, "delText"))).toBe("not be required to deposit the model weights with any escrow agent.");
    expect(byTag(del, "t")).toEqual([]);
    expect(textOf(byTag(ins, "t"))).toBe("deposit the model weights, training code and documentation with the escrow agent within 10 business days.");
    expect(ins.getAttributeNS(W, "author")).toBe(MARK.author);
    expect(del.getAttributeNS(W, "author")).toBe(MARK.author);
    expect(ins.getAttributeNS(W, "date")).toBe(MARK.date);
    // The deleted runs keep their formatting (the bold run stays bold), the inserted run takes the first one's font.
    expect(byTag(del, "b")).toHaveLength(1);
    expect(byTag(ins, "rFonts")[0].getAttributeNS(W, "ascii")).toBe("Garamond");
    expect(textOf(byTag(p, "t")).startsWith("4.1 The Supplier shall ")).toBe(true);
    expect(p.getAttributeNS("http://schemas.microsoft.com/office/word/2010/wordml", "paraId")).toBe("1A2B3C4D");

    // Revision ids are new: above the vendor's own (7), and distinct.
    const ids = [del, ins].map((e) => Number(e.getAttributeNS(W, "id")));
    expect(new Set(ids).size).toBe(2);
    expect(Math.min(...ids)).toBeGreaterThan(7);
  });

  it("reads, in a DOCX reader, as the proposed wording (mammoth shows insertions and drops deletions)", async () => {
    const output = await redlineDocx(await vendorDocx(), [{ sourceIndex: 1, number: "4.1", proposed }], MARK);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(output) });
    expect(value).toContain(`4.1 ${proposed}`);
    expect(value).not.toContain("not be required");
    expect(value).toContain("5.1 The model stays in our cloud at all times.");
    // And the engine reads the redline back as the proposed wording too.
    const paragraphs = await extractDocx(output);
    expect(paragraphs[1].text).toBe(`4.1 ${proposed}`);
  });

  it("keeps every other part of the package byte for byte, and the root's namespaces and mc:Ignorable", async () => {
    const input = await vendorDocx();
    const output = await redlineDocx(input, [{ sourceIndex: 3, number: "5.1", proposed: "The Client may host the model itself at any time." }], MARK);
    const a = await JSZip.loadAsync(input);
    const b = await JSZip.loadAsync(output);
    expect(Object.keys(b.files)).toEqual(Object.keys(a.files));
    for (const name of Object.keys(a.files).filter((n) => n !== "word/document.xml" && !a.files[n].dir)) {
      expect(Buffer.from(await b.file(name)!.async("uint8array")).equals(Buffer.from(await a.file(name)!.async("uint8array"))), name).toBe(true);
    }
    const xml = await b.file("word/document.xml")!.async("string");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
    expect(xml).toContain('mc:Ignorable="w14"');
    expect(xml).toContain('xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"');
    // The inserted and deleted elements use the document's own w: prefix (no stray namespace declarations).
    expect(xml.match(/xmlns:w=/g)).toHaveLength(1);
    expect(await b.file("word/settings.xml")!.async("string")).not.toContain("trackRevisions");
  });

  it("counters several passages, in a table and next to the vendor's own tracked change, with unique ids", async () => {
    const output = await redlineDocx(
      await vendorDocx(),
      [
        { sourceIndex: 2, number: "4.2", proposed: "Fees are due yearly." },
        { sourceIndex: 3, number: "5.1", proposed: "The Client may host the model itself at any time." },
      ],
      MARK,
    );
    const after = await paragraphsOf(output);
    const ids = after.flatMap((p) => [...byTag(p, "ins"), ...byTag(p, "del")]).map((e) => e.getAttributeNS(W, "id"));
    expect(new Set(ids).size).toBe(ids.length);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(output) });
    expect(value).toContain("4.2 Fees are due yearly.");
    expect(value).toContain("5.1 The Client may host the model itself at any time.");
    expect(value).not.toContain("stays in our cloud");
  });

  it("changes nothing for wording equal to the vendor's, and refuses a paragraph the file does not have", async () => {
    const input = await vendorDocx();
    const same = await redlineDocx(input, [{ sourceIndex: 3, number: "5.1", proposed: "The model stays in our cloud at all times." }], MARK);
    expect(xmlOf((await paragraphsOf(same))[3])).toBe(xmlOf((await paragraphsOf(input))[3]));
    await expect(redlineDocx(input, [{ sourceIndex: 40, number: "", proposed: "x" }], MARK)).rejects.toThrow(/no paragraph 40/);
  });
});

describe("redlineFromPassages (a draft without a Word file)", () => {
  it("writes every passage, with the countered one as a tracked change", async () => {
    const output = await redlineFromPassages(
      {
        title: "Vendor redline, round 1",
        passages: [
          { number: "4", kind: "heading", text: "4. Escrow", proposed: null },
          {
            number: "4.1",
            kind: "paragraph",
            text: "4.1 The Supplier shall not be required to deposit the model weights.",
            proposed: "The Supplier shall deposit the model weights.",
          },
          { number: "5.1", kind: "paragraph", text: "5.1 Fees are due monthly.", proposed: null },
        ],
      },
      MARK,
    );
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(output) });
    expect(value).toContain("4.1 The Supplier shall deposit the model weights.");
    expect(value).toContain("5.1 Fees are due monthly.");
    const [p] = (await paragraphsOf(output)).filter((el) => byTag(el, "del").length);
    expect(textOf(byTag(byTag(p, "del")[0], "delText"))).toBe("not be required to ");
    expect(byTag(p, "ins")).toHaveLength(0);
    expect(byTag(p, "del")[0].getAttributeNS(W, "author")).toBe(MARK.author);
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(output) })).value;
    expect(html).toContain("<h2>4. Escrow</h2>");
  });
});

describe("a countered passage with the vendor's own tracked insertion in it", () => {
  it("deletes inside the vendor's w:ins and inserts beside it, never inside it", async () => {
    const output = await redlineDocx(await vendorDocx(), [{ sourceIndex: 2, number: "4.2", proposed: "Fees are due yearly." }], MARK);
    const p = (await paragraphsOf(output))[2];
    const vendorIns = byTag(p, "ins").find((e) => e.getAttributeNS(W, "author") === "Vendor")!;
    const ours = byTag(p, "ins").find((e) => e.getAttributeNS(W, "author") === MARK.author)!;
    expect(textOf(byTag(byTag(vendorIns, "del")[0], "delText"))).toBe("monthly");
    expect(byTag(vendorIns, "ins")).toEqual([]);
    expect(ours.parentNode).toBe(p);
    // Words run up to the full stop: "monthly." is replaced whole, its full stop being in the vendor's next run.
    expect(textOf(byTag(ours, "t"))).toBe("yearly.");
    expect(textOf(byTag(p, "delText"))).toBe("monthly.");
  });
});

import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import { DraftFileError } from "./extract-errors";
import type { PassageKind, SourceParagraph } from "./types";

// Reads a DOCX's paragraphs straight from word/document.xml (with JSZip and xmldom, the parsers mammoth
// itself uses), so that every paragraph keeps the index of its w:p element: the redline (redline.ts)
// edits the vendor's own document at exactly those paragraphs and leaves the rest byte for byte.

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export async function loadDocx(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw new DraftFileError("The file is not a readable DOCX: it may be damaged or not a Word document. Nothing was saved.", "corrupt");
  }
}

export async function documentXmlOf(zip: JSZip): Promise<string> {
  const entry = zip.file("word/document.xml");
  if (!entry) throw new DraftFileError("The file is a ZIP archive but not a Word document (it has no word/document.xml). Nothing was saved.", "corrupt");
  return entry.async("string");
}

export function parseXml(xml: string): Document {
  let failed = false;
  const doc = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: () => {
        failed = true;
      },
      fatalError: () => {
        failed = true;
      },
    },
  }).parseFromString(xml, "application/xml") as unknown as Document;
  if (failed || !doc.documentElement) {
    throw new DraftFileError("The Word document's text could not be read: its XML is damaged. Nothing was saved.", "corrupt");
  }
  return doc;
}

/** The body's w:p elements in document order (tables, text boxes and content controls included). */
export function paragraphElements(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagNameNS(W, "p"));
}

function hasAncestor(el: Element, localName: string): boolean {
  for (let p = el.parentNode; p; p = p.parentNode) {
    if ((p as Element).namespaceURI === W && (p as Element).localName === localName) return true;
  }
  return false;
}

/** The paragraph's visible text: inserted text counts, deleted text (w:delText) and field codes do not. */
export function paragraphText(p: Element): string {
  let out = "";
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      if (el.namespaceURI === W) {
        if (el.localName === "t") out += el.textContent ?? "";
        else if (el.localName === "tab") out += "\t";
        else if (el.localName === "br" || el.localName === "cr") out += "\n";
        else if (el.localName === "noBreakHyphen") out += "-";
        else if (el.localName === "p")
          continue; // a nested paragraph (text box) is its own paragraph
        else if (el.localName !== "delText" && el.localName !== "instrText" && el.localName !== "pPr") walk(el);
      } else walk(el);
    }
  };
  walk(p);
  return out;
}

function kindOf(p: Element): PassageKind {
  if (hasAncestor(p, "tc")) return "table-cell";
  const pPr = Array.from(p.childNodes).find((n) => (n as Element).localName === "pPr") as Element | undefined;
  if (pPr) {
    const style = Array.from(pPr.getElementsByTagNameNS(W, "pStyle"))[0]?.getAttributeNS(W, "val") ?? "";
    if (/^(heading|title|berschrift)/i.test(style)) return "heading";
    if (pPr.getElementsByTagNameNS(W, "outlineLvl").length > 0) return "heading";
    if (pPr.getElementsByTagNameNS(W, "numPr").length > 0) return "list-item";
  }
  return "paragraph";
}

export async function extractDocx(bytes: Uint8Array): Promise<SourceParagraph[]> {
  const zip = await loadDocx(bytes);
  const doc = parseXml(await documentXmlOf(zip));
  return paragraphElements(doc).map((p, sourceIndex) => ({ text: paragraphText(p), kind: kindOf(p), sourceIndex }));
}

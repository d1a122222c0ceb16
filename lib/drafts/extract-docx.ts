import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import { parseNumbering, wVal } from "./docx-numbering";
import { DraftFileError } from "./extract-errors";
import type { PassageKind, SourceParagraph } from "./types";

// Reads a DOCX's paragraphs straight from word/document.xml (with JSZip and xmldom, the parsers mammoth
// itself uses), so that every paragraph keeps the index of its w:p element: the redline (redline.ts)
// edits the vendor's own document at exactly those paragraphs and leaves the rest byte for byte.

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const SLICE_MS = 10;

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

function hasAncestor(el: Element, localName: string, ns = W): boolean {
  for (let p = el.parentNode; p; p = p.parentNode) {
    if ((p as Element).namespaceURI === ns && (p as Element).localName === localName) return true;
  }
  return false;
}

/** Deleted or moved-away text, field codes and properties: none of it is what the draft says. */
const SKIPPED = new Set(["delText", "del", "moveFrom", "instrText", "pPr", "rPr", "footnoteReference", "endnoteReference"]);

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
        else if (!SKIPPED.has(el.localName)) walk(el);
      } else walk(el);
    }
  };
  walk(p);
  return out;
}

interface StyleInfo {
  heading: boolean;
  numId?: string;
  ilvl?: number;
}

/** Paragraph styles: which are headings (by name or outline level) and which carry list numbering. */
function parseStyles(doc: Document | null): Map<string, StyleInfo> {
  const raw = new Map<string, { name: string; outline?: string; numId?: string; ilvl?: string; basedOn?: string }>();
  if (doc) {
    for (const style of Array.from(doc.getElementsByTagNameNS(W, "style"))) {
      if (style.getAttributeNS(W, "type") !== "paragraph") continue;
      const pPr = childOf(style, "pPr");
      const numPr = childOf(pPr, "numPr");
      raw.set(style.getAttributeNS(W, "styleId") ?? "", {
        name: wVal(style, "name") ?? "",
        outline: wVal(pPr, "outlineLvl"),
        numId: wVal(numPr, "numId"),
        ilvl: wVal(numPr, "ilvl"),
        basedOn: wVal(style, "basedOn"),
      });
    }
  }
  const resolved = new Map<string, StyleInfo>();
  const resolve = (id: string, depth = 0): StyleInfo => {
    const known = resolved.get(id);
    if (known) return known;
    const style = raw.get(id);
    const parent: StyleInfo = style?.basedOn && depth < 10 ? resolve(style.basedOn, depth + 1) : { heading: false };
    const info: StyleInfo = {
      heading: /^(heading|title|berschrift)/i.test(id) || /^(heading \d|title)$/i.test(style?.name ?? "") || isOutline(style?.outline) || parent.heading,
      numId: style?.numId ?? parent.numId,
      ilvl: style?.ilvl !== undefined ? Number(style.ilvl) : parent.ilvl,
    };
    resolved.set(id, info);
    return info;
  };
  for (const id of raw.keys()) resolve(id);
  return resolved;
}

/** Outline level 9 is Word's "body text"; 0–8 are heading levels. */
const isOutline = (level: string | undefined) => level !== undefined && Number(level) < 9;

function childOf(el: Element | undefined, name: string): Element | undefined {
  if (!el) return undefined;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (c as Element).namespaceURI === W && (c as Element).localName === name) return c as Element;
  }
  return undefined;
}

/** Text-box content Word writes twice (a modern shape and a VML fallback): the fallback copy is skipped. */
const inFallback = (p: Element) => hasAncestor(p, "Fallback", "http://schemas.openxmlformats.org/markup-compatibility/2006");

async function optionalXml(zip: JSZip, path: string): Promise<Document | null> {
  const entry = zip.file(path);
  if (!entry) return null;
  try {
    return parseXml(await entry.async("string"));
  } catch {
    return null; // numbering or styles we cannot read cost the numbers and headings, not the text
  }
}

/**
 * The paragraphs in document order (table cells row by row, cell by cell; text boxes where they are
 * anchored), each with its w:p index, what it is (heading, list item, table cell) and the list number
 * Word shows for it. Tracked changes read as accepted: inserted text counts, deleted text does not.
 * Footnotes, endnotes, headers and footers are not read: they rarely carry terms a clause turns on.
 */
export async function extractDocx(bytes: Uint8Array): Promise<SourceParagraph[]> {
  const zip = await loadDocx(bytes);
  const doc = parseXml(await documentXmlOf(zip));
  const styles = parseStyles(await optionalXml(zip, "word/styles.xml"));
  const numbering = parseNumbering(await optionalXml(zip, "word/numbering.xml"));
  const out: SourceParagraph[] = [];
  const elements = paragraphElements(doc);
  let sliceStart = performance.now();
  for (let sourceIndex = 0; sourceIndex < elements.length; sourceIndex++) {
    // A long document is read in slices, letting other requests run in between.
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
    const p = elements[sourceIndex];
    if (inFallback(p)) continue;
    const pPr = childOf(p, "pPr");
    const style = styles.get(wVal(pPr, "pStyle") ?? "") ?? { heading: false };
    const numPr = childOf(pPr, "numPr");
    const numId = wVal(numPr, "numId") ?? style.numId;
    const ilvl = Number(wVal(numPr, "ilvl") ?? style.ilvl ?? 0);
    const renderedNumber = numId ? numbering.next(numId, ilvl) : "";
    const text = paragraphText(p);
    if (text.trim() === "") continue;
    let kind: PassageKind = "paragraph";
    if (hasAncestor(p, "tc")) kind = "table-cell";
    else if (style.heading || isOutline(wVal(pPr, "outlineLvl"))) kind = "heading";
    else if (numId && numId !== "0") kind = "list-item";
    out.push({ text, kind, sourceIndex, ...(renderedNumber ? { renderedNumber } : {}) });
  }
  return out;
}

import type JSZip from "jszip";
import { XMLSerializer } from "@xmldom/xmldom";
import { documentXmlOf, loadDocx, paragraphElements, parseXml } from "./extract-docx";
import { splitLeadingNumber, wordChange } from "./redline-diff";

// The redline of a vendor's own DOCX: for each countered passage, the w:p it came from (its
// sourceIndex among paragraphElements) gets the changed words as a tracked deletion (w:del, the runs
// kept with their formatting, w:t → w:delText) followed by a tracked insertion (w:ins, one run in the
// first deleted run's formatting). Word shows both as a redline authored by `mark.author`. Nothing
// else changes: other paragraphs keep their XML, other parts of the package keep their bytes (only
// word/document.xml is rewritten), and tracking is not switched on in settings.xml.

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const XML_NS = "http://www.w3.org/XML/1998/namespace";

export interface RedlineCounter {
  /** The paragraph's index in paragraphElements order (DraftPassage.sourceIndex). */
  sourceIndex: number;
  /** The passage's number ("4.2"): it stays the vendor's when the proposed wording leaves it out. */
  number: string;
  /** Our wording for the passage. */
  proposed: string;
}

export interface RevisionMark {
  author: string;
  /** ISO 8601. */
  date: string;
}

export async function redlineDocx(bytes: Uint8Array, counters: readonly RedlineCounter[], mark: RevisionMark): Promise<Uint8Array> {
  const zip = await loadDocx(bytes);
  const doc = parseXml(await documentXmlOf(zip));
  const paragraphs = paragraphElements(doc);
  const ids = { next: await firstFreeRevisionId(zip) };
  for (const counter of counters) {
    const p = paragraphs[counter.sourceIndex];
    if (!p) throw new Error(`The document has no paragraph ${counter.sourceIndex}: the passage does not come from this file.`);
    redlineParagraph(p, counter, mark, ids);
  }
  // createFolders: false, or JSZip adds a "word/" folder entry the vendor's package did not have.
  zip.file("word/document.xml", new XMLSerializer().serializeToString(doc), { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
}

/** Revision ids must be unique in the document: start above every w:id any part of it uses. */
async function firstFreeRevisionId(zip: JSZip): Promise<number> {
  let max = 0;
  for (const entry of zip.file(/^word\/[^/]+\.xml$/)) {
    for (const m of (await entry.async("string")).matchAll(/\bw:id="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

const isW = (node: Node | null, name: string): node is Element =>
  node?.nodeType === 1 && (node as Element).namespaceURI === W && (node as Element).localName === name;

/** What a run child adds to the paragraph's text (as paragraphText in extract-docx.ts reads it). */
function textOf(child: Node): string {
  if (isW(child, "t")) return child.textContent ?? "";
  if (isW(child, "tab")) return "\t";
  if (isW(child, "br") || isW(child, "cr")) return "\n";
  if (isW(child, "noBreakHyphen")) return "-";
  return "";
}

const runText = (run: Element) => Array.from(run.childNodes).map(textOf).join("");

interface PlacedRun {
  run: Element;
  start: number;
  end: number;
}

/** The runs whose text the paragraph shows, in order, with their offsets into that text. */
function textRuns(p: Element): PlacedRun[] {
  const out: PlacedRun[] = [];
  let offset = 0;
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      if (isW(c, "r")) {
        const length = runText(c).length;
        out.push({ run: c, start: offset, end: offset + length });
        offset += length;
      } else if (!isW(c, "p") && !isW(c, "pPr") && !isW(c, "del") && !isW(c, "moveFrom")) walk(c);
    }
  };
  walk(p);
  return out;
}

/** Keeps only the run's content in [from, to) of its own text (its w:rPr always). */
function trimRun(run: Element, from: number, to: number, total: number) {
  let pos = 0;
  for (const child of Array.from(run.childNodes)) {
    if (child.nodeType !== 1 || isW(child, "rPr")) continue;
    const length = textOf(child).length;
    const start = pos;
    pos += length;
    if (length === 0) {
      // Marks without text (field characters, page-break hints) go with the part they precede.
      if (!(start >= from && (start < to || (to === total && start === total)))) run.removeChild(child);
    } else if (pos <= from || start >= to) run.removeChild(child);
    else if (isW(child, "t") && (start < from || pos > to)) {
      child.textContent = (child.textContent ?? "").slice(Math.max(from - start, 0), Math.min(to - start, length));
      (child as Element).setAttributeNS(XML_NS, "xml:space", "preserve");
    }
  }
}

/** Makes `offset` a boundary between runs (splitting the run across it in two). */
function cutAt(p: Element, offset: number) {
  const placed = textRuns(p).find((r) => r.start < offset && offset < r.end);
  if (!placed) return;
  const { run, start, end } = placed;
  const second = run.cloneNode(true) as Element;
  trimRun(run, 0, offset - start, end - start);
  trimRun(second, offset - start, end - start, end - start);
  run.parentNode!.insertBefore(second, run.nextSibling);
}

function revision(doc: Document, name: "del" | "ins", mark: RevisionMark, ids: { next: number }): Element {
  const el = doc.createElementNS(W, `w:${name}`);
  el.setAttributeNS(W, "w:id", String(ids.next++));
  el.setAttributeNS(W, "w:author", mark.author);
  el.setAttributeNS(W, "w:date", mark.date);
  return el;
}

/** A deleted run shows its text as w:delText (and field codes as w:delInstrText), formatting kept. */
function markDeleted(doc: Document, run: Element) {
  for (const child of Array.from(run.childNodes)) {
    const rename = isW(child, "t") ? "delText" : isW(child, "instrText") ? "delInstrText" : null;
    if (!rename) continue;
    const replacement = doc.createElementNS(W, `w:${rename}`);
    for (const attr of Array.from((child as Element).attributes)) replacement.setAttributeNS(attr.namespaceURI, attr.name, attr.value);
    replacement.setAttributeNS(XML_NS, "xml:space", "preserve");
    replacement.textContent = child.textContent;
    run.replaceChild(replacement, child);
  }
}

/** A run holding `text` (tabs and line breaks as Word writes them) in the given formatting. */
function newRun(doc: Document, text: string, rPr: Element | null): Element {
  const run = doc.createElementNS(W, "w:r");
  if (rPr) {
    const copy = rPr.cloneNode(true) as Element;
    for (const change of Array.from(copy.childNodes).filter((c) => isW(c, "rPrChange"))) copy.removeChild(change);
    run.appendChild(copy);
  }
  for (const part of text.split(/(\t|\n)/)) {
    if (part === "\t") run.appendChild(doc.createElementNS(W, "w:tab"));
    else if (part === "\n") run.appendChild(doc.createElementNS(W, "w:br"));
    else if (part) {
      const t = doc.createElementNS(W, "w:t");
      t.setAttributeNS(XML_NS, "xml:space", "preserve");
      t.textContent = part;
      run.appendChild(t);
    }
  }
  return run;
}

function nextElement(node: Node): Node | null {
  let next = node.nextSibling;
  while (next && next.nodeType !== 1) next = next.nextSibling;
  return next;
}

const rPrOf = (run: Element | undefined) => (run ? ((Array.from(run.childNodes).find((c) => isW(c, "rPr")) as Element | undefined) ?? null) : null);

function redlineParagraph(p: Element, counter: RedlineCounter, mark: RevisionMark, ids: { next: number }) {
  const doc = p.ownerDocument!;
  const before = textRuns(p)
    .map((r) => runText(r.run))
    .join("");
  const { prefix } = splitLeadingNumber(before, counter.number);
  const change = wordChange(before, prefix + counter.proposed);
  if (!change) return;

  cutAt(p, change.end);
  cutAt(p, change.start);
  const runs = textRuns(p);
  const deleted = runs.filter((r) => r.end > r.start && r.start >= change.start && r.end <= change.end).map((r) => r.run);

  // Consecutive sibling runs go into one w:del (runs under different parents, e.g. a hyperlink, each get their own).
  let lastDel: Element | null = null;
  for (const run of deleted) {
    if (!lastDel || nextElement(lastDel) !== run) {
      lastDel = revision(doc, "del", mark, ids);
      run.parentNode!.insertBefore(lastDel, run);
    }
    markDeleted(doc, run);
    lastDel.appendChild(run);
  }

  if (!change.inserted) return;
  const ins = revision(doc, "ins", mark, ids);
  const neighbour = deleted[0] ?? runs.findLast((r) => r.end <= change.start && r.end > r.start)?.run ?? runs.find((r) => r.start >= change.start)?.run;
  ins.appendChild(newRun(doc, change.inserted, rPrOf(neighbour)));
  if (lastDel) {
    // Words the vendor inserted with tracking on are deleted inside their w:ins (Word's way of
    // "inserted by one, deleted by another"); our insertion goes beside it, not into it.
    let anchor: Node = lastDel;
    while (isW(anchor.parentNode, "ins") || isW(anchor.parentNode, "moveTo")) anchor = anchor.parentNode!;
    anchor.parentNode!.insertBefore(ins, anchor.nextSibling);
  } else {
    const after = runs.findLast((r) => r.end <= change.start && r.end > r.start);
    const atOrAfter = runs.find((r) => r.start >= change.start && r.end > r.start);
    if (after) after.run.parentNode!.insertBefore(ins, after.run.nextSibling);
    else if (atOrAfter) atOrAfter.run.parentNode!.insertBefore(ins, atOrAfter.run);
    else p.appendChild(ins);
  }
}

import { DraftFileError } from "./extract-errors";
import type { SourceParagraph } from "./types";

// PDF text with unpdf (a serverless build of Mozilla's pdf.js, pure JS). A PDF holds positioned lines,
// not paragraphs: lines are joined into paragraphs unless a vertical gap or a clause number starts a
// new one; a word hyphenated across a line break is joined again; running headers, footers and page
// numbers (the same line at the top or bottom of most pages) are dropped.

/** A line opening with a clause number: "4.2 …", "4. …", "4 The …", "(b) …", "Section 7"; not a wrapped "11 of the …". */
const NUMBERED_LINE =
  /^\s*(?:\d{1,3}(?:\.\d{1,3})+\.?\s|\d{1,3}\.\s|\d{1,3}\s+(?=\p{Lu})|\((?:[a-zA-Z]{1,2}|[ivxlIVXL]{1,6}|\d{1,3})\)\s|[a-zA-Z]\)\s|(?:[Ss]ection|[Cc]lause|[Aa]rticle|[Ss]chedule|[Aa]nnex|SECTION|CLAUSE|ARTICLE|SCHEDULE|ANNEX)\s+[\dIVXL]+)/u;
const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

type TextItem = { str: string; hasEOL: boolean; transform: number[]; height: number };
export interface PdfLine {
  text: string;
  y: number;
  height: number;
}

export async function extractPdf(bytes: Uint8Array): Promise<SourceParagraph[]> {
  const { getDocumentProxy } = await import("unpdf");
  let pdf;
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === "PasswordException") {
      throw new DraftFileError(
        "The PDF is password-protected. Remove the password (or ask the vendor for an open copy) and upload it again. Nothing was saved.",
        "encrypted",
      );
    }
    throw new DraftFileError("The file is not a readable PDF: it may be damaged. Nothing was saved.", "corrupt");
  }
  const pages: PdfLine[][] = [];
  try {
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const page = await pdf.getPage(pageNumber);
      pages.push(linesOf((await page.getTextContent()).items as TextItem[]));
    }
  } catch {
    throw new DraftFileError("The PDF could not be read to the end: it may be damaged. Nothing was saved.", "corrupt");
  } finally {
    await pdf.destroy();
  }
  return paragraphsOf(dropRunningLines(pages));
}

function linesOf(items: readonly TextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let text = "";
  let y: number | null = null;
  let height = 0;
  const end = () => {
    if (text.trim() && y !== null) lines.push({ text: text.replace(/[ \t]+/g, " ").trim(), y, height: height || 12 });
    text = "";
    y = null;
    height = 0;
  };
  for (const item of items) {
    if (typeof item.str !== "string") continue;
    if (y === null) y = item.transform[5];
    if (item.height > height) height = item.height;
    text += item.str;
    if (item.hasEOL) end();
  }
  end();
  return lines;
}

/** A line's shape with its digits generalised, so "Page 3 of 40" on every page reads as one line. */
const shape = (text: string) => text.toLowerCase().replace(/\d+/g, "#");

/**
 * Drops page numbers and the lines that repeat at the same place (the first or last two lines) on at
 * least half the pages of a document of two or more pages: running headers and footers.
 */
export function dropRunningLines(pages: readonly PdfLine[][]): PdfLine[][] {
  const edges = (lines: readonly PdfLine[]) => [...lines.slice(0, 2), ...lines.slice(-2)];
  const seen = new Map<string, number>();
  if (pages.length >= 2) {
    for (const lines of pages) for (const s of new Set(edges(lines).map((l) => shape(l.text)))) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const running = (l: PdfLine) => (seen.get(shape(l.text)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((lines) => {
    const edge = new Set(edges(lines));
    return lines.filter((l) => !(edge.has(l) && (PAGE_NUMBER.test(l.text) || running(l))));
  });
}

export function paragraphsOf(pages: readonly PdfLine[][]): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  let current = "";
  const flush = () => {
    const text = current.trim();
    if (text) paragraphs.push({ text, kind: "paragraph", sourceIndex: null });
    current = "";
  };
  for (const lines of pages) {
    let last: PdfLine | null = null;
    for (const line of lines) {
      const gap = last ? last.y - line.y : 0;
      if (!last || gap > line.height * 1.6 || gap < 0 || NUMBERED_LINE.test(line.text)) {
        // A new page continues the paragraph only when the text runs on mid-sentence.
        if (last || !/[\p{Ll},;-]$/u.test(current) || NUMBERED_LINE.test(line.text)) flush();
      }
      current = join(current, line.text);
      last = line;
    }
  }
  flush();
  return paragraphs;
}

/** "negoti-" + "ation" → "negotiation"; other line breaks become a space. */
function join(before: string, line: string): string {
  if (!before) return line;
  if (/\p{L}-$/u.test(before) && /^\p{Ll}/u.test(line)) return before.slice(0, -1) + line;
  return `${before} ${line}`;
}

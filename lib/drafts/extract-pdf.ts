import { DraftFileError } from "./extract-errors";
import type { SourceParagraph } from "./types";

// PDF text with unpdf (a serverless build of Mozilla's pdf.js, pure JS). A PDF holds positioned lines,
// not paragraphs: lines are joined into paragraphs unless a vertical gap or a clause number starts a new one.

const NUMBERED_LINE = /^\s*(?:\d+(?:\.\d+)*\.?|\([a-z0-9]{1,4}\)|[a-z]\)|(?:section|clause|article|schedule|annex)\s+\d+)\s/i;

type TextItem = { str: string; hasEOL: boolean; transform: number[]; height: number };

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
  const paragraphs: SourceParagraph[] = [];
  let current = "";
  const flush = () => {
    const text = current.replace(/[ \t]+/g, " ").trim();
    if (text) paragraphs.push({ text, kind: "paragraph", sourceIndex: null });
    current = "";
  };
  for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
    const page = await pdf.getPage(pageNumber);
    const content = await page.getTextContent();
    let line = "";
    let lineY: number | null = null;
    let lastY: number | null = null;
    let lineHeight = 12;
    const endLine = () => {
      const text = line.trim();
      line = "";
      if (!text) return;
      const gap = lastY !== null && lineY !== null ? lastY - lineY : 0;
      if (gap > lineHeight * 1.6 || NUMBERED_LINE.test(text)) flush();
      current += (current ? " " : "") + text;
      lastY = lineY;
    };
    for (const raw of content.items as TextItem[]) {
      if (typeof raw.str !== "string") continue;
      if (lineY === null) lineY = raw.transform[5];
      if (raw.height > 0) lineHeight = raw.height;
      line += raw.str;
      if (raw.hasEOL) {
        endLine();
        lineY = null;
      }
    }
    endLine();
    flush();
  }
  await pdf.destroy();
  return paragraphs;
}

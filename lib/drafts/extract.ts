import { extractDocx } from "./extract-docx";
import { DraftFileError } from "./extract-errors";
import { extractPdf } from "./extract-pdf";
import { describeBytes, MAX_DRAFT_FILE_BYTES, MAX_DRAFT_TEXT_CHARS } from "./limits";
import type { ExtractedDocument, SourceParagraph } from "./types";

// A vendor draft's paragraphs, from an uploaded file (recognised by its bytes, not its name) or pasted text.

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // a password-protected DOCX, or an old binary .doc

/** "%PDF-" at the start, or within the first KB (some generators put junk before it; readers accept that). */
function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = head.indexOf(0x25); i >= 0 && i < head.length; i = head.indexOf(0x25, i + 1)) {
    if (startsWith(bytes.subarray(i), PDF)) return true;
  }
  return false;
}

export async function extractFile(bytes: Uint8Array): Promise<ExtractedDocument> {
  if (bytes.byteLength === 0) throw new DraftFileError("The file is empty. Nothing was saved.", "empty");
  if (bytes.byteLength > MAX_DRAFT_FILE_BYTES) {
    throw new DraftFileError(
      `The file is ${describeBytes(bytes.byteLength)}; the most we accept is ${describeBytes(MAX_DRAFT_FILE_BYTES)}. Nothing was saved.`,
      "too-large",
    );
  }
  let document: ExtractedDocument;
  if (isPdf(bytes)) {
    document = { source: "PDF", paragraphs: await extractPdf(bytes) };
  } else if (startsWith(bytes, ZIP)) {
    document = { source: "DOCX", paragraphs: await extractDocx(bytes) };
  } else if (startsWith(bytes, OLE)) {
    throw new DraftFileError(
      "The file is password-protected or an old Word .doc. Remove the password, or save it as .docx, and upload it again. Nothing was saved.",
      "encrypted",
    );
  } else {
    throw new DraftFileError("Only DOCX and PDF files can be uploaded; paste other text instead. Nothing was saved.", "unsupported");
  }
  return checkText(document);
}

/** Pasted text or an email: one paragraph per line (an email without its headers, quotes and signature). */
export function extractText(text: string, source: "TEXT" | "EMAIL"): ExtractedDocument {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const paragraphs: SourceParagraph[] = (source === "EMAIL" ? emailBody(lines) : lines).map((line) => ({
    text: line,
    kind: "paragraph" as const,
    sourceIndex: null,
  }));
  return checkText({ source, paragraphs });
}

const HEADER = /^(?:from|sent|to|cc|bcc|subject|date|reply-to)\s*:/i;
const QUOTE_INTRO = /^on\b.{0,200}\bwrote:\s*$/i;
const FORWARDED = /^-{2,}\s*(?:original message|forwarded message)\s*-{2,}$/i;

/**
 * The vendor's own words in a pasted email: header lines (From:, Sent:, To:, Subject: …) are dropped,
 * so are quoted lines ("> …"), and everything from the signature ("-- "), a quoted reply's
 * introduction ("On … wrote:"), an "Original message" divider or a later "From:" line on: that is the
 * thread below.
 */
export function emailBody(lines: readonly string[]): string[] {
  const body: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (line === "-- " || t === "--" || QUOTE_INTRO.test(t) || FORWARDED.test(t)) break;
    // An Outlook-style "From: … Sent: …" block below the message starts the earlier mail in the thread.
    if (/^from\s*:/i.test(t) && body.some((l) => l.trim() !== "")) break;
    if (t.startsWith(">") || HEADER.test(t)) continue;
    body.push(line);
  }
  return body;
}

function checkText(document: ExtractedDocument): ExtractedDocument {
  const paragraphs = document.paragraphs.filter((p) => p.text.trim() !== "");
  const length = paragraphs.reduce((n, p) => n + p.text.length, 0);
  if (length === 0) {
    throw new DraftFileError(
      document.source === "PDF"
        ? "The PDF holds no text we can read (a scan needs text recognition first). Nothing was saved."
        : "The document holds no text. Nothing was saved.",
      "no-text",
    );
  }
  if (length > MAX_DRAFT_TEXT_CHARS) {
    throw new DraftFileError(
      `The document holds ${length.toLocaleString("en-US")} characters of text; the most we analyse is ${MAX_DRAFT_TEXT_CHARS.toLocaleString("en-US")}. Split it and add the parts as separate rounds. Nothing was saved.`,
      "too-long",
    );
  }
  return { ...document, paragraphs };
}

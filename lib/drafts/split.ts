import { MAX_DRAFT_PASSAGES } from "./limits";
import type { SourceParagraph, SplitPassage } from "./types";

// Paragraphs → passages: each keeps the number the draft gives it ("4.2", "(b)", "Schedule 2") and
// the title of the section it sits in, so a passage reads as "4.2 (Escrow)" wherever it is shown.
// A paragraph is one passage however long it is: the draft's own structure decides, not its length.
// The text stays the paragraph's own (a DOCX list number Word renders is the passage's number, not
// part of its text), so flag offsets and the redline line up with the vendor's paragraph.

const PART_WORDS = ["section", "clause", "article", "schedule", "annex", "appendix", "exhibit", "part"];
// Case is spelt out rather than left to the "i" flag: with it, \p{Lu} would match lower case too.
const PART = `(?:${PART_WORDS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]).join("|")})\\s+(?:\\d{1,3}(?:\\.\\d{1,3})*|[ivxlcIVXLC]{1,7}|[a-zA-Z])\\b\\.?`;

/** A leading clause number: "4.", "4.2", "4.2.1", "4 Escrow", "(b)", "b)", "(iv)", "Section 7", "Schedule 2", "Article IV". */
const NUMBER = new RegExp(
  `^\\s*(\\d{1,3}(?:\\.\\d{1,3})+\\.?|\\d{1,3}\\.(?!\\d)|\\d{1,3}(?=\\s+\\p{Lu})|\\((?:[a-zA-Z]{1,2}|[ivxlIVXL]{1,6}|\\d{1,3})\\)|[a-zA-Z]\\)|[ivxIVX]{1,5}\\)|${PART})(?:\\s+|$)`,
  "u",
);
const PART_NUMBER = new RegExp(`^${PART}$`, "u");
const TOP_LEVEL = /^\d{1,3}\.?$/;
const SMALL_WORDS = new Set("a an and as at by for in of on or the to with".split(" "));

/** "Release Events", "Governing Law and Jurisdiction": every word but the small ones capitalised. */
function titleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.every((w, i) => /^[\p{Lu}\d("“]/u.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

const allCaps = (text: string) => /\p{Lu}{2}/u.test(text) && text === text.toUpperCase();

/**
 * A title rather than a clause: short, no closing punctuation, and either ALL CAPS, or numbered as a
 * top-level section ("4. Escrow", "Schedule 2 – Service Levels"), or numbered and in Title Case
 * ("4.2 Release Events"; "4.2 The Supplier keeps the weights" is a clause).
 */
export function looksLikeHeading(body: string, number: string): boolean {
  const t = body.trim();
  if (t.length === 0 || t.length > 80 || /[.;:,]$/.test(t) || !/\p{L}/u.test(t)) return false;
  if (t.split(/\s+/).length > 10) return false;
  if (allCaps(t)) return true;
  if (!number || number.startsWith("(") || number.endsWith(")")) return false;
  return ((TOP_LEVEL.test(number) || PART_NUMBER.test(number)) && /^[\p{Lu}\d]/u.test(t)) || titleCase(t);
}

export function splitPassages(paragraphs: readonly SourceParagraph[]): SplitPassage[] {
  const passages: SplitPassage[] = [];
  let heading = "";
  for (const paragraph of paragraphs) {
    const raw = paragraph.text.replace(/\s+/g, " ").trim();
    if (!raw) continue;
    const match = paragraph.renderedNumber ? null : NUMBER.exec(raw);
    const number = (paragraph.renderedNumber ?? match?.[1] ?? "").replace(/\.$/, "");
    const body = (match ? raw.slice(match[0].length) : raw).replace(/^[-–—:]\s*/, "").trim();
    const kind = paragraph.kind === "heading" || (paragraph.kind !== "table-cell" && looksLikeHeading(body || raw, number)) ? "heading" : paragraph.kind;
    if (kind === "heading") heading = body || raw;
    passages.push({ ordinal: passages.length, number, heading: kind === "heading" ? "" : heading, kind, text: raw, sourceIndex: paragraph.sourceIndex });
    if (passages.length >= MAX_DRAFT_PASSAGES) break;
  }
  return passages;
}

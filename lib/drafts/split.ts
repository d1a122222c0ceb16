import { MAX_DRAFT_PASSAGES } from "./limits";
import type { SourceParagraph, SplitPassage } from "./types";

// Paragraphs → passages: each keeps the number the draft gives it ("4.2", "(b)", "Schedule 2") and
// the title of the section it sits in, so a passage reads as "4.2 (Escrow)" wherever it is shown.

/** A leading clause number: "4.", "4.2", "4.2.1", "(b)", "b)", "(iv)", "Section 7", "Schedule 2". */
const NUMBER =
  /^\s*((?:\d{1,3}\.)*\d{1,3}\.?|\((?:[a-z]|[ivxl]{1,6}|\d{1,3})\)|[a-z]\)|(?:section|clause|article|schedule|annex|appendix|exhibit)\s+(?:\d{1,3}(?:\.\d{1,3})*|[a-z])\b\.?)(?:\s+|$)/i;

/** A short line without a full stop at the end reads as a title ("4. Escrow", "DEFINITIONS"). */
function looksLikeHeading(text: string, numbered: boolean): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 80) return false;
  if (/[.;:,]$/.test(t)) return false;
  const words = t.split(/\s+/).length;
  return words <= 10 && (numbered || t === t.toUpperCase());
}

export function splitPassages(paragraphs: readonly SourceParagraph[]): SplitPassage[] {
  const passages: SplitPassage[] = [];
  let heading = "";
  for (const paragraph of paragraphs) {
    const raw = paragraph.text.replace(/\s+/g, " ").trim();
    if (!raw) continue;
    const match = NUMBER.exec(raw);
    const number = (paragraph.renderedNumber ?? match?.[1] ?? "").replace(/\.$/, "");
    const body = match && !paragraph.renderedNumber ? raw.slice(match[0].length).trim() : raw;
    const kind = paragraph.kind === "heading" || looksLikeHeading(body || raw, number !== "") ? "heading" : paragraph.kind;
    if (kind === "heading") heading = body || raw;
    passages.push({ ordinal: passages.length, number, heading: kind === "heading" ? "" : heading, kind, text: raw, sourceIndex: paragraph.sourceIndex });
    if (passages.length >= MAX_DRAFT_PASSAGES) break;
  }
  return passages;
}

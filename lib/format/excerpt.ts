import { plural } from "@/lib/format/plural";

/** How much of a vendor quote the printed report carries; the clause page shows the whole text. */
export const QUOTE_EXCERPT_CHARS = 1500;

/** `text` cut to at most `max` characters at a word boundary, marked as an excerpt when it was cut. */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(" ");
  const head = lastSpace > max * 0.8 ? cut.slice(0, lastSpace) : cut;
  return `${head.trimEnd()}… [excerpt: ${(text.length - head.length).toLocaleString("en")} more characters on the clause page]`;
}

export function earlierReviewsNote(count: number): string {
  return `${plural(count, "earlier decision")} not shown here: the review page and the deal's activity log keep every one.`;
}

// Where a proposed wording differs from the vendor's: the words both keep at the start and at the end
// stay as they are, and only the changed middle becomes a tracked deletion and insertion, as a
// person editing the document with tracking on would leave it.

export interface WordChange {
  /** [start, end) of the vendor's words that are deleted (start === end: nothing deleted). */
  start: number;
  end: number;
  /** The words inserted at `start` ("" when nothing is inserted). */
  inserted: string;
}

/** Words and the whitespace between them, so that joining the tokens gives the text back. */
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/**
 * The smallest word-aligned change that turns `before` into `after`, or null when they are equal.
 * Word-aligned: a word changed by one letter is replaced whole, which reads better in a redline.
 */
export function wordChange(before: string, after: string): WordChange | null {
  if (before === after) return null;
  const a = tokens(before);
  const b = tokens(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const start = a.slice(0, head).join("").length;
  const end = before.length - a.slice(a.length - tail).join("").length;
  const inserted = b.slice(head, b.length - tail).join("");
  return { start, end, inserted };
}

/**
 * A passage's wording without the number the draft gives it ("4.2 The Supplier…" → "The Supplier…"):
 * counter wording replaces the words, the number stays the vendor's.
 */
export function splitLeadingNumber(text: string, number: string): { prefix: string; body: string } {
  if (!number) return { prefix: "", body: text };
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`^\\s*${escaped}\\.?(?:\\s+|$)`).exec(text);
  if (!match) return { prefix: "", body: text };
  return { prefix: match[0], body: text.slice(match[0].length) };
}

// Mentions in a clause comment are written as "@" followed by the member's email address
// ("@alex@example.com"): an address names one person unambiguously, needs no lookup table in the text,
// and still reads sensibly in the audit trail. The thread shows each token as "@Name".
//
// A token starts at "@" that is not part of a word or an address (so "alex@example.com" alone is not a
// mention), and its domain ends before trailing punctuation ("@alex@example.com." mentions alex).

const MENTION = /(?<![\w.@+-])@([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;

/** The addresses mentioned in a text, lower-cased, each once, in order of first appearance. */
export function mentionedEmails(body: string): string[] {
  const seen = new Set<string>();
  for (const match of body.matchAll(MENTION)) seen.add(match[1].toLowerCase());
  return [...seen];
}

export type CommentSegment = { text: string } | { mention: string };

/** The text cut into plain runs and mention tokens (addresses lower-cased), for display. */
export function commentSegments(body: string): CommentSegment[] {
  const segments: CommentSegment[] = [];
  let last = 0;
  for (const match of body.matchAll(MENTION)) {
    if (match.index > last) segments.push({ text: body.slice(last, match.index) });
    segments.push({ mention: match[1].toLowerCase() });
    last = match.index + match[0].length;
  }
  if (last < body.length) segments.push({ text: body.slice(last) });
  return segments;
}

/** The text with every token shown as "@Name" (an address nobody has stays as written): for notifications. */
export function withMentionNames(body: string, nameOf: (email: string) => string | undefined): string {
  return commentSegments(body)
    .map((s) => ("text" in s ? s.text : `@${nameOf(s.mention) ?? s.mention}`))
    .join("");
}

/** The token the member picker inserts for an address. */
export function mentionToken(email: string): string {
  return `@${email.toLowerCase()}`;
}

// When a failed message is tried again: 1 min, 5 min, 15 min, 1 h, 4 h after the attempts so far;
// after MAX_ATTEMPTS it is FAILED and shown so at /admin/outbox.

const BACKOFF_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000, 4 * 60 * 60_000];

export const MAX_ATTEMPTS = BACKOFF_MS.length + 1;

/** A process that claimed a message and died: the message is claimable again after this. */
export const SENDING_LEASE_MS = 5 * 60_000;

export function nextAttemptDelayMs(attemptsSoFar: number): number | null {
  if (attemptsSoFar >= MAX_ATTEMPTS) return null;
  return BACKOFF_MS[Math.min(Math.max(attemptsSoFar - 1, 0), BACKOFF_MS.length - 1)];
}

// Links in sent messages carry single-use tokens; once the SMTP server has the message, the copy
// kept in the outbox loses them (a stored message, read at /admin/outbox, keeps its link: that is
// how it reaches its reader).
const TOKEN_LINK = /(\/(?:invite|reset-password)\/)[A-Za-z0-9_-]{20,}/g;

export function withoutTokenLinks(text: string): string {
  return text.replace(TOKEN_LINK, "$1[link removed after sending]");
}

// When a failed delivery is tried again: 1 min, 5 min, 30 min, 2 h, 6 h, 12 h, 24 h after the
// attempt that failed; the attempt after the last of these is the last one, then it is FAILED.

const BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000, 12 * 3_600_000, 24 * 3_600_000];

export const WEBHOOK_MAX_ATTEMPTS = BACKOFF_MS.length + 1;

/** How long after a failed attempt the next one is due, given the attempts made so far (that one included); null: give up. */
export function webhookRetryDelayMs(attemptsSoFar: number): number | null {
  if (attemptsSoFar >= WEBHOOK_MAX_ATTEMPTS) return null;
  return BACKOFF_MS[Math.max(attemptsSoFar - 1, 0)];
}

/** The whole schedule, for the reference page. */
export const WEBHOOK_BACKOFF_MS: readonly number[] = BACKOFF_MS;

import { getDb } from "@/lib/db";
import {
  SIGN_IN_FAILURES_PER_ACCOUNT,
  SIGN_IN_FAILURES_PER_ADDRESS,
  SIGN_IN_RETENTION_DAYS,
  SIGN_IN_WINDOW_MS,
  signInThrottledMessage,
} from "@/lib/auth/sign-in-limits";
import { retryAfterMinutes, slidingWindow } from "@/lib/sliding-window";

// Sign-in throttling kept in PostgreSQL ("SignInAttempt"), so every server process counts the same
// attempts. Each attempt is recorded as FAILED (and committed) BEFORE anything else, then the recent
// failures of its account and of its address are read in one indexed statement: concurrent attempts
// see each other, so at most the limit of them get a password check per window, in any process.
// A throttled attempt is marked THROTTLED and costs no password hash; a successful one is marked
// SUCCEEDED, and the account's failures before it no longer count.
// Attempts older than SIGN_IN_RETENTION_DAYS are deleted as new ones come in, a batch at a time.

const PRUNE_BATCH = 500;

export class SignInThrottledError extends Error {
  constructor(readonly retryAfterMs: number) {
    // next-auth hands an error thrown by authorize() to signIn() as its `error`: the login form shows it.
    super(signInThrottledMessage(retryAfterMinutes(retryAfterMs)));
    this.name = "SignInThrottledError";
  }
}

export type SignInAttemptStart = { ok: true; attemptId: string } | { ok: false; attemptId: string; retryAfterMs: number };

/** Records an attempt (FAILED until `signInSucceeded`) and says whether it may check the password. */
export async function startSignInAttempt({
  email,
  ip,
  userId,
  now = Date.now(),
}: {
  email: string;
  ip: string;
  userId: string | null;
  now?: number;
}): Promise<SignInAttemptStart> {
  const db = getDb();
  const attempt = await db.signInAttempt.create({
    data: { email, ip, userId, outcome: "FAILED", createdAt: new Date(now) },
    select: { id: true },
  });
  await pruneExpiredSignInAttempts(now);
  const windowStart = new Date(now - SIGN_IN_WINDOW_MS);
  // Times in ms since the epoch ("createdAt" holds UTC). Served by the (email|ip, outcome, createdAt) indexes.
  const [recent] = await db.$queryRaw<{ account: number[]; address: number[] }[]>`
    SELECT
      ARRAY(
        SELECT (extract(epoch FROM a."createdAt") * 1000)::float8 FROM "SignInAttempt" a
        WHERE a."email" = ${email} AND a."outcome" = 'FAILED' AND a."id" <> ${attempt.id}
          AND a."createdAt" > GREATEST(
            ${windowStart}::timestamp(3),
            (SELECT max(s."createdAt") FROM "SignInAttempt" s WHERE s."email" = ${email} AND s."outcome" = 'SUCCEEDED'))
        ORDER BY a."createdAt" DESC LIMIT ${SIGN_IN_FAILURES_PER_ACCOUNT}
      ) AS "account",
      ARRAY(
        SELECT (extract(epoch FROM a."createdAt") * 1000)::float8 FROM "SignInAttempt" a
        WHERE a."ip" = ${ip} AND a."outcome" = 'FAILED' AND a."id" <> ${attempt.id} AND a."createdAt" > ${windowStart}::timestamp(3)
        ORDER BY a."createdAt" DESC LIMIT ${SIGN_IN_FAILURES_PER_ADDRESS}
      ) AS "address"`;
  const account = slidingWindow(recent.account.map(Number), { limit: SIGN_IN_FAILURES_PER_ACCOUNT, windowMs: SIGN_IN_WINDOW_MS, now });
  const address = slidingWindow(recent.address.map(Number), { limit: SIGN_IN_FAILURES_PER_ADDRESS, windowMs: SIGN_IN_WINDOW_MS, now });
  if (account.ok && address.ok) return { ok: true, attemptId: attempt.id };
  await db.signInAttempt.update({ where: { id: attempt.id }, data: { outcome: "THROTTLED" } });
  const retryAfterMs = Math.max(account.ok ? 0 : account.retryAfterMs, address.ok ? 0 : address.retryAfterMs);
  return { ok: false, attemptId: attempt.id, retryAfterMs };
}

export async function signInSucceeded(attemptId: string): Promise<void> {
  await getDb().signInAttempt.update({ where: { id: attemptId }, data: { outcome: "SUCCEEDED" } });
}

/** Deletes up to PRUNE_BATCH attempts past retention (the createdAt index finds them; usually none). */
export async function pruneExpiredSignInAttempts(now = Date.now()): Promise<number> {
  const cutoff = new Date(now - SIGN_IN_RETENTION_DAYS * 24 * 60 * 60_000);
  return getDb().$executeRaw`
    DELETE FROM "SignInAttempt" WHERE "id" IN (
      SELECT "id" FROM "SignInAttempt" WHERE "createdAt" < ${cutoff}::timestamp(3) ORDER BY "createdAt" LIMIT ${PRUNE_BATCH})`;
}

import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { hashToken, newToken, TOKEN_PATTERN } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db";
import { AppError, rateLimited } from "@/lib/errors";
import { deliverSoon } from "@/lib/mail/deliver";
import { queueEmail } from "@/lib/mail/queue";
import { passwordChangedEmail, passwordResetEmail } from "@/lib/mail/templates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createRateLimiter } from "@/lib/rate-limit";
import type { TChangePassword, TForgotPassword, TResetPassword } from "@/lib/validation/password";
import { requirePermission } from "./access";
import { afterAccountChange } from "./organization-changes";

type Tx = Prisma.TransactionClient;

/** How long a password-reset link works. */
export const RESET_LINK_LIFETIME_MS = 60 * 60_000;
export const RESET_LINK_LIFETIME_TEXT = "1 hour";

const WINDOW_MS = 15 * 60_000;
/** Change-password attempts per user: the current password cannot be brute-forced through the form. */
export const CHANGE_ATTEMPTS_PER_USER = 5;
/** Reset requests per email address: a mailbox cannot be flooded with links. */
export const RESET_REQUESTS_PER_EMAIL = 5;
/** Reset requests per client address. */
export const RESET_REQUESTS_PER_ADDRESS = 20;

const changeLimiter = createRateLimiter({ name: "password-change", limit: CHANGE_ATTEMPTS_PER_USER, windowMs: WINDOW_MS });
const requestPerEmail = createRateLimiter({ name: "password-reset-email", limit: RESET_REQUESTS_PER_EMAIL, windowMs: WINDOW_MS });
const requestPerAddress = createRateLimiter({ name: "password-reset-address", limit: RESET_REQUESTS_PER_ADDRESS, windowMs: WINDOW_MS });

function minutes(seconds: number) {
  const n = Math.max(1, Math.ceil(seconds / 60));
  return `${n} ${n === 1 ? "minute" : "minutes"}`;
}

/** A refusal shown on one field of the form, under a general message. */
function notChanged(field: string, message: string) {
  return new AppError("INVALID_INPUT", "Your password was not changed. Please correct the highlighted field.", { [field]: [message] });
}

/** Whether the signed-in user has a password at all (people who only sign in through SSO do not). */
export async function hasPassword(actor: Actor): Promise<boolean> {
  const user = await getDb().user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
  return user.passwordHash !== null;
}

/**
 * Changes the signed-in user's password after checking the current one. Ends every session of the
 * user (the session version goes up); returns the new version so the caller can re-issue this
 * browser's session cookie.
 */
export async function changePassword(actor: Actor, input: TChangePassword): Promise<{ sessionVersion: number }> {
  requirePermission(actor, "account:update");
  const limit = await changeLimiter.take(actor.userId);
  if (!limit.ok) throw rateLimited(`Too many password changes tried. Try again in ${minutes(limit.retryAfterSeconds)}.`, limit.retryAfterSeconds);

  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true, name: true, passwordHash: true } });
  if (!user.passwordHash) throw new AppError("CONFLICT", "You sign in through single sign-on: your account has no password to change.");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw notChanged("currentPassword", "The current password is incorrect");
  if (input.newPassword === input.currentPassword) throw notChanged("newPassword", "Choose a password different from your current one");
  const passwordHash = await hashPassword(input.newPassword);

  const sessionVersion = await db.$transaction(async (tx) => {
    // Only over the password just checked: a change made meanwhile (another tab, a reset) wins.
    const [row] = await tx.$queryRaw<{ sessionVersion: number }[]>`
      UPDATE "User" SET "passwordHash" = ${passwordHash}, "passwordChangedAt" = now(), "sessionVersion" = "sessionVersion" + 1
      WHERE "id" = ${actor.userId} AND "passwordHash" = ${user.passwordHash}
      RETURNING "sessionVersion"`;
    if (!row) throw new AppError("CONFLICT", "Your password was changed meanwhile. Sign in again with the new one.");
    await afterAccountChange(tx, actor.userId, { entityType: "User", entityId: actor.userId, action: "password.changed" });
    const mail = passwordChangedEmail({ name: user.name });
    await queueEmail(tx, { kind: "password-changed", to: user.email, ...mail, organizationId: null, userId: actor.userId });
    return row.sessionVersion;
  });
  deliverSoon();
  return { sessionVersion };
}

export type ForgotPasswordOutcome = "sent" | "not-sent";

/**
 * Sends a reset link to an active account with a password. What the caller learns is the same for
 * every address (the action answers identically); the outcome is returned for tests only. A request
 * over the per-address limit is refused (RATE_LIMITED: it says nothing about the email); one over
 * the per-email limit is answered like any other but sends nothing.
 */
export async function requestPasswordReset(input: TForgotPassword, { ip }: { ip: string }): Promise<ForgotPasswordOutcome> {
  const byAddress = await requestPerAddress.take(ip);
  if (!byAddress.ok)
    throw rateLimited(`Too many requests from your network. Try again in ${minutes(byAddress.retryAfterSeconds)}.`, byAddress.retryAfterSeconds);
  const byEmail = await requestPerEmail.take(input.email);

  const db = getDb();
  // The same statements whether or not the account exists, so the time taken does not tell.
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, email: true, active: true, passwordHash: true } });
  const eligible = byEmail.ok && user !== null && user.active && user.passwordHash !== null;
  const token = newToken();
  const expiresAt = new Date(Date.now() + RESET_LINK_LIFETIME_MS);
  await db.$transaction(async (tx) => {
    // Earlier links stop working: only the newest one in the mailbox opens.
    await tx.passwordResetToken.updateMany({ where: { userId: eligible ? user.id : "", usedAt: null }, data: { usedAt: new Date() } });
    if (!eligible) return;
    await tx.passwordResetToken.create({ data: { userId: user.id, tokenHash: token.hash, expiresAt } });
    await afterAccountChange(tx, user.id, { entityType: "User", entityId: user.id, action: "password.reset-requested" });
    const mail = passwordResetEmail({ name: user.name, token: token.token, expiresAt });
    await queueEmail(tx, { kind: "password-reset", to: user.email, ...mail, organizationId: null, userId: user.id });
  });
  if (!eligible) return "not-sent";
  deliverSoon();
  return "sent";
}

export type ResetLinkState = { state: "valid"; email: string } | { state: "invalid" | "used" | "expired" };

/** What a reset link leads to, for its page: a form, or why it no longer works. */
export async function inspectResetLink(token: string, db: Tx = getDb()): Promise<ResetLinkState> {
  if (!TOKEN_PATTERN.test(token)) return { state: "invalid" };
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { email: true, active: true } } },
  });
  if (!row || !row.user.active) return { state: "invalid" };
  if (row.usedAt) return { state: "used" };
  if (row.expiresAt <= new Date()) return { state: "expired" };
  return { state: "valid", email: row.user.email };
}

/** Why a reset link was refused, as the page says it; `details.state` lets the form show the right page. */
function refusedLink(state: "invalid" | "used" | "expired") {
  const text = {
    invalid: "This reset link is not valid. Ask for a new one.",
    used: "This reset link has already been used. Ask for a new one if you need to.",
    expired: "This reset link has expired. Ask for a new one.",
  }[state];
  return new AppError("NOT_FOUND", text, undefined, { state });
}

/**
 * Sets a new password through a reset link. The link is checked before the password is hashed, so
 * guessing links costs a lookup (and a 256-bit token cannot be guessed). It is claimed by one
 * conditional UPDATE, so of two uses at once exactly one succeeds. Every link of the user stops
 * working and every session ends. Returns the account's email so the browser can sign in with the
 * new password.
 */
export async function resetPassword(input: TResetPassword): Promise<{ email: string }> {
  const link = await inspectResetLink(input.token);
  if (link.state !== "valid") throw refusedLink(link.state);
  const tokenHash = hashToken(input.token);
  const passwordHash = await hashPassword(input.newPassword);

  const db = getDb();
  const user = await db.$transaction(async (tx) => {
    const [claimed] = await tx.$queryRaw<{ userId: string }[]>`
      UPDATE "PasswordResetToken" SET "usedAt" = now()
      WHERE "tokenHash" = ${tokenHash} AND "usedAt" IS NULL AND "expiresAt" > now()
      RETURNING "userId"`;
    if (!claimed) {
      const link = await inspectResetLink(input.token, tx);
      throw refusedLink(link.state === "valid" ? "used" : link.state);
    }
    const account = await tx.user.findUniqueOrThrow({ where: { id: claimed.userId }, select: { id: true, email: true, name: true, active: true } });
    // A disabled account cannot take its password back; the claim above is rolled back with this.
    if (!account.active) throw refusedLink("invalid");
    await tx.user.update({
      where: { id: account.id },
      data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await tx.passwordResetToken.updateMany({ where: { userId: account.id, usedAt: null }, data: { usedAt: new Date() } });
    await afterAccountChange(tx, account.id, { entityType: "User", entityId: account.id, action: "password.reset" });
    const mail = passwordChangedEmail({ name: account.name });
    await queueEmail(tx, { kind: "password-changed", to: account.email, ...mail, organizationId: null, userId: account.id });
    return account;
  });
  deliverSoon();
  return { email: user.email };
}

import { z } from "zod";
import { getDb } from "@/lib/db";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { SignInThrottledError, signInSucceeded, startSignInAttempt } from "@/lib/auth/sign-in-throttle";
import { recordSignIn } from "@/lib/auth/sign-in-audit";
import { oidcProvider } from "@/lib/auth/oidc-config";
import { ssoRequiredMessage } from "@/lib/auth/sso-messages";

/** A correct password of someone whose every organisation requires single sign-on: the message says which button to use. */
export class PasswordSignInNotAllowedError extends Error {}

/** A correct password of someone every organisation has disabled or removed: told so, not "wrong password". */
export class NoActiveMembershipError extends Error {}
import { PASSWORD_MAX_LENGTH } from "@/lib/validation/password-rules";
import { SIGN_IN_NO_ACCESS_MESSAGE } from "@/lib/auth/sign-in-limits";

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
}

/**
 * Returns the user for valid credentials, null otherwise (never says which part was wrong).
 * Throws SignInThrottledError, before any password hash, when the account (the email, known or
 * not) or the client address has failed too often lately (lib/auth/sign-in-limits.ts).
 * After a correct password only: throws NoActiveMembershipError when every membership is disabled
 * (or none is left) and no invitation is open for the email, PasswordSignInNotAllowedError when
 * every active membership is in an organisation that requires single sign-on.
 */
export async function authenticate(raw: unknown, { ip = "unknown", now }: { ip?: string; now?: number } = {}): Promise<AuthenticatedUser | null> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await getDb().user.findUnique({ where: { email } });
  const attempt = await startSignInAttempt({ email, ip, userId: user?.id ?? null, now });
  if (!attempt.ok) {
    if (user) await recordSignIn({ userId: user.id, outcome: "throttled", method: "password", ip });
    throw new SignInThrottledError(attempt.retryAfterMs);
  }
  // An account without a password (SSO only) fails like a wrong password, after the same work.
  if (!user || !user.active || !user.passwordHash) {
    await verifyPassword(await dummyPasswordHash(), password);
    if (user) await recordSignIn({ userId: user.id, outcome: "failed", method: "password", ip });
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordSignIn({ userId: user.id, outcome: "failed", method: "password", ip });
    return null;
  }
  await signInSucceeded(attempt.attemptId);
  if (!(await hasActiveMembership(user.id)) && !(await hasOpenInvitation(user.email))) {
    await recordSignIn({ userId: user.id, outcome: "refused", method: "password", ip, reason: "no-active-membership" });
    throw new NoActiveMembershipError(SIGN_IN_NO_ACCESS_MESSAGE);
  }
  const ssoOnly = await organizationRequiringSso(user.id);
  if (ssoOnly) {
    await recordSignIn({ userId: user.id, outcome: "refused", method: "password", ip, reason: "password-sign-in-not-allowed" });
    throw new PasswordSignInNotAllowedError(ssoRequiredMessage(ssoOnly.name, oidcProvider(ssoOnly.ssoProviderId)?.name ?? null));
  }
  await recordSignIn({ userId: user.id, outcome: "succeeded", method: "password", ip });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

/** The first organisation requiring SSO when every active membership of the user requires it; null otherwise (or with no membership). */
async function hasActiveMembership(userId: string): Promise<boolean> {
  return (await getDb().membership.count({ where: { userId, disabledAt: null } })) > 0;
}

/** Someone with no organisation left may still sign in to accept an invitation (the invitation page brings them back). */
async function hasOpenInvitation(email: string): Promise<boolean> {
  return (await getDb().invitation.count({ where: { email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } })) > 0;
}

async function organizationRequiringSso(userId: string): Promise<{ name: string; ssoProviderId: string | null } | null> {
  const memberships = await getDb().membership.findMany({
    where: { userId, disabledAt: null },
    select: { organization: { select: { name: true, ssoProviderId: true, passwordSignInAllowed: true } } },
    orderBy: { createdAt: "asc" },
  });
  if (memberships.length === 0 || memberships.some((m) => m.organization.passwordSignInAllowed)) return null;
  return memberships[0].organization;
}

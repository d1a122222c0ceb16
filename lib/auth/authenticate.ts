import { z } from "zod";
import { getDb } from "@/lib/db";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { SignInThrottledError, signInSucceeded, startSignInAttempt } from "@/lib/auth/sign-in-throttle";

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
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
 */
export async function authenticate(raw: unknown, { ip = "unknown", now }: { ip?: string; now?: number } = {}): Promise<AuthenticatedUser | null> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await getDb().user.findUnique({ where: { email } });
  const attempt = await startSignInAttempt({ email, ip, userId: user?.id ?? null, now });
  if (!attempt.ok) throw new SignInThrottledError(attempt.retryAfterMs);
  if (!user || !user.active) {
    await verifyPassword(await dummyPasswordHash(), password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  await signInSucceeded(attempt.attemptId);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

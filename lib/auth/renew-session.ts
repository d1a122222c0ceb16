import "server-only";
import { cookies } from "next/headers";
import { decode, encode, type JWT } from "next-auth/jwt";
import { SESSION_COOKIE_NAME, SESSION_COOKIE_OPTIONS, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-cookie";

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set");
  return value;
}

/**
 * Re-issues this browser's session cookie carrying the user's new session version, after a change
 * that ended every session (a password change): the other browsers are signed out, this one is not.
 * The claims of the current token are kept; the session runs for the usual length from now on.
 */
export async function renewSessionCookie(userId: string, sessionVersion: number): Promise<void> {
  const jar = await cookies();
  const current = jar.get(SESSION_COOKIE_NAME)?.value;
  const claims: JWT = (current && (await decode({ token: current, secret: secret() }).catch(() => null))) || {};
  // Never carry another user's claims over (a stale cookie beside a different session). The sign-in
  // method stays: it decides which organisations the session reaches (lib/auth/load-actor.ts).
  const own = claims.sub === userId;
  const token: JWT = {
    name: claims.name,
    email: claims.email,
    picture: claims.picture,
    sub: userId,
    sessionVersion,
    ...(own && claims.method ? { method: claims.method } : {}),
  };
  const value = await encode({ token, secret: secret(), maxAge: SESSION_MAX_AGE_SECONDS });
  jar.set(SESSION_COOKIE_NAME, value, { ...SESSION_COOKIE_OPTIONS, expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) });
}

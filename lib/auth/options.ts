import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/auth/authenticate";
import { clientAddress, SIGN_IN_UNAVAILABLE_MESSAGE } from "@/lib/auth/sign-in-limits";
import { isDatabaseUnreachable } from "@/lib/db-unreachable";
import { safeAuthRedirect } from "@/lib/auth/safe-redirect";
import { endAllSessions } from "@/lib/services/sessions";
import type { SignInMethod } from "@/lib/auth/sign-in-audit";
import { oidcOAuthProviders, ssoSignInCallback, ssoTokenUser } from "@/lib/auth/sso-next-auth";
import { SECURE_COOKIES, SESSION_COOKIE_NAME, SESSION_COOKIE_OPTIONS, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-cookie";

// Credentials sign-in forces JWT sessions. The token carries only the user id, a session version and
// how the person signed in ("password" or "sso:<provider>"); membership and role are re-read from the
// database on every request (lib/auth/actor.ts). SSO providers come from the environment
// (lib/auth/oidc-config.ts, lib/auth/sso-next-auth.ts). The session cookie's name and options:
// lib/auth/session-cookie.ts.

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: SECURE_COOKIES,
  cookies: {
    sessionToken: { name: SESSION_COOKIE_NAME, options: { ...SESSION_COOKIE_OPTIONS } },
  },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      // Throttled attempts throw (lib/auth/sign-in-throttle.ts): next-auth passes the message to
      // signIn()'s `error`, which the login form shows. So it would a driver's error text: an
      // unreachable database is told as such, without it.
      authorize: async (credentials, req) => {
        try {
          const user = await authenticate(credentials, { ip: clientAddress(req?.headers) });
          return user ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } : null;
        } catch (error) {
          if (isDatabaseUnreachable(error)) throw new Error(SIGN_IN_UNAVAILABLE_MESSAGE);
          throw error;
        }
      },
    }),
    ...oidcOAuthProviders(),
  ],
  callbacks: {
    // Only this site's own paths: an absolute or look-alike URL (//evil, /\evil, %5C…) goes to "/".
    redirect({ url, baseUrl }) {
      return safeAuthRedirect(url, baseUrl);
    },
    // Credentials sign-in has decided in authorize(); an SSO sign-in is decided here (true, or the
    // /login?error=… page to send the person to).
    signIn({ account, profile }) {
      return account && account.type === "oauth" ? ssoSignInCallback(account, profile) : true;
    },
    async jwt({ token, user, account }) {
      if (account?.type === "oauth") {
        const ssoUser = await ssoTokenUser(account);
        token.sub = ssoUser.id;
        token.sessionVersion = ssoUser.sessionVersion;
        token.method = `sso:${account.provider}`;
      } else if (user) {
        token.sub = user.id;
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.method = "password";
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sessionVersion: token.sessionVersion, method: token.method ?? "password" };
    },
  },
  events: {
    // Ends every session of this user, on every device: their JWTs now carry an old version.
    async signOut({ token }) {
      if (token?.sub) await endAllSessions(token.sub);
    },
  },
};

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    method?: SignInMethod;
  }
}
declare module "next-auth" {
  interface Session {
    userId?: string;
    sessionVersion?: number;
    method?: SignInMethod;
  }
}

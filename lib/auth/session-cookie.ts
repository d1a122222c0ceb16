// The session cookie next-auth writes (lib/auth/options.ts), named once so code that re-issues it
// (a password change keeps its own browser signed in) writes the very same cookie. HttpOnly and
// SameSite=Lax always, Secure (and the __Secure- name prefix) when the app is served over HTTPS;
// proxy.ts's getToken() derives the same name from NEXTAUTH_URL.

export const SECURE_COOKIES = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;

/** How long a session lasts, in seconds. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const SESSION_COOKIE_NAME = `${SECURE_COOKIES ? "__Secure-" : ""}next-auth.session-token`;

export const SESSION_COOKIE_OPTIONS = { httpOnly: true, sameSite: "lax", path: "/", secure: SECURE_COOKIES } as const;

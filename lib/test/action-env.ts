import { vi } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { unauthenticated } from "@/lib/errors";

// A stand-in for the request environment of server actions in integration tests. One module replaces
// "@/lib/auth/actor", "next/headers" and "next/cache":
//
//   vi.mock("@/lib/auth/actor", () => import("@/lib/test/action-env"));
//   vi.mock("next/headers", () => import("@/lib/test/action-env"));
//   vi.mock("next/cache", () => import("@/lib/test/action-env"));
//
// Like the real requireActor(), the actor is re-read from the database on every call (role, membership,
// session version, active flag) in the organisation named by the org cookie; only the session cookie
// itself is simulated by signIn()/signOut().

export const ORG_COOKIE = "dp_org";

interface Session {
  userId: string;
  sessionVersion: number;
}

let session: Session | null = null;

/** Signs a user in, as if their browser now carried a valid session token. */
export async function signIn(userId: string) {
  const user = await getDb().user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  session = { userId, sessionVersion: user.sessionVersion };
}

export function signOut() {
  session = null;
}

// ── next/headers ────────────────────────────────────────────────────────────────────────────────────

const jar = new Map<string, string>();

export const cookieJar = {
  get: (name: string) => jar.get(name),
  clear: () => jar.clear(),
  entries: () => Object.fromEntries(jar),
};

const cookieStore = {
  get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
  getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  has: (name: string) => jar.has(name),
  set: (name: string, value: string) => {
    jar.set(name, value);
    return cookieStore;
  },
  delete: (name: string) => {
    jar.delete(name);
    return cookieStore;
  },
};

export async function cookies() {
  return cookieStore;
}

// Same-origin by default, like a form on one of the app's own pages; setRequestHeaders() lets a test
// send a missing or foreign Origin.
export const TEST_HOST = "test.local";
const DEFAULT_REQUEST_HEADERS = { host: TEST_HOST, origin: `http://${TEST_HOST}` };
let requestHeaders: Record<string, string> = { ...DEFAULT_REQUEST_HEADERS };

/** Replaces the request headers the next server actions see; `resetRequestHeaders()` restores same-origin ones. */
export function setRequestHeaders(next: Record<string, string>) {
  requestHeaders = { ...next };
}

export function resetRequestHeaders() {
  requestHeaders = { ...DEFAULT_REQUEST_HEADERS };
}

export async function headers() {
  return new Headers(requestHeaders);
}

// ── next/cache ──────────────────────────────────────────────────────────────────────────────────────

export const revalidatePath = vi.fn();
export const revalidateTag = vi.fn();

// ── @/lib/auth/actor ────────────────────────────────────────────────────────────────────────────────

export async function getActor(): Promise<Actor | null> {
  if (!session) return null;
  return loadActor(session.userId, session.sessionVersion, jar.get(ORG_COOKIE));
}

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw unauthenticated();
  return actor;
}

/** Like the real getSignedInUser(): the session's account, active and with the current session version, memberships or not. */
export async function getSignedInUser(): Promise<{ userId: string; email: string; name: string } | null> {
  if (!session) return null;
  const user = await getDb().user.findUnique({ where: { id: session.userId } });
  if (!user || !user.active || user.sessionVersion !== session.sessionVersion) return null;
  return { userId: user.id, email: user.email, name: user.name };
}

export type { Actor };

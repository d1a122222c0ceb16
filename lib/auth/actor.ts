import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { loadActor, type Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { unauthenticated } from "@/lib/errors";
import { releaseRenderErrorStack } from "@/lib/render/release-render-error";

export const ORG_COOKIE = "dp_org";

/**
 * The signed-in person in their current organisation, re-read from the database once per request
 * (the layout and the page share it); null if signed out.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  // Every app page asks for the actor, also on client-side navigations that do not render the root
  // layout: the place that reaches every render (see lib/render/release-render-error.ts).
  releaseRenderErrorStack();
  const session = await getServerSession(authOptions);
  if (!session?.userId) return null;
  const preferredOrg = (await cookies()).get(ORG_COOKIE)?.value;
  return loadActor(session.userId, session.sessionVersion ?? 0, preferredOrg, session.method ?? "password");
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw unauthenticated();
  return actor;
}

/**
 * The signed-in account even when it belongs to no organisation yet (accepting an invitation):
 * null when signed out, deactivated, or the session was ended (older session version).
 */
export async function getSignedInUser(): Promise<{ userId: string; email: string; name: string } | null> {
  const session = await getServerSession(authOptions);
  if (!session?.userId) return null;
  const user = await getDb().user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== (session.sessionVersion ?? 0)) return null;
  return { userId: user.id, email: user.email, name: user.name };
}

export type { Actor };

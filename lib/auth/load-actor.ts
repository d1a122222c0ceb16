import type { Role } from "@/lib/domain/enums";
import { getDb } from "@/lib/db";

export interface ActorMembership {
  organizationId: string;
  organizationName: string;
  role: Role;
}

/** Who is acting, in which organisation, with which role: the input of every service. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  organizationId: string;
  organizationName: string;
  role: Role;
  memberships: ActorMembership[];
}

/**
 * Rebuilds the actor from the database. Returns null when the user is gone or deactivated, when
 * the session was ended (older session version), or when they belong to no organisation.
 */
export async function loadActor(userId: string, sessionVersion: number, preferredOrgId?: string): Promise<Actor | null> {
  const user = await getDb().user.findUnique({
    where: { id: userId },
    include: { memberships: { include: { organization: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  const memberships = user.memberships.map((m) => ({
    organizationId: m.organizationId,
    organizationName: m.organization.name,
    role: m.role as Role,
  }));
  const current = memberships.find((m) => m.organizationId === preferredOrgId) ?? memberships[0];
  if (!current) return null;
  return { userId: user.id, email: user.email, name: user.name, ...current, memberships };
}

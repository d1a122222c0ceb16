import type { Role } from "@/lib/domain/enums";
import { getDb } from "@/lib/db";
import type { SignInMethod } from "@/lib/auth/sign-in-audit";

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
  /** Set when acting through an API token (lib/api): audit events name the token. */
  apiTokenId?: string;
}

/**
 * Rebuilds the actor from the database. Returns null when the user is gone or deactivated, when
 * the session was ended (older session version), or when they belong to no organisation (a
 * membership an admin disabled counts as none). A password session does not reach an organisation
 * that requires single sign-on (passwordSignInAllowed false). An SSO session ("sso:<provider>")
 * reaches only the organisations linked to that provider: an identity provider vouches for people
 * to the organisations that trust it, not to others (one organisation's IdP asserting the email of
 * another organisation's member must not open that organisation).
 */
export async function loadActor(userId: string, sessionVersion: number, preferredOrgId?: string, method: SignInMethod = "password"): Promise<Actor | null> {
  // One statement on every request: the user with their memberships, oldest first.
  const rows = await getDb().$queryRaw<
    {
      id: string;
      email: string;
      name: string;
      active: boolean;
      sessionVersion: number;
      organizationId: string | null;
      organizationName: string | null;
      role: Role | null;
      passwordSignInAllowed: boolean | null;
      ssoProviderId: string | null;
    }[]
  >`
    SELECT u."id", u."email", u."name", u."active", u."sessionVersion",
           m."organizationId", o."name" AS "organizationName", m."role"::text AS role,
           o."passwordSignInAllowed", o."ssoProviderId"
    FROM "User" u
    LEFT JOIN "Membership" m ON m."userId" = u."id" AND m."disabledAt" IS NULL
    LEFT JOIN "Organization" o ON o."id" = m."organizationId"
    WHERE u."id" = ${userId}
    ORDER BY m."createdAt" ASC, m."id" ASC`;
  const user = rows[0];
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  const memberships: ActorMembership[] = rows
    .filter((r) => r.organizationId && r.organizationName && r.role && (method === "password" ? r.passwordSignInAllowed : method === `sso:${r.ssoProviderId}`))
    .map((r) => ({ organizationId: r.organizationId!, organizationName: r.organizationName!, role: r.role! }));
  const current = memberships.find((m) => m.organizationId === preferredOrgId) ?? memberships[0];
  if (!current) return null;
  return { userId: user.id, email: user.email, name: user.name, ...current, memberships };
}

import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/load-actor";
import { loadActor } from "@/lib/auth/load-actor";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/domain/enums";
import { ensureDefaultPlaybookFor } from "@/lib/seed/playbook";

// Integration tests seed their own data: a fresh organisation per test, so tests never share state.

export const TEST_PASSWORD = "correct horse battery staple";
let cachedHash: Promise<string> | undefined;

export async function createOrganization(name = "Test Org") {
  const db = getDb();
  const org = await db.organization.create({ data: { name, slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${randomUUID().slice(0, 8)}` } });
  const playbook = await ensureDefaultPlaybookFor(db, org.id);
  return { org, playbook };
}

export async function createUser(organizationId: string, role: Role, overrides: { name?: string; active?: boolean } = {}) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const id = randomUUID().slice(0, 8);
  return getDb().user.create({
    data: {
      email: `${role.toLowerCase()}-${id}@test.example`,
      name: overrides.name ?? `${role} ${id}`,
      passwordHash: await cachedHash,
      active: overrides.active ?? true,
      memberships: { create: { organizationId, role } },
    },
  });
}

/** The actor exactly as a request would build it (re-read from the database). */
export async function actorFor(userId: string, organizationId?: string): Promise<Actor> {
  const user = await getDb().user.findUniqueOrThrow({ where: { id: userId } });
  const actor = await loadActor(userId, user.sessionVersion, organizationId);
  if (!actor) throw new Error("test user has no membership");
  return actor;
}

/** One organisation with a member of every role, plus an admin of another organisation. */
export async function createTeam() {
  const { org, playbook } = await createOrganization("Team Org");
  const { org: otherOrg } = await createOrganization("Other Org");
  const roles: Role[] = ["ADMIN", "CIO", "MANAGER", "NEGOTIATOR", "VIEWER"];
  const users = Object.fromEntries(await Promise.all(roles.map(async (role) => [role, await createUser(org.id, role)] as const))) as Record<
    Role,
    Awaited<ReturnType<typeof createUser>>
  >;
  const foreignAdmin = await createUser(otherOrg.id, "ADMIN");
  const actors = Object.fromEntries(await Promise.all(roles.map(async (role) => [role, await actorFor(users[role].id)] as const))) as Record<Role, Actor>;
  return { org, playbook, otherOrg, users, actors, foreignAdmin: await actorFor(foreignAdmin.id) };
}

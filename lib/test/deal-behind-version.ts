import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { createPlaybookVersion } from "@/lib/playbook/store";
import type { TCreateDeal } from "@/lib/validation/deal";
import { createTestDeal } from "./deals";
import { playbookVersion2 } from "./playbook-v2";

// Kept apart from playbook-v2.ts, which e2e/support/publish-playbook-v2.ts runs under plain tsx: this
// one reaches the services (server-only).
/**
 * A deal on the organisation's first playbook version while a later one is current, for tests that
 * need "a newer version exists" many times over: version 2 is published once per organisation, and
 * the deal is created while version 1 is briefly current again (only that flag of a published version
 * may change). Returns the deal, its first clause and the current (newest) version number.
 */
export async function createDealBehindCurrentVersion(actor: Actor, overrides: Partial<TCreateDeal> = {}) {
  const db = getDb();
  const organizationId = actor.organizationId;
  let versions = await db.playbook.findMany({ where: { organizationId }, orderBy: { version: "asc" }, select: { id: true, version: true } });
  if (versions.length === 1) {
    await db.$transaction((tx) => createPlaybookVersion(tx, playbookVersion2(), { organizationId, version: 2, publishedById: actor.userId }));
    versions = await db.playbook.findMany({ where: { organizationId }, orderBy: { version: "asc" }, select: { id: true, version: true } });
  }
  const [first, newest] = [versions[0], versions[versions.length - 1]];
  await db.playbook.updateMany({ where: { organizationId }, data: { isCurrent: false } });
  await db.playbook.update({ where: { id: first.id }, data: { isCurrent: true } });
  try {
    return { ...(await createTestDeal(actor, overrides)), playbookVersion: newest.version };
  } finally {
    await db.playbook.update({ where: { id: first.id }, data: { isCurrent: false } });
    await db.playbook.update({ where: { id: newest.id }, data: { isCurrent: true } });
  }
}

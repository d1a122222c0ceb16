import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/domain/enums";
import { hashPassword } from "@/lib/auth/password";
import { seedDemoAssets } from "@/lib/seed/demo-assets";
import { seedDemoDeals } from "@/lib/seed/demo-deals";
import { seedDemoLicenceDeal } from "@/lib/seed/demo-licence";
import { seedDemoWebhook } from "@/lib/seed/demo-webhook";
import { seedDemoVendors } from "@/lib/seed/demo-vendors";
import { ensureDefaultPlaybook } from "@/lib/seed/playbook";

export const DEMO_PASSWORD = "playbook-demo";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@example.com", name: "Ada Admin", role: "ADMIN" },
  { email: "cio@example.com", name: "Chris Ito", role: "CIO" },
  { email: "manager@example.com", name: "Maya Manager", role: "MANAGER" },
  { email: "negotiator@example.com", name: "Noah Negotiator", role: "NEGOTIATOR" },
  { email: "viewer@example.com", name: "Vera Viewer", role: "VIEWER" },
];

export const DEMO_ORGS = [
  { slug: "demo-corp", name: "Demo Corp" },
  // A second workspace so switching organisations can be tried: only the admin belongs to it.
  { slug: "northwind-labs", name: "Northwind Labs" },
];

/**
 * Demo organisation, one user per role and the default playbook. Idempotent: existing rows are
 * kept as they are (passwords are not reset), missing ones are added.
 */
export async function seedDemo(db: PrismaClient): Promise<{ created: boolean }> {
  const existing = await db.organization.findUnique({ where: { slug: DEMO_ORGS[0].slug } });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      const orgs = [];
      for (const org of DEMO_ORGS) {
        orgs.push(await tx.organization.upsert({ where: { slug: org.slug }, update: {}, create: org }));
      }
      const playbooks = [];
      for (const org of orgs) playbooks.push(await ensureDefaultPlaybook(tx, org.id));
      const userIdByEmail = new Map<string, string>();
      for (const demoUser of DEMO_USERS) {
        const user = await tx.user.upsert({
          where: { email: demoUser.email },
          update: {},
          create: { email: demoUser.email, name: demoUser.name, passwordHash },
        });
        userIdByEmail.set(demoUser.email, user.id);
        await tx.membership.upsert({
          where: { userId_organizationId: { userId: user.id, organizationId: orgs[0].id } },
          update: {},
          create: { userId: user.id, organizationId: orgs[0].id, role: demoUser.role },
        });
        if (demoUser.role === "ADMIN") {
          await tx.membership.upsert({
            where: { userId_organizationId: { userId: user.id, organizationId: orgs[1].id } },
            update: {},
            create: { userId: user.id, organizationId: orgs[1].id, role: "ADMIN" },
          });
        }
      }
      // Only on the first seed: a later run must not bring back deals someone archived or changed.
      if (!existing) await seedDemoDeals(tx, orgs[0].id, playbooks[0].id, userIdByEmail);
      if (!existing) await seedDemoAssets(tx, orgs[0].id, userIdByEmail);
      if (!existing) await seedDemoLicenceDeal(tx, orgs[0].id, playbooks[0].id, userIdByEmail);
      if (!existing) await seedDemoVendors(tx, orgs[0].id, playbooks[0].id, userIdByEmail);
      if (!existing) await seedDemoWebhook(tx, orgs[0].id, userIdByEmail.get("admin@example.com")!);
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  return { created: !existing };
}

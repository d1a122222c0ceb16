import { getDb } from "@/lib/db";
import { createPlaybookVersion } from "@/lib/playbook/store";
import { playbookVersion2 } from "@/lib/test/playbook-v2";

// Publishes the upgrade tests' "version 2" (lib/test/playbook-v2.ts) of the demo organisation's
// playbook, as the publish step of the playbook editor would. Run by e2e/deal-upgrade.spec.ts in a
// child process (tsx: the generated Prisma client is an ES module), against DATABASE_URL. Idempotent:
// a retried test finds the version already there.

export const E2E_CHANGE_SUMMARY = "Escrow deposits within 10 business days; data residency added; reuse compensation retired.";

async function main() {
  const db = getDb();
  const org = await db.organization.findUniqueOrThrow({ where: { slug: "demo-corp" } });
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${org.id}))`;
    if (await tx.playbook.findFirst({ where: { organizationId: org.id, changeSummary: E2E_CHANGE_SUMMARY } })) return;
    const latest = await tx.playbook.findFirstOrThrow({ where: { organizationId: org.id }, orderBy: { version: "desc" } });
    await createPlaybookVersion(tx, playbookVersion2(), {
      organizationId: org.id,
      version: latest.version + 1,
      changeSummary: E2E_CHANGE_SUMMARY,
      publishedById: admin.id,
    });
  });
  await db.$disconnect();
}

if (process.argv[1]?.endsWith("publish-playbook-v2.ts")) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

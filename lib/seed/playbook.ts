import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import type { PlaybookDocument } from "@/lib/playbook/format";
import { createPlaybookVersion } from "@/lib/playbook/store";

type Tx = Prisma.TransactionClient;

/**
 * Gives an organisation its first playbook (version 1) from the default playbook document.
 * Idempotent: an organisation that already has a playbook is left alone, so re-seeding never
 * changes a playbook that deals are pinned to.
 */
export async function ensureDefaultPlaybook(tx: Tx, organizationId: string, content: PlaybookDocument = DEFAULT_PLAYBOOK) {
  const existing = await tx.playbook.findFirst({ where: { organizationId }, orderBy: { version: "desc" } });
  if (existing) return existing;
  return createPlaybookVersion(tx, content, { organizationId, version: 1 });
}

export async function ensureDefaultPlaybookFor(db: PrismaClient, organizationId: string) {
  return db.$transaction((tx) => ensureDefaultPlaybook(tx, organizationId), { timeout: 60_000 });
}

import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZPlaybookDocument, type PlaybookDocument } from "@/lib/playbook/format";
import { readPlaybookDocument } from "@/lib/playbook/store";
import { requirePermission } from "./access";

type Tx = Prisma.TransactionClient;

// An organisation's playbook draft: one row per organisation holding a whole playbook document. Every
// edit (the editor's actions, an import) reads the draft under a row lock, changes the document and
// writes it back with the version it read; publishing turns it into the next playbook version.

export interface PlaybookDraftDto {
  basedOnVersion: number;
  /** The draft's own version: every edit names it, a stale one is refused. */
  version: number;
  document: PlaybookDocument;
  updatedAt: string;
  updatedBy: string | null;
}

/** The organisation's draft, or null when nobody is editing the playbook. */
export async function getPlaybookDraft(actor: Actor): Promise<PlaybookDraftDto | null> {
  requirePermission(actor, "playbook:edit");
  const draft = await getDb().playbookDraft.findUnique({ where: { organizationId: actor.organizationId }, include: { updatedBy: { select: { name: true } } } });
  if (!draft) return null;
  return {
    basedOnVersion: draft.basedOnVersion,
    version: draft.version,
    document: ZPlaybookDocument.parse(draft.document),
    updatedAt: draft.updatedAt.toISOString(),
    updatedBy: draft.updatedBy?.name ?? null,
  };
}

/** The current playbook version of the organisation (the one new deals start on). */
export async function currentPlaybook(tx: Tx, organizationId: string) {
  const playbook = await tx.playbook.findFirst({ where: { organizationId, isCurrent: true }, orderBy: { version: "desc" } });
  if (!playbook) throw new AppError("CONFLICT", "Your organisation has no playbook yet.");
  return playbook;
}

/**
 * Locks and returns the organisation's draft for an edit, starting one from the current version when
 * there is none (then `expectedVersion` is not checked: there was nothing to be stale against).
 * A draft whose version differs from `expectedVersion` is refused: someone else saved it meanwhile.
 */
export async function lockDraftForEdit(tx: Tx, actor: Actor, expectedVersion: number | null) {
  requirePermission(actor, "playbook:edit");
  const [row] = await tx.$queryRaw<{ version: number }[]>`
    SELECT "version" FROM "PlaybookDraft" WHERE "organizationId" = ${actor.organizationId} FOR UPDATE`;
  if (!row) {
    const current = await currentPlaybook(tx, actor.organizationId);
    const document = await readPlaybookDocument(tx, current.id);
    await tx.playbookDraft.create({
      data: { organizationId: actor.organizationId, basedOnVersion: current.version, document, version: 1, updatedById: actor.userId },
    });
    return { version: 1, basedOnVersion: current.version, document, created: true };
  }
  if (expectedVersion !== null && row.version !== expectedVersion) throw staleDraft(row.version);
  const draft = await tx.playbookDraft.findUniqueOrThrow({ where: { organizationId: actor.organizationId } });
  return { version: draft.version, basedOnVersion: draft.basedOnVersion, document: ZPlaybookDocument.parse(draft.document), created: false };
}

/** Writes the edited document back (validated as a whole), bumping the draft's version. */
export async function writeDraft(tx: Tx, actor: Actor, document: PlaybookDocument): Promise<number> {
  const valid = ZPlaybookDocument.parse(document);
  const draft = await tx.playbookDraft.update({
    where: { organizationId: actor.organizationId },
    data: { document: valid as unknown as Prisma.InputJsonValue, version: { increment: 1 }, updatedById: actor.userId },
  });
  return draft.version;
}

export function staleDraft(currentVersion: number) {
  return new AppError(
    "CONFLICT",
    "Someone else changed the playbook draft after you opened it. Reload to see their changes, then apply yours again.",
    undefined,
    {
      currentVersion,
    },
  );
}

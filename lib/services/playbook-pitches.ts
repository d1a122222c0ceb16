import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { PlaybookPitchText } from "@/lib/domain/red-flags";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission } from "./access";

type Db = Prisma.TransactionClient;

/** A playbook version's pitches as the red-flag matcher reads them, in playbook order. */
export async function pitchTextsOf(db: Db, playbookId: string): Promise<PlaybookPitchText[]> {
  const pitches = await db.pitch.findMany({
    where: { playbookId },
    orderBy: { position: "asc" },
    select: { key: true, quote: true, danger: true, counter: true, phrases: true, layerKey: true },
  });
  return pitches.map((p) => ({ key: p.key, quote: p.quote, danger: p.danger, counter: p.counter, phrases: p.phrases, section: p.layerKey }));
}

/** The pitches of the organisation's current playbook: what text outside any deal is read against. */
export async function currentPitchTexts(actor: Actor): Promise<PlaybookPitchText[]> {
  requirePermission(actor, "text:analyze");
  const db = getDb();
  const playbook = await db.playbook.findFirst({
    where: { organizationId: actor.organizationId, isCurrent: true },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  return playbook ? pitchTextsOf(db, playbook.id) : [];
}

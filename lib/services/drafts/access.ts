import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import type { ClauseForMapping } from "@/lib/drafts/types";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * A vendor draft of the actor's organisation (and, when given, of that deal). Another organisation's
 * draft does not exist for the actor: "not found", never "forbidden", so ids cannot be probed.
 */
export async function requireDraft(tx: Tx, actor: Pick<Actor, "organizationId">, draftId: string, dealId?: string) {
  const draft = await tx.dealDraft.findFirst({
    where: { id: draftId, organizationId: actor.organizationId, ...(dealId ? { dealId } : {}), deal: { organizationId: actor.organizationId } },
  });
  if (!draft) throw notFound("The draft");
  return draft;
}

/** A passage of the actor's organisation's draft, with its draft. */
export async function requirePassage(tx: Tx, actor: Pick<Actor, "organizationId">, passageId: string) {
  const passage = await tx.draftPassage.findFirst({
    where: { id: passageId, draft: { organizationId: actor.organizationId } },
    include: { draft: true },
  });
  if (!passage) throw notFound("The passage");
  return passage;
}

/**
 * The deal's clauses as the mapper reads them: every clause still in force on the deal (retired ones
 * are out), in checklist order, with the pitches each counters and the priority that counts on the deal.
 */
export async function clausesForMapping(tx: Tx, dealId: string): Promise<(ClauseForMapping & { status: string })[]> {
  const rows = await tx.dealClause.findMany({
    where: { dealId, retiredAt: null },
    orderBy: [{ clause: { layer: { position: "asc" } } }, { clause: { position: "asc" } }],
    select: {
      id: true,
      status: true,
      priority: true,
      clause: {
        select: { key: true, title: true, mustHave: true, layer: { select: { key: true } }, pitches: { select: { pitch: { select: { key: true } } } } },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    key: r.clause.key,
    title: r.clause.title,
    section: r.clause.layer.key,
    counters: r.clause.pitches.map((p) => p.pitch.key),
    priority: r.priority,
    mustHave: r.clause.mustHave,
    status: r.status,
  }));
}

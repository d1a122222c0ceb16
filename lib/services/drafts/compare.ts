import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { Priority } from "@/lib/domain/enums";
import { compareRounds, type RoundComparison, type RoundPassage } from "@/lib/drafts/compare-rounds";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireDeal, requirePermission } from "../access";
import { requireDraft } from "./access";

type Tx = Prisma.TransactionClient;

export interface CompareRoundDto {
  id: string;
  round: number;
  title: string;
  receivedOn: string;
}

export interface RoundComparisonDto {
  deal: { id: string; name: string; vendor: string; archived: boolean };
  draft: CompareRoundDto;
  /** The round compared against (null: the draft is the deal's first round and no other was chosen). */
  other: CompareRoundDto | null;
  /** The deal's other rounds, to choose from. */
  rounds: CompareRoundDto[];
  /** Earlier round → later round. */
  comparison: (RoundComparison & { from: CompareRoundDto; to: CompareRoundDto }) | null;
}

const roundDto = (d: { id: string; round: number; title: string; receivedOn: Date }): CompareRoundDto => ({
  id: d.id,
  round: d.round,
  title: d.title,
  receivedOn: d.receivedOn.toISOString().slice(0, 10),
});

async function roundPassages(db: Tx, draftId: string): Promise<RoundPassage[]> {
  const rows = await db.draftPassage.findMany({
    where: { draftId },
    orderBy: { ordinal: "asc" },
    select: {
      id: true,
      ordinal: true,
      number: true,
      text: true,
      mappings: { select: { dealClauseId: true, state: true } },
      flags: { where: { dismissedAt: null }, select: { key: true, title: true, severity: true, kind: true } },
    },
  });
  return rows;
}

/**
 * A draft round against another round of the same deal (by default the round before it). Another
 * deal's or organisation's draft is not found. Anyone who reads the deal may compare.
 */
export async function getRoundComparison(actor: Actor, dealId: string, draftId: string, withDraftId?: string): Promise<RoundComparisonDto> {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const deal = await requireDeal(db, actor, dealId);
  const draft = await requireDraft(db, actor, draftId, deal.id);
  const rounds = await db.dealDraft.findMany({
    where: { dealId: deal.id, id: { not: draft.id } },
    orderBy: { round: "asc" },
    select: { id: true, round: true, title: true, receivedOn: true },
  });
  const other = withDraftId ? await requireDraft(db, actor, withDraftId, deal.id) : (rounds.filter((r) => r.round < draft.round).at(-1) ?? null);
  const base = {
    deal: { id: deal.id, name: deal.name, vendor: deal.vendor, archived: deal.archivedAt !== null },
    draft: roundDto(draft),
    other: other && other.id !== draft.id ? roundDto(other) : null,
    rounds: rounds.map(roundDto),
  };
  if (!other || other.id === draft.id) return { ...base, comparison: null };

  const [from, to] = other.round < draft.round ? [other, draft] : [draft, other];
  const [before, after, clauses] = await Promise.all([
    roundPassages(db, from.id),
    roundPassages(db, to.id),
    db.dealClause.findMany({
      where: { dealId: deal.id },
      orderBy: [{ clause: { layer: { position: "asc" } } }, { clause: { position: "asc" } }],
      select: { id: true, priority: true, clause: { select: { key: true, title: true } } },
    }),
  ]);
  const comparison = compareRounds({
    clauses: clauses.map((c) => ({ id: c.id, key: c.clause.key, title: c.clause.title, priority: c.priority as Priority })),
    before,
    after,
  });
  return { ...base, comparison: { ...comparison, from: roundDto(from), to: roundDto(to) } };
}

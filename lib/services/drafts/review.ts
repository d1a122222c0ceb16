import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { Priority } from "@/lib/domain/enums";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RED_FLAG_RULES } from "@/lib/playbook/pitch-patterns";
import { requirePermission } from "../access";
import { pitchTextsOf } from "../playbook-pitches";
import { requireDraft } from "./access";

// What the drafts list and the review page read: DTOs only (no file bytes except for the download).
// Reading drafts is `deal:read` (everyone in the organisation); every lookup goes through the deal in
// the actor's organisation, so another organisation's deal or draft is "not found".

type Tx = Prisma.TransactionClient;

const PRIORITY_RANK: Record<Priority, number> = { MUST_HAVE: 0, IMPORTANT: 1, NICE_TO_HAVE: 2 };

async function requireDealSummary(tx: Tx, actor: Actor, dealId: string) {
  const deal = await tx.deal.findFirst({
    where: { id: dealId, organizationId: actor.organizationId },
    select: { id: true, name: true, vendor: true, stage: true, archivedAt: true },
  });
  if (!deal) throw notFound("The deal");
  const { archivedAt, ...rest } = deal;
  return { ...rest, archived: archivedAt !== null };
}

/** The deal's clauses a draft can address: in force and applicable, in checklist order. */
async function addressableClauses(tx: Tx, dealId: string) {
  const rows = await tx.dealClause.findMany({
    where: { dealId, retiredAt: null },
    orderBy: [{ clause: { layer: { position: "asc" } } }, { clause: { position: "asc" } }],
    select: { id: true, status: true, priority: true, clause: { select: { key: true, title: true, layer: { select: { title: true } } } } },
  });
  return rows.map((r) => ({
    id: r.id,
    key: r.clause.key,
    title: r.clause.title,
    section: r.clause.layer.title,
    priority: r.priority,
    notApplicable: r.status === "NOT_APPLICABLE",
  }));
}

export type DraftClauseOption = Awaited<ReturnType<typeof addressableClauses>>[number];

/**
 * The clauses no passage addresses (a mapping counts unless rejected), not-applicable ones left out,
 * must-haves first and otherwise in checklist order. Silence on a must-have is a finding.
 */
export function silentOn<C extends Pick<DraftClauseOption, "id" | "priority" | "notApplicable">>(clauses: readonly C[], addressed: ReadonlySet<string>): C[] {
  return clauses
    .map((clause, index) => ({ clause, index }))
    .filter(({ clause }) => !clause.notApplicable && !addressed.has(clause.id))
    .sort((a, b) => PRIORITY_RANK[a.clause.priority] - PRIORITY_RANK[b.clause.priority] || a.index - b.index)
    .map(({ clause }) => clause);
}

async function addressedBy(tx: Tx, draftIds: string[]) {
  const rows = await tx.draftPassageClause.findMany({
    where: { passage: { draftId: { in: draftIds } }, state: { not: "REJECTED" } },
    select: { dealClauseId: true, passage: { select: { draftId: true } } },
  });
  const byDraft = new Map<string, Set<string>>(draftIds.map((id) => [id, new Set()]));
  for (const row of rows) byDraft.get(row.passage.draftId)!.add(row.dealClauseId);
  return byDraft;
}

/** The rounds of a deal's vendor drafts, oldest first, with what each one holds. */
export async function listDraftRounds(actor: Actor, dealId: string) {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const deal = await requireDealSummary(db, actor, dealId);
  const drafts = await db.dealDraft.findMany({
    where: { dealId: deal.id, organizationId: actor.organizationId },
    orderBy: { round: "asc" },
    select: {
      id: true,
      round: true,
      title: true,
      source: true,
      receivedOn: true,
      fileName: true,
      byteSize: true,
      sha256: true,
      wordCount: true,
      version: true,
      createdAt: true,
      loggedAt: true,
      createdBy: { select: { name: true } },
      loggedBy: { select: { name: true } },
      _count: { select: { passages: true } },
    },
  });
  const ids = drafts.map((d) => d.id);
  const [clauses, addressed, flagRows] = await Promise.all([
    addressableClauses(db, deal.id),
    addressedBy(db, ids),
    db.draftFlag.findMany({ where: { passage: { draftId: { in: ids } }, dismissedAt: null }, select: { passage: { select: { draftId: true } } } }),
  ]);
  const flags = new Map<string, number>();
  for (const row of flagRows) flags.set(row.passage.draftId, (flags.get(row.passage.draftId) ?? 0) + 1);
  return {
    deal,
    rounds: drafts.map((d) => ({
      id: d.id,
      round: d.round,
      title: d.title,
      source: d.source,
      receivedOn: d.receivedOn.toISOString().slice(0, 10),
      fileName: d.fileName,
      byteSize: d.byteSize,
      sha256: d.sha256,
      wordCount: d.wordCount,
      version: d.version,
      addedBy: d.createdBy.name,
      addedAt: d.createdAt.toISOString(),
      logged: d.loggedAt ? { at: d.loggedAt.toISOString(), by: d.loggedBy?.name ?? "—" } : null,
      passages: d._count.passages,
      flags: flags.get(d.id) ?? 0,
      silentMustHaves: silentOn(clauses, addressed.get(d.id)!).filter((c) => c.priority === "MUST_HAVE").length,
    })),
    /** The round the next upload becomes (the form's default title). */
    nextRound: (drafts.at(-1)?.round ?? 0) + 1,
  };
}

export type DraftRoundRow = Awaited<ReturnType<typeof listDraftRounds>>["rounds"][number];

/** What the playbook says about a flag: its danger and counter (the draft's playbook version for a pitch). */
function flagAdvice(pitches: Awaited<ReturnType<typeof pitchTextsOf>>) {
  const pitchByKey = new Map(pitches.map((p) => [p.key, p]));
  const ruleByKey = new Map(RED_FLAG_RULES.map((r) => [r.key as string, r]));
  return (flag: { key: string; kind: string; pitchKey: string | null }) => {
    const pitch = flag.kind === "pitch" ? pitchByKey.get(flag.pitchKey ?? flag.key) : undefined;
    const rule = ruleByKey.get(flag.key);
    return { danger: pitch?.danger ?? rule?.danger ?? "", counter: pitch?.counter ?? rule?.counter ?? "" };
  };
}

/** One draft round as the review page shows it: passages in order with their mappings and flags, and what it is silent on. */
export async function getDraftReview(actor: Actor, dealId: string, draftId: string) {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const deal = await requireDealSummary(db, actor, dealId);
  const draft = await requireDraft(db, actor, draftId, deal.id);
  const [passages, clauses, pitches, previous, users] = await Promise.all([
    db.draftPassage.findMany({
      where: { draftId: draft.id },
      orderBy: { ordinal: "asc" },
      select: {
        id: true,
        ordinal: true,
        number: true,
        heading: true,
        kind: true,
        text: true,
        mappings: {
          orderBy: [{ score: "desc" }, { id: "asc" }],
          select: { id: true, dealClauseId: true, origin: true, state: true, terms: true },
        },
        flags: {
          orderBy: { start: "asc" },
          select: {
            id: true,
            key: true,
            kind: true,
            pitchKey: true,
            severity: true,
            title: true,
            start: true,
            end: true,
            dismissedReason: true,
            dismissedAt: true,
          },
        },
      },
    }),
    addressableClauses(db, deal.id),
    pitchTextsOf(db, draft.playbookId),
    db.dealDraft.findFirst({ where: { dealId: deal.id, round: { lt: draft.round } }, orderBy: { round: "desc" }, select: { id: true, round: true } }),
    db.user.findMany({
      where: { id: { in: [draft.createdById, draft.loggedById].filter((id): id is string => Boolean(id)) } },
      select: { id: true, name: true },
    }),
  ]);
  const nameOf = (id: string | null) => users.find((u) => u.id === id)?.name ?? "—";
  const clauseById = new Map(clauses.map((c) => [c.id, c]));
  const advice = flagAdvice(pitches);
  const addressed = new Set(passages.flatMap((p) => p.mappings.filter((m) => m.state !== "REJECTED").map((m) => m.dealClauseId)));
  const reviewPassages = passages.map((p) => ({
    ...p,
    mappings: p.mappings.map((m) => {
      const clause = clauseById.get(m.dealClauseId);
      return { ...m, clauseTitle: clause?.title ?? "A retired clause", clauseKey: clause?.key ?? "", priority: clause?.priority ?? "NICE_TO_HAVE" };
    }),
    flags: p.flags.map((f) => ({ ...f, ...advice(f), dismissedAt: f.dismissedAt?.toISOString() ?? null })),
  }));
  const silent = silentOn(clauses, addressed);
  return {
    deal,
    draft: {
      id: draft.id,
      round: draft.round,
      title: draft.title,
      source: draft.source,
      fileName: draft.fileName,
      byteSize: draft.byteSize,
      receivedOn: draft.receivedOn.toISOString().slice(0, 10),
      wordCount: draft.wordCount,
      version: draft.version,
      addedBy: nameOf(draft.createdById),
      logged: draft.loggedAt ? { at: draft.loggedAt.toISOString(), by: nameOf(draft.loggedById) } : null,
    },
    previousRound: previous,
    passages: reviewPassages,
    /** Clauses a passage may be mapped to (applicable, in force), in checklist order. */
    clauseOptions: clauses.filter((c) => !c.notApplicable),
    silent,
    counts: {
      passages: passages.length,
      flagged: reviewPassages.filter((p) => p.flags.some((f) => !f.dismissedAt)).length,
      openFlags: reviewPassages.reduce((n, p) => n + p.flags.filter((f) => !f.dismissedAt).length, 0),
      mapped: reviewPassages.filter((p) => p.mappings.some((m) => m.state !== "REJECTED")).length,
      proposed: reviewPassages.reduce((n, p) => n + p.mappings.filter((m) => m.state === "PROPOSED").length, 0),
      silentMustHaves: silent.filter((c) => c.priority === "MUST_HAVE").length,
    },
  };
}

export type DraftReview = Awaited<ReturnType<typeof getDraftReview>>;
export type ReviewPassage = DraftReview["passages"][number];

/** The original upload (or the pasted text, as received) for download, with its checksum. */
export async function getDraftFile(actor: Actor, dealId: string, draftId: string) {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const draft = await requireDraft(db, actor, draftId, dealId);
  const file = await db.dealDraftFile.findUnique({ where: { draftId: draft.id } });
  if (!file) throw notFound("The draft's file");
  const pasted = draft.source === "TEXT" || draft.source === "EMAIL";
  return {
    fileName: draft.fileName ?? `round-${draft.round}-${draft.source === "EMAIL" ? "email" : "text"}.txt`,
    mediaType: pasted ? "text/plain; charset=utf-8" : (draft.mediaType ?? "application/octet-stream"),
    bytes: file.bytes,
    sha256: draft.sha256,
  };
}

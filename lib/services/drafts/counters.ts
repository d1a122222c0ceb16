import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { splitLeadingNumber } from "@/lib/drafts/redline-diff";
import { AppError, notFound } from "@/lib/errors";
import type { TClearDraftCounter, TSetDraftCounter, CounterSource } from "@/lib/validation/draft-counter";
import { requireDeal, requirePermission } from "../access";
import { afterDealChange } from "../deal-changes";
import { requireDraft } from "./access";
import { beginDraftChange, finishDraftChange } from "./draft-change";

// Counter wording: the words we propose instead of a passage of the vendor's draft, which the redline
// (exports.ts) writes into the vendor's document as tracked changes. Allowed after the round is
// logged as well: the redline usually goes back to the vendor after the round has been logged.

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0];

/** "4.2" or "the passage starting “The Supplier…”": how the audit trail names a passage. */
function passageName(p: { number: string; text: string }) {
  return p.number || `“${p.text.slice(0, 60)}${p.text.length > 60 ? "…" : ""}”`;
}

async function passageOfDraft(tx: Tx, draftId: string, passageId: string) {
  const passage = await tx.draftPassage.findFirst({ where: { id: passageId, draftId } });
  if (!passage) throw notFound("The passage");
  return passage;
}

export async function setDraftCounter(actor: Actor, input: TSetDraftCounter) {
  requirePermission(actor, "draft:manage");
  return getDb().$transaction(async (tx) => {
    const draft = await beginDraftChange(tx, actor, { draftId: input.draftId, version: input.version }, { logged: "allow" });
    const passage = await passageOfDraft(tx, draft.id, input.passageId);
    await tx.draftPassage.update({ where: { id: passage.id }, data: { counterText: input.counterText, counterFrom: input.counterFrom } });
    const version = await finishDraftChange(tx, draft.id);
    await afterDealChange(tx, actor, draft.dealId, {
      entityType: "DraftPassage",
      entityId: passage.id,
      action: "draft.counter-set",
      before: { round: draft.round, passage: passageName(passage), counterText: passage.counterText, counterFrom: passage.counterFrom },
      after: { round: draft.round, passage: passageName(passage), counterText: input.counterText, counterFrom: input.counterFrom },
    });
    return { version };
  });
}

export async function clearDraftCounter(actor: Actor, input: TClearDraftCounter) {
  requirePermission(actor, "draft:manage");
  return getDb().$transaction(async (tx) => {
    const draft = await beginDraftChange(tx, actor, { draftId: input.draftId, version: input.version }, { logged: "allow" });
    const passage = await passageOfDraft(tx, draft.id, input.passageId);
    if (passage.counterText === null) throw new AppError("CONFLICT", "This passage has no counter wording to stop.");
    await tx.draftPassage.update({ where: { id: passage.id }, data: { counterText: null, counterFrom: null } });
    const version = await finishDraftChange(tx, draft.id);
    await afterDealChange(tx, actor, draft.dealId, {
      entityType: "DraftPassage",
      entityId: passage.id,
      action: "draft.counter-cleared",
      before: { round: draft.round, passage: passageName(passage), counterText: passage.counterText, counterFrom: passage.counterFrom },
      after: { round: draft.round, passage: passageName(passage), counterText: null, counterFrom: null },
    });
    return { version };
  });
}

export interface CounterClause {
  dealClauseId: string;
  title: string;
  mustHave: boolean;
  sampleLanguage: string | null;
  fallback: string;
}

export interface CounterPassage {
  id: string;
  number: string;
  heading: string;
  /** The vendor's text as the draft has it (number included). */
  text: string;
  /** The vendor's words without the number: what "the vendor's text" starts the wording from. */
  body: string;
  flags: { title: string; severity: string }[];
  /** The clauses the passage is mapped to (not rejected), must-haves first. */
  clauses: CounterClause[];
  counterText: string | null;
  counterFrom: CounterSource | null;
}

export interface RedlineWorkbench {
  deal: { id: string; name: string; vendor: string; archived: boolean };
  draft: { id: string; round: number; title: string; source: string; fileName: string | null; version: number; logged: boolean };
  /** Flagged, mapped to a must-have, or countered already: the passages worth answering first. */
  passages: CounterPassage[];
  /** Passages of the draft that are not in `passages`. */
  otherPassages: number;
  canManage: boolean;
}

/** The redline page: the draft's passages worth countering, with the clause wording to start from. */
export async function getRedlineWorkbench(actor: Actor, dealId: string, draftId: string): Promise<RedlineWorkbench> {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const draft = await requireDraft(db, actor, draftId, dealId);
  const deal = await requireDeal(db, actor, dealId);
  const rows = await db.draftPassage.findMany({
    where: { draftId: draft.id },
    orderBy: { ordinal: "asc" },
    select: {
      id: true,
      number: true,
      heading: true,
      kind: true,
      text: true,
      counterText: true,
      counterFrom: true,
      flags: { where: { dismissedAt: null }, orderBy: { start: "asc" }, select: { title: true, severity: true } },
      mappings: {
        where: { state: { not: "REJECTED" } },
        orderBy: [{ state: "asc" }, { score: "desc" }],
        select: { dealClause: { select: { id: true, priority: true, clause: { select: { title: true, sampleLanguage: true, fallback: true } } } } },
      },
    },
  });
  const passages: CounterPassage[] = [];
  for (const row of rows) {
    const clauses = row.mappings
      .map(({ dealClause: dc }) => ({
        dealClauseId: dc.id,
        title: dc.clause.title,
        mustHave: dc.priority === "MUST_HAVE",
        sampleLanguage: dc.clause.sampleLanguage || null,
        fallback: dc.clause.fallback,
      }))
      .sort((a, b) => Number(b.mustHave) - Number(a.mustHave));
    const worth = row.counterText !== null || (row.kind !== "heading" && (row.flags.length > 0 || clauses.some((c) => c.mustHave)));
    if (!worth) continue;
    passages.push({
      id: row.id,
      number: row.number,
      heading: row.heading,
      text: row.text,
      body: splitLeadingNumber(row.text, row.number).body,
      flags: row.flags,
      clauses,
      counterText: row.counterText,
      counterFrom: (row.counterFrom as CounterSource | null) ?? null,
    });
  }
  return {
    deal: { id: deal.id, name: deal.name, vendor: deal.vendor, archived: deal.archivedAt !== null },
    draft: {
      id: draft.id,
      round: draft.round,
      title: draft.title,
      source: draft.source,
      fileName: draft.fileName,
      version: draft.version,
      logged: draft.loggedAt !== null,
    },
    passages,
    otherPassages: rows.length - passages.length,
    canManage: can(actor.role, "draft:manage") && deal.archivedAt === null,
  };
}

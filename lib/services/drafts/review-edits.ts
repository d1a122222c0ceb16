import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TDismissDraftFlag, TDraftMappingChange, TRemapDraftPassage, TRestoreDraftFlag } from "@/lib/validation/draft";
import { requirePermission } from "../access";
import { afterDealChange, type DealAudit } from "../deal-changes";
import { beginDraftChange, finishDraftChange } from "./draft-change";

// The negotiator's corrections to what the engine proposed for a draft: accept or reject a mapping,
// map a passage to a clause the engine missed, dismiss a flag (with a reason) or restore it. Each one
// is a draft change: the draft version the page read is checked, a logged round refuses, and the
// edit, the new version and its audit event are one transaction. Everything is looked up through the
// draft, which is looked up in the actor's organisation: another organisation's ids are "not found".

type Tx = Prisma.TransactionClient;

type Edit = (tx: Tx, draft: { id: string; dealId: string }) => Promise<DealAudit>;

async function editDraft(actor: Actor, target: { draftId: string; version: number }, edit: Edit) {
  requirePermission(actor, "draft:manage");
  return getDb().$transaction(async (tx) => {
    const draft = await beginDraftChange(tx, actor, target);
    const audit = await edit(tx, draft);
    const version = await finishDraftChange(tx, draft.id);
    await afterDealChange(tx, actor, draft.dealId, audit);
    return { draftId: draft.id, version };
  });
}

async function requireMapping(tx: Tx, draftId: string, mappingId: string) {
  const mapping = await tx.draftPassageClause.findFirst({
    where: { id: mappingId, passage: { draftId } },
    include: { passage: { select: { id: true, number: true, ordinal: true } }, dealClause: { select: { clause: { select: { key: true, title: true } } } } },
  });
  if (!mapping) throw notFound("The mapping");
  return mapping;
}

async function requireFlag(tx: Tx, draftId: string, flagId: string) {
  const flag = await tx.draftFlag.findFirst({ where: { id: flagId, passage: { draftId } } });
  if (!flag) throw notFound("The flag");
  return flag;
}

const passageLabel = (p: { number: string; ordinal: number }) => p.number || `#${p.ordinal + 1}`;

function setMappingState(state: "ACCEPTED" | "REJECTED") {
  return (actor: Actor, input: TDraftMappingChange) =>
    editDraft(actor, input, async (tx, draft) => {
      const mapping = await requireMapping(tx, draft.id, input.mappingId);
      if (mapping.state === state) {
        throw new AppError("CONFLICT", state === "ACCEPTED" ? "This mapping is already accepted." : "This mapping is already rejected.");
      }
      await tx.draftPassageClause.update({ where: { id: mapping.id }, data: { state } });
      return {
        entityType: "DraftPassage",
        entityId: mapping.passage.id,
        action: state === "ACCEPTED" ? "draft.mapping-accepted" : "draft.mapping-rejected",
        before: { passage: passageLabel(mapping.passage), clause: mapping.dealClause.clause.key, state: mapping.state },
        after: { passage: passageLabel(mapping.passage), clause: mapping.dealClause.clause.key, state },
      };
    });
}

/** The passage does address that clause (also: undo a rejection). */
export const acceptDraftMapping = setMappingState("ACCEPTED");
/** The passage does not address that clause; kept as REJECTED so the engine's guess stays visible as refused. */
export const rejectDraftMapping = setMappingState("REJECTED");

/**
 * "Map to another clause…": the passage addresses a clause of the deal the engine did not propose (or
 * proposed and was rejected): a MANUAL, ACCEPTED mapping. A wrong mapping is rejected separately.
 */
export function remapDraftPassage(actor: Actor, input: TRemapDraftPassage) {
  return editDraft(actor, input, async (tx, draft) => {
    const passage = await tx.draftPassage.findFirst({ where: { id: input.passageId, draftId: draft.id }, select: { id: true, number: true, ordinal: true } });
    if (!passage) throw notFound("The passage");
    const item = await tx.dealClause.findFirst({
      where: { id: input.dealClauseId, dealId: draft.dealId, retiredAt: null },
      select: { id: true, clause: { select: { key: true, title: true } } },
    });
    if (!item) throw notFound("The clause");
    const existing = await tx.draftPassageClause.findUnique({ where: { passageId_dealClauseId: { passageId: passage.id, dealClauseId: item.id } } });
    if (existing?.state === "ACCEPTED")
      throw new AppError("CONFLICT", `This passage is already mapped to “${item.clause.title}”.`, { dealClauseId: ["Already mapped to this clause."] });
    await tx.draftPassageClause.upsert({
      where: { passageId_dealClauseId: { passageId: passage.id, dealClauseId: item.id } },
      create: { passageId: passage.id, dealClauseId: item.id, origin: "MANUAL", state: "ACCEPTED", terms: [] },
      update: { origin: "MANUAL", state: "ACCEPTED" },
    });
    return {
      entityType: "DraftPassage",
      entityId: passage.id,
      action: "draft.mapping-added",
      before: existing ? { passage: passageLabel(passage), clause: item.clause.key, state: existing.state } : undefined,
      after: { passage: passageLabel(passage), clause: item.clause.key, state: "ACCEPTED", origin: "MANUAL" },
    };
  });
}

/** A flag the negotiator judges harmless here, with the reason (kept on the flag and in the audit trail). */
export function dismissDraftFlag(actor: Actor, input: TDismissDraftFlag) {
  return editDraft(actor, input, async (tx, draft) => {
    const flag = await requireFlag(tx, draft.id, input.flagId);
    if (flag.dismissedAt) throw new AppError("CONFLICT", "This flag is already dismissed.");
    await tx.draftFlag.update({ where: { id: flag.id }, data: { dismissedReason: input.reason, dismissedById: actor.userId, dismissedAt: new Date() } });
    return {
      entityType: "DraftPassage",
      entityId: flag.passageId,
      action: "draft.flag-dismissed",
      after: { flag: flag.key, title: flag.title, reason: input.reason },
    };
  });
}

export function restoreDraftFlag(actor: Actor, input: TRestoreDraftFlag) {
  return editDraft(actor, input, async (tx, draft) => {
    const flag = await requireFlag(tx, draft.id, input.flagId);
    if (!flag.dismissedAt) throw new AppError("CONFLICT", "This flag is not dismissed.");
    await tx.draftFlag.update({ where: { id: flag.id }, data: { dismissedReason: null, dismissedById: null, dismissedAt: null } });
    return {
      entityType: "DraftPassage",
      entityId: flag.passageId,
      action: "draft.flag-restored",
      before: { flag: flag.key, title: flag.title, reason: flag.dismissedReason },
    };
  });
}

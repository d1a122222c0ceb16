import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { TAddDealSpecificClause, TRemoveDealSpecificClause } from "@/lib/validation/deal-rules";
import { requireDealClause, requirePermission } from "./access";
import { afterDealChange, beginDealChange } from "./deal-changes";

// Clauses a negotiator adds to one deal: stored like playbook clauses (so the checklist, readiness,
// review and report treat them alike) but marked with the deal, which keeps them out of the
// playbook, its versions and every other deal. They have no pitches, scenarios or rules.

export const DEAL_CLAUSE_KEY_MAX = 80;

/** `deal-<short id>-<kebab title>`, at most 80 characters: unique in the playbook without a lookup. */
export function dealSpecificClauseKey(title: string, shortId: string): string {
  const kebab =
    title
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "clause";
  return `deal-${shortId}-${kebab}`.slice(0, DEAL_CLAUSE_KEY_MAX).replace(/-+$/, "");
}

export async function addDealSpecificClause(actor: Actor, input: TAddDealSpecificClause) {
  requirePermission(actor, "clause:update");
  return getDb().$transaction(async (tx) => {
    const deal = await beginDealChange(tx, actor, { dealId: input.dealId });
    const layer = await tx.layer.findFirst({ where: { playbookId: deal.playbookId, key: input.layerKey } });
    if (!layer) throw notFound("That section");
    // After every clause of the playbook version (and this deal's earlier additions): the deal lock
    // serialises additions to one deal; other deals' additions may share a position, which only orders.
    const { _max } = await tx.clause.aggregate({ where: { playbookId: deal.playbookId }, _max: { position: true } });
    const clause = await tx.clause.create({
      data: {
        playbookId: deal.playbookId,
        layerId: layer.id,
        dealId: deal.id,
        key: dealSpecificClauseKey(input.title, randomBytes(4).toString("hex")),
        position: (_max.position ?? -1) + 1,
        title: input.title,
        whyItMatters: input.whyItMatters,
        mustHave: input.mustHave,
        fallback: input.fallback,
        walkAway: input.walkAway,
        sampleLanguage: input.sampleLanguage || null,
        priority: input.priority,
        source: "Added to this deal",
      },
    });
    const item = await tx.dealClause.create({ data: { dealId: deal.id, clauseId: clause.id, priority: input.priority, updatedById: actor.userId } });
    await afterDealChange(tx, actor, deal.id, {
      entityType: "DealClause",
      entityId: item.id,
      action: "clause.added-to-deal",
      after: {
        clause: clause.key,
        section: input.layerKey,
        title: input.title,
        whyItMatters: input.whyItMatters,
        mustHave: input.mustHave,
        fallback: input.fallback,
        walkAway: input.walkAway,
        sampleLanguage: input.sampleLanguage,
        priority: input.priority,
      },
    });
    return { id: item.id, clauseKey: clause.key };
  });
}

/**
 * Removes a deal-specific clause added by mistake. Only while nothing was negotiated on it (still
 * not started, no vendor response, no risk acceptance): after that, the record is the deal's history.
 */
export async function removeDealSpecificClause(actor: Actor, input: TRemoveDealSpecificClause) {
  requirePermission(actor, "clause:update");
  return getDb().$transaction(async (tx) => {
    await beginDealChange(tx, actor, { dealClauseId: input.dealClauseId });
    const item = await requireDealClause(tx, actor, input.dealClauseId);
    if (item.clause.dealId !== item.dealId) throw new AppError("CONFLICT", "This clause is part of the playbook; mark it not applicable instead.");
    if (item.version !== input.version) throw new AppError("CONFLICT", "Someone else changed this clause after you opened it. Reload to see their change.");
    const [responses, acceptances] = await Promise.all([
      tx.vendorResponse.count({ where: { dealClauseId: item.id } }),
      tx.riskAcceptance.count({ where: { dealClauseId: item.id } }),
    ]);
    if (item.status !== "NOT_STARTED" || responses > 0 || acceptances > 0) {
      throw new AppError("CONFLICT", "This clause has been negotiated on, so it stays on the deal's record. Mark it not applicable instead.");
    }
    await tx.dealClause.delete({ where: { id: item.id } });
    await tx.clause.delete({ where: { id: item.clauseId } });
    await afterDealChange(tx, actor, item.dealId, {
      entityType: "DealClause",
      entityId: item.id,
      action: "clause.removed-from-deal",
      before: { clause: item.clause.key, title: item.clause.title, priority: item.priority },
    });
    return { id: item.id };
  });
}

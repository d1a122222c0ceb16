import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { parseRuleEffects } from "@/lib/domain/applicability";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, invalidField } from "@/lib/errors";
import type { TOverrideClauseRules, TRestoreClauseRules } from "@/lib/validation/deal-rules";
import { requireDealClause, requirePermission } from "./access";
import { applyApplicabilityRules, ruleChangesAudit } from "./applicability";
import { afterDealChange, beginDealChange } from "./deal-changes";

// A negotiator's override of a clause's applicability rules on one deal: the clause comes back with
// the status a "not applicable" rule replaced and counts at its own priority; undone, the rules apply
// again from the deal's facts.

type Tx = Prisma.TransactionClient;

function staleItem() {
  return new AppError("CONFLICT", "Someone else changed this clause after you opened it. Reload to see their change; nothing of yours was saved.");
}

async function loadForRuleChange(tx: Tx, actor: Actor, input: { dealClauseId: string; version: number }) {
  await beginDealChange(tx, actor, { dealClauseId: input.dealClauseId });
  const before = await requireDealClause(tx, actor, input.dealClauseId);
  if (before.version !== input.version) throw staleItem();
  if (before.retiredAt) throw new AppError("CONFLICT", "This clause was retired from the deal's playbook; it is kept read-only.");
  return before;
}

function view(item: { status: string; priority: string; ruleOverrideReason: string | null }) {
  return { status: item.status, priority: item.priority, ruleOverrideReason: item.ruleOverrideReason };
}

async function setOverride(tx: Tx, actor: Actor, id: string, version: number, reason: string | null) {
  const { count } = await tx.dealClause.updateMany({
    where: { id, version },
    data: { ruleOverrideReason: reason, updatedById: actor.userId, version: { increment: 1 } },
  });
  if (count !== 1) throw staleItem();
}

export async function overrideClauseRules(actor: Actor, input: TOverrideClauseRules) {
  requirePermission(actor, "clause:update");
  return getDb().$transaction(async (tx) => {
    const before = await loadForRuleChange(tx, actor, input);
    if (parseRuleEffects(before.ruleEffects).length === 0) {
      throw invalidField("reason", "No rule changes this clause on this deal, so there is nothing to set aside.");
    }
    if (before.ruleOverrideReason !== null) throw new AppError("CONFLICT", "The rules are already set aside on this clause.");
    await setOverride(tx, actor, before.id, input.version, input.reason);
    const ruleChanges = await applyApplicabilityRules(tx, [before.dealId]);
    const after = await tx.dealClause.findUniqueOrThrow({ where: { id: before.id } });
    await afterDealChange(tx, actor, before.dealId, {
      entityType: "DealClause",
      entityId: before.id,
      action: "clause.rules-overridden",
      before: { clause: before.clause.key, ...view(before) },
      after: { clause: before.clause.key, ...view(after), ...ruleChangesAudit(ruleChanges) },
    });
    return { id: after.id, version: after.version, status: after.status };
  });
}

export async function restoreClauseRules(actor: Actor, input: TRestoreClauseRules) {
  requirePermission(actor, "clause:update");
  return getDb().$transaction(async (tx) => {
    const before = await loadForRuleChange(tx, actor, input);
    if (before.ruleOverrideReason === null) throw new AppError("CONFLICT", "The rules already apply to this clause.");
    await setOverride(tx, actor, before.id, input.version, null);
    const ruleChanges = await applyApplicabilityRules(tx, [before.dealId]);
    const after = await tx.dealClause.findUniqueOrThrow({ where: { id: before.id } });
    await afterDealChange(tx, actor, before.dealId, {
      entityType: "DealClause",
      entityId: before.id,
      action: "clause.rules-restored",
      before: { clause: before.clause.key, ...view(before) },
      after: { clause: before.clause.key, ...view(after), ...ruleChangesAudit(ruleChanges) },
    });
    return { id: after.id, version: after.version, status: after.status };
  });
}

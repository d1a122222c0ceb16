import "server-only";
import { evaluateRules, type RuleEffectRecord } from "@/lib/domain/applicability";
import type { ClauseStatus, HostingModel, Priority } from "@/lib/domain/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZApplicabilityRule, type BaseModelLicenceType } from "@/lib/playbook/format";

type Tx = Prisma.TransactionClient;

/** Statuses a "not applicable" rule may replace: nothing has been agreed or refused on the clause yet. */
const REPLACEABLE: readonly ClauseStatus[] = ["NOT_STARTED", "IN_NEGOTIATION"];

export interface RuleChange {
  dealId: string;
  dealClauseId: string;
  clauseKey: string;
  before: { status: ClauseStatus; priority: Priority };
  after: { status: ClauseStatus; priority: Priority };
}

/** The audit event's part about rule changes: nothing when no rule changed anything. */
export function ruleChangesAudit(changes: RuleChange[]): { ruleChanges?: { clauseKey: string; before: RuleChange["before"]; after: RuleChange["after"] }[] } {
  return changes.length ? { ruleChanges: changes.map(({ clauseKey, before, after }) => ({ clauseKey, before, after })) } : {};
}

/**
 * Brings the checklist items of the given deals in line with their clauses' applicability rules and
 * the deals' facts, inside the caller's transaction: the priority that counts, "not applicable by
 * rule" (only over an item nobody has settled or refused yet; the status it replaced comes back when
 * the rule stops applying), and the record of which rule fired. Items whose rules a negotiator set
 * aside keep their own priority and status. Retired items are left alone. Returns what changed, for
 * the caller's audit event; the caller runs the after-change step (readiness) afterwards.
 */
export async function applyApplicabilityRules(tx: Tx, dealIds: string[]): Promise<RuleChange[]> {
  if (!dealIds.length) return [];
  const deals = await tx.deal.findMany({
    where: { id: { in: dealIds } },
    select: { id: true, hostingModel: true, modelKind: true, baseModelLicenceType: true, regulatedSector: true, contractValueMinor: true },
  });
  const facts = new Map(
    deals.map((d) => [d.id, { ...d, hostingModel: d.hostingModel as HostingModel, baseModelLicenceType: d.baseModelLicenceType as BaseModelLicenceType }]),
  );
  const items = await tx.dealClause.findMany({
    where: { dealId: { in: dealIds }, retiredAt: null },
    select: {
      id: true,
      dealId: true,
      status: true,
      priority: true,
      notApplicableReason: true,
      statusBeforeRule: true,
      ruleOverrideReason: true,
      ruleEffects: true,
      clause: { select: { key: true, priority: true, rules: true } },
    },
  });
  const changes: RuleChange[] = [];
  for (const item of items) {
    const rules = ZApplicabilityRule.array().parse(item.clause.rules);
    const outcome = evaluateRules(rules, item.clause.priority as Priority, facts.get(item.dealId)!, item.ruleOverrideReason !== null);
    const status = item.status as ClauseStatus;
    let next: { status: ClauseStatus; notApplicableReason: string | null; statusBeforeRule: ClauseStatus | null } = {
      status,
      notApplicableReason: item.notApplicableReason,
      statusBeforeRule: item.statusBeforeRule as ClauseStatus | null,
    };
    const setByRule = item.statusBeforeRule !== null && status === "NOT_APPLICABLE";
    if (outcome.notApplicable !== null) {
      if (setByRule) next = { ...next, notApplicableReason: outcome.notApplicable };
      else if (REPLACEABLE.includes(status)) next = { status: "NOT_APPLICABLE", notApplicableReason: outcome.notApplicable, statusBeforeRule: status };
    } else if (setByRule) {
      next = { status: item.statusBeforeRule as ClauseStatus, notApplicableReason: null, statusBeforeRule: null };
    }
    const effects: RuleEffectRecord[] = outcome.fired;
    const effectsChanged = JSON.stringify(effects) !== JSON.stringify(item.ruleEffects);
    const changed = next.status !== status || next.notApplicableReason !== item.notApplicableReason || outcome.priority !== item.priority;
    if (!changed && !effectsChanged && next.statusBeforeRule === item.statusBeforeRule) continue;
    await tx.dealClause.update({
      where: { id: item.id },
      data: {
        status: next.status,
        notApplicableReason: next.notApplicableReason,
        statusBeforeRule: next.statusBeforeRule,
        priority: outcome.priority,
        ruleEffects: effects as unknown as Prisma.InputJsonValue,
        ...(changed ? { version: { increment: 1 } } : {}),
      },
    });
    if (changed) {
      changes.push({
        dealId: item.dealId,
        dealClauseId: item.id,
        clauseKey: item.clause.key,
        before: { status, priority: item.priority as Priority },
        after: { status: next.status, priority: outcome.priority },
      });
    }
  }
  return changes;
}

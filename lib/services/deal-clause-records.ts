import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { parseRuleEffects, type RuleEffectRecord } from "@/lib/domain/applicability";
import type { ClauseStatus, LayerKey, Priority } from "@/lib/domain/enums";
import { notFound } from "@/lib/errors";
import { requireDeal, requirePermission } from "./access";

// A deal's clauses as one flat record each (the public API's shape): the clause's own columns with its
// playbook key, title and section, in two statements whatever the number of clauses.

export interface DealClauseRecord {
  dealClauseId: string;
  dealId: string;
  clauseKey: string;
  title: string;
  section: { key: LayerKey; title: string };
  priority: Priority;
  applicability: {
    ruleEffects: RuleEffectRecord[];
    ruleOverrideReason: string | null;
    notApplicableByRule: boolean;
    notApplicableReason: string | null;
  };
  status: ClauseStatus;
  agreedLanguage: string;
  contractReference: string;
  notes: string;
  assignee: { id: string; name: string } | null;
  dueOn: string | null;
  dealOnly: boolean;
  retired: boolean;
  recheckReason: string | null;
  version: number;
  updatedAt: string;
}

export interface DealClauseFilter {
  status?: ClauseStatus;
  section?: LayerKey;
}

/** Every clause of the deal (retired ones included, flagged), in playbook order, optionally filtered. */
export async function listDealClauseRecords(actor: Actor, dealId: string, filter: DealClauseFilter = {}): Promise<DealClauseRecord[]> {
  requirePermission(actor, "deal:read");
  const deal = await requireDeal(getDb(), actor, dealId);
  return loadRecords(deal.id, filter);
}

/** One clause of the deal; NOT_FOUND when it belongs to another deal (or another organisation's). */
export async function getDealClauseRecord(actor: Actor, dealId: string, dealClauseId: string): Promise<DealClauseRecord> {
  requirePermission(actor, "deal:read");
  const [record] = await loadRecords(dealId, {}, { dealClauseId, organizationId: actor.organizationId });
  if (!record) throw notFound("The clause");
  return record;
}

async function loadRecords(dealId: string, filter: DealClauseFilter, one?: { dealClauseId: string; organizationId: string }): Promise<DealClauseRecord[]> {
  const rows = await getDb().dealClause.findMany({
    where: {
      dealId,
      ...(one ? { id: one.dealClauseId, deal: { organizationId: one.organizationId } } : {}),
      status: filter.status,
      clause: filter.section ? { layer: { key: filter.section } } : undefined,
    },
    include: {
      clause: { select: { key: true, title: true, dealId: true, layer: { select: { key: true, title: true, position: true } } } },
      assignee: { select: { id: true, name: true } },
    },
    orderBy: [{ clause: { layer: { position: "asc" } } }, { clause: { position: "asc" } }],
  });
  return rows.map((row) => ({
    dealClauseId: row.id,
    dealId: row.dealId,
    clauseKey: row.clause.key,
    title: row.clause.title,
    section: { key: row.clause.layer.key as LayerKey, title: row.clause.layer.title },
    priority: row.priority as Priority,
    applicability: {
      ruleEffects: parseRuleEffects(row.ruleEffects),
      ruleOverrideReason: row.ruleOverrideReason,
      notApplicableByRule: row.status === "NOT_APPLICABLE" && row.statusBeforeRule !== null,
      notApplicableReason: row.notApplicableReason,
    },
    status: row.status as ClauseStatus,
    agreedLanguage: row.agreedLanguage,
    contractReference: row.contractReference,
    notes: row.notes,
    assignee: row.assignee,
    dueOn: row.dueOn?.toISOString().slice(0, 10) ?? null,
    dealOnly: row.clause.dealId !== null,
    retired: row.retiredAt !== null,
    recheckReason: row.recheckReason,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  }));
}

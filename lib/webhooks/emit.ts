import { randomUUID } from "node:crypto";
import type { DealStage, WebhookEventType } from "@/lib/domain/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appBaseUrl } from "@/lib/mail/config";
import { deliverWebhooksAfterCommit } from "./deliver";
import { buildWebhookPayload, responseSummary, type WebhookDeal, type WebhookEventData } from "./events";

// The events of a deal change, written as deliveries in the change's own transaction (an outbox): a
// change that rolls back reports nothing, one that commits cannot lose its events. What happened is
// read from the rows and the audit events of the change, not from flags its caller sets.

type Tx = Prisma.TransactionClient;

/** The stage each deal had when its change began, per transaction. */
const stagesAtStart = new WeakMap<Tx, Map<string, DealStage>>();

/** beginDealChange: the deal's stage before the change (the first call in a transaction wins). */
export function noteStageAtStart(tx: Tx, dealId: string, stage: DealStage): void {
  let stages = stagesAtStart.get(tx);
  if (!stages) stagesAtStart.set(tx, (stages = new Map()));
  if (!stages.has(dealId)) stages.set(dealId, stage);
}

export interface DealChangeFacts {
  organizationId: string;
  dealId: string;
  audits: readonly { action: string; entityType: string; entityId: string }[];
  staleApprovalId: string | null;
}

interface Pending {
  type: WebhookEventType;
  data: (deal: WebhookDeal) => WebhookEventData;
}

function eventsOf(facts: DealChangeFacts, from: DealStage | undefined, to: DealStage): Pending[] {
  const events: Pending[] = [];
  const byAction = (action: string) => facts.audits.filter((a) => a.action === action);
  if (byAction("deal.created").length) events.push({ type: "DEAL_CREATED", data: (deal) => ({ deal }) });
  if (from !== undefined && from !== to) events.push({ type: "DEAL_STAGE_CHANGED", data: (deal) => ({ deal, from, to }) });
  for (const submitted of byAction("deal.submitted")) events.push({ type: "DEAL_SUBMITTED", data: (deal) => ({ deal, submissionId: submitted.entityId }) });
  if (from !== undefined && from !== "APPROVED" && to === "APPROVED") {
    const approvalId = facts.audits.find((a) => a.entityType === "Review")?.entityId ?? null;
    events.push({ type: "DEAL_APPROVED", data: (deal) => ({ deal, approvalId }) });
  }
  if (facts.staleApprovalId) events.push({ type: "APPROVAL_STALE", data: (deal) => ({ deal, approvalId: facts.staleApprovalId }) });
  return events;
}

/**
 * The last step of afterDealChange: one delivery per event per active endpoint of the organisation
 * subscribed to it. An organisation without endpoints pays the one query that finds none.
 */
export async function emitDealWebhooks(tx: Tx, facts: DealChangeFacts): Promise<void> {
  const webhooks = await tx.webhook.findMany({ where: { organizationId: facts.organizationId, active: true }, select: { id: true, events: true } });
  if (!webhooks.length) return;
  const row = await tx.deal.findUniqueOrThrow({ where: { id: facts.dealId }, select: { id: true, name: true, vendor: true, stage: true, version: true } });
  const to = row.stage as DealStage;
  const stages = stagesAtStart.get(tx);
  const from = stages?.get(facts.dealId);
  // A second change of the deal in this transaction reports from here on.
  stages?.set(facts.dealId, to);
  const deal: WebhookDeal = { ...row, stage: to, url: `${appBaseUrl()}/deals/${row.id}` };
  const subscribed = new Set(webhooks.flatMap((w) => w.events));
  const events = eventsOf(facts, from, to)
    .filter((e) => subscribed.has(e.type))
    .map((e) => ({ type: e.type, data: e.data(deal) }));

  const responseIds = subscribed.has("RESPONSE_LOGGED") ? facts.audits.filter((a) => a.action === "response.logged").map((a) => a.entityId) : [];
  if (responseIds.length) {
    const responses = await tx.vendorResponse.findMany({
      where: { id: { in: responseIds }, dealId: facts.dealId },
      select: {
        id: true,
        stance: true,
        offerPosition: true,
        channel: true,
        occurredOn: true,
        vendorText: true,
        dealClause: { select: { clause: { select: { key: true, title: true } } } },
      },
    });
    const byId = new Map(responses.map((r) => [r.id, r]));
    for (const id of responseIds) {
      const r = byId.get(id);
      if (!r) continue;
      events.push({
        type: "RESPONSE_LOGGED",
        data: {
          deal,
          response: {
            id: r.id,
            clause: { key: r.dealClause.clause.key, title: r.dealClause.clause.title },
            stance: r.stance,
            offerPosition: r.offerPosition,
            channel: r.channel,
            occurredOn: r.occurredOn.toISOString().slice(0, 10),
            summary: responseSummary(r.vendorText),
          },
        },
      });
    }
  }
  if (!events.length) return;

  const createdAt = new Date();
  const rows = events.flatMap((event) => {
    const eventId = randomUUID();
    const payload = buildWebhookPayload({ eventId, type: event.type, createdAt, organizationId: facts.organizationId, data: event.data });
    return webhooks
      .filter((w) => w.events.includes(event.type))
      .map((w) => ({
        id: randomUUID(),
        organizationId: facts.organizationId,
        webhookId: w.id,
        eventId,
        eventType: event.type,
        payload: payload as unknown as Prisma.InputJsonValue,
        createdAt,
        nextAttemptAt: createdAt,
      }));
  });
  await tx.webhookDelivery.createMany({ data: rows });
  deliverWebhooksAfterCommit(rows.map((r) => r.id));
}

import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/load-actor";

type Tx = Prisma.TransactionClient;

export type AuditEntity =
  | "Organization"
  | "Membership"
  | "Invitation"
  | "User"
  | "Deal"
  | "DealClause"
  | "VendorResponse"
  | "Review"
  | "RiskAcceptance"
  | "DealRecommendation"
  | "Playbook"
  | "PlaybookDraft"
  | "DealDraft"
  | "DraftPassage"
  | "OutboxMessage"
  | "DealSubmission"
  | "ClauseComment"
  | "Notification"
  | "Deliverable"
  | "DeliverableVerification"
  | "ManifestImport"
  | "EscrowArrangement"
  | "EscrowDeposit"
  | "LicenceFindingAcceptance"
  | "Vendor"
  | "VendorMergeProposal"
  | "ApiToken"
  | "Webhook"
  | "WebhookDelivery";

export interface AuditInput {
  entityType: AuditEntity;
  entityId: string;
  action: string;
  dealId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** JSON-safe copy (BigInt money and Dates become strings). */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
}

/**
 * Must be called with the transaction client of the change it records: for a deal only by
 * afterDealChange (lib/services/deal-changes.ts), for anything else only by afterOrganizationChange
 * (lib/services/organization-changes.ts).
 */
export async function recordAudit(tx: Tx, actor: Pick<Actor, "userId" | "organizationId" | "apiTokenId">, input: AuditInput) {
  await tx.auditEvent.create({
    data: {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      apiTokenId: actor.apiTokenId ?? null,
      dealId: input.dealId ?? null,
      entityType: input.entityType,
      entityId: input.entityId,
      action: input.action,
      before: toJson(input.before),
      after: toJson(input.after),
    },
  });
}

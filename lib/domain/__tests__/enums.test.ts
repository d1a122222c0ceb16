import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as ENUMS from "@/lib/domain/enums";
import * as GENERATED from "@/lib/generated/prisma/enums";

// lib/domain/enums.ts repeats the database's enums as plain tuples so pure modules never import
// Prisma. This holds the two copies equal, value for value and in order (forms list them in it).

/** Each Prisma enum and the tuple that mirrors it. */
const TUPLES: Record<string, readonly string[]> = {
  Role: ENUMS.ROLES,
  Priority: ENUMS.PRIORITIES,
  HostingModel: ENUMS.HOSTING_MODELS,
  BaseModelLicenceType: ENUMS.BASE_MODEL_LICENCE_TYPES,
  DealStage: ENUMS.DEAL_STAGES,
  ClauseStatus: ENUMS.CLAUSE_STATUSES,
  SignInOutcome: ENUMS.SIGN_IN_OUTCOMES,
  ResponseChannel: ENUMS.RESPONSE_CHANNELS,
  VendorStance: ENUMS.VENDOR_STANCES,
  OfferPosition: ENUMS.OFFER_POSITIONS,
  ReviewDecision: ENUMS.REVIEW_DECISIONS,
  OutboxStatus: ENUMS.OUTBOX_STATUSES,
  DraftSource: ENUMS.DRAFT_SOURCES,
  DraftMappingOrigin: ENUMS.DRAFT_MAPPING_ORIGINS,
  DraftMappingState: ENUMS.DRAFT_MAPPING_STATES,
  NotificationKind: ENUMS.NOTIFICATION_KINDS,
  NotificationDelivery: ENUMS.NOTIFICATION_DELIVERIES,
  NotificationEmail: ENUMS.NOTIFICATION_EMAIL_STATES,
  UseCaseCategory: ENUMS.USE_CASE_CATEGORIES,
  ApiTokenKind: ENUMS.API_TOKEN_KINDS,
  ApiScope: ENUMS.API_SCOPES,
  WebhookEventType: ENUMS.WEBHOOK_EVENT_TYPES,
  WebhookDeliveryStatus: ENUMS.WEBHOOK_DELIVERY_STATUSES,
  DeliverableKind: ENUMS.DELIVERABLE_KINDS,
  VerificationMethod: ENUMS.VERIFICATION_METHODS,
  EscrowReleaseTrigger: ENUMS.ESCROW_RELEASE_TRIGGERS,
  VendorMergeProposalStatus: ENUMS.VENDOR_MERGE_PROPOSAL_STATUSES,
};

/** `enum Name { A B }` blocks of prisma/schema.prisma, values in declaration order. */
function schemaEnums(): Record<string, string[]> {
  const schema = readFileSync(path.resolve(import.meta.dirname, "../../../prisma/schema.prisma"), "utf8");
  const out: Record<string, string[]> = {};
  for (const [, name, body] of schema.matchAll(/^enum\s+(\w+)\s*\{([^}]*)\}/gm)) {
    out[name] = body
      .split("\n")
      .map((line) => line.replace(/\/\/.*$/, "").trim())
      .filter((line) => line && !line.startsWith("@@"))
      .map((line) => line.split(/\s/)[0]);
  }
  return out;
}

describe("lib/domain/enums.ts and the Prisma schema", () => {
  it("mirror every enum of prisma/schema.prisma, with the same values in the same order", () => {
    const schema = schemaEnums();
    expect(Object.keys(schema).sort()).toEqual(Object.keys(TUPLES).sort());
    for (const [name, tuple] of Object.entries(TUPLES)) expect([...tuple], name).toEqual(schema[name]);
  });

  it("match the generated client's enums", () => {
    const generated = GENERATED as unknown as Record<string, Record<string, string>>;
    for (const [name, tuple] of Object.entries(TUPLES)) expect([...tuple], name).toEqual(Object.values(generated[name]));
  });
});

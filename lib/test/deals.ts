import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { createDeal } from "@/lib/services/deals";
import type { TCreateDeal } from "@/lib/validation/deal";
import type { TLogVendorResponse } from "@/lib/validation/deal-clause";

// Deals for integration tests, created through the real service (so they are pinned to the
// organisation's playbook and carry their checklist, like a deal made in the app).

export function dealInput(ownerId: string, overrides: Partial<TCreateDeal> = {}): TCreateDeal {
  return {
    name: "Claims triage model",
    vendor: "Acme AI",
    useCase: "Route insurance claims",
    modelKind: "Fine-tuned LLM",
    hostingModel: "VENDOR_HOSTED",
    baseModel: "Llama 3.1 8B",
    baseModelLicence: "Llama 3.1 Community",
    baseModelLicenceType: "OPEN_RESTRICTED",
    regulatedSector: false,
    baseModelLicenceKey: null,
    expectedMonthlyUsers: null,
    useCaseCategory: "UNSPECIFIED",
    contractValue: 25_000_000n,
    currency: "EUR",
    stage: "INTAKE",
    targetSigningDate: new Date("2026-09-30T00:00:00Z"),
    ownerId,
    ...overrides,
  };
}

/** Creates a deal as `actor` (owned by the actor unless overridden) and returns it with its first clause. */
export async function createTestDeal(actor: Actor, overrides: Partial<TCreateDeal> = {}) {
  // A deal enters CIO review by a submission, never by the form: a fixture that starts there sets the stage directly.
  const inReview = overrides.stage === "CIO_REVIEW";
  const { id } = await createDeal(actor, dealInput(actor.userId, inReview ? { ...overrides, stage: "INTAKE" } : overrides));
  const db = getDb();
  if (inReview) await db.deal.update({ where: { id }, data: { stage: "CIO_REVIEW" } });
  const deal = await db.deal.findUniqueOrThrow({ where: { id } });
  const clause = await db.dealClause.findFirstOrThrow({
    where: { dealId: id },
    orderBy: { clause: { position: "asc" } },
    include: { clause: { select: { key: true } } },
  });
  return { deal, clause };
}

/** What a settled must-have needs (lib/domain/clause-status.ts): test fixtures that settle clauses give it. */
export const TEST_EVIDENCE = { agreedLanguage: "Agreed as drafted.", contractReference: "MSA §1" } as const;

/** The evidence to send with a status: some for a settled one (unless the clause already holds its own), none otherwise. */
export function evidenceFor(status: string, held: { agreedLanguage: string; contractReference: string } = { agreedLanguage: "", contractReference: "" }) {
  if (status !== "MUST_HAVE_MET" && status !== "FALLBACK_ACCEPTED") return { agreedLanguage: held.agreedLanguage, contractReference: held.contractReference };
  return { agreedLanguage: held.agreedLanguage || TEST_EVIDENCE.agreedLanguage, contractReference: held.contractReference || TEST_EVIDENCE.contractReference };
}

/** A valid vendor-response input for the clause at `version` (a deferral that changes nothing). */
export function responseInput(dealClauseId: string, version: number, overrides: Partial<TLogVendorResponse> = {}): TLogVendorResponse {
  return {
    dealClauseId,
    version,
    occurredOn: new Date("2026-03-02T00:00:00Z"),
    channel: "EMAIL",
    vendorText: "We can discuss this in the next round.",
    stance: "DEFERS",
    offerPosition: "UNCLEAR",
    counterNextStep: "Send our standard clause again",
    newStatus: "",
    notApplicableReason: "",
    // A response that settles the clause brings the evidence a must-have needs.
    ...(overrides.newStatus === "MUST_HAVE_MET" || overrides.newStatus === "FALLBACK_ACCEPTED" ? TEST_EVIDENCE : {}),
    ...overrides,
  };
}

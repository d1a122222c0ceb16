import { z } from "zod";
import { BLOCKER_KINDS } from "@/lib/domain/readiness";
import { READINESS_BANDS } from "@/lib/domain/readiness-band";
import { CLAUSE_STATUSES, LAYER_KEYS, OFFER_POSITIONS, PRIORITIES, RESPONSE_CHANNELS, VENDOR_STANCES } from "@/lib/domain/enums";
import { oneOf, text, ZVersion } from "@/lib/validation/common";
import { ZLogVendorResponse } from "@/lib/validation/deal-clause";

// The public API's shapes for a deal's clauses, its readiness and vendor responses. Request schemas
// reuse the app's own validation (lib/validation) so the API and the forms refuse the same things.

export const ZApiDealClause = z
  .object({
    dealClauseId: z.string(),
    dealId: z.string(),
    clauseKey: z.string().meta({ description: "The playbook clause's key, e.g. `weights-ownership`." }),
    title: z.string(),
    section: z.object({ key: z.enum(LAYER_KEYS), title: z.string() }).meta({ description: "The checklist section (playbook layer) the clause sits in." }),
    priority: z.enum(PRIORITIES).meta({ description: "The priority that counts on this deal: the clause's, or higher when an applicability rule raised it." }),
    applicability: z
      .object({
        ruleEffects: z.array(z.object({ rule: z.number().int(), effect: z.string(), reason: z.string(), priority: z.enum(PRIORITIES).optional() })),
        ruleOverrideReason: z.string().nullable(),
        notApplicableByRule: z.boolean(),
        notApplicableReason: z.string().nullable(),
      })
      .meta({ description: "What the clause's applicability rules did on this deal, and why it is not applicable when it is not." }),
    status: z.enum(CLAUSE_STATUSES),
    agreedLanguage: z.string(),
    contractReference: z.string(),
    notes: z.string(),
    assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
    dueOn: z.string().nullable().meta({ description: "YYYY-MM-DD, or null." }),
    dealOnly: z.boolean().meta({ description: "Added to this deal only, not part of the playbook." }),
    retired: z.boolean().meta({ description: "Retired by a playbook upgrade: read-only history, out of readiness." }),
    recheckReason: z.string().nullable(),
    version: z.number().int().meta({ description: "Send it back as If-Match to change the clause." }),
    updatedAt: z.string(),
  })
  .meta({ id: "DealClause", description: "One clause of a deal's checklist." });

export const ZApiDealClauseList = z
  .object({ data: z.array(ZApiDealClause) })
  .meta({ id: "DealClauseList", description: "A deal's clauses, in playbook order." });

export const ZListDealClausesQuery = z
  .object({
    status: oneOf(CLAUSE_STATUSES, "status").optional(),
    section: oneOf(LAYER_KEYS, "section").optional(),
  })
  .meta({ id: "ListDealClausesQuery", description: "Optional filters: one status, one section (layer key)." });

export const ZDealPath = z.object({ dealId: z.string().min(1).max(100) });
export const ZDealClausePath = z.object({ dealId: z.string().min(1).max(100), dealClauseId: z.string().min(1).max(100) });

export const ZApiReadiness = z
  .object({
    dealId: z.string(),
    score: z.number().int().meta({ description: "0–100, weighted by priority (not-applicable clauses excluded)." }),
    ready: z.boolean().meta({ description: "No blockers." }),
    band: z.enum(READINESS_BANDS).meta({ description: "The portfolio's band: ready (no blockers), close (≥ 70), partial (≥ 40), early." }),
    blockers: z.array(
      z.object({
        kind: z.enum(BLOCKER_KINDS),
        clause: z.object({ key: z.string(), dealClauseId: z.string().nullable() }).nullable(),
        scenarioKey: z.string().nullable(),
        findingKey: z.string().nullable(),
        message: z.string(),
      }),
    ),
    coverage: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        covered: z.boolean(),
        acceptedRisk: z.boolean(),
        missing: z.array(z.object({ clauseKey: z.string(), title: z.string() })),
        message: z.string(),
      }),
    ),
    sections: z.array(z.object({ key: z.enum(LAYER_KEYS), score: z.number().int(), applicable: z.number().int() })),
  })
  .meta({ id: "DealReadiness", description: "A deal's readiness, from the same function as the deal page, the CIO review and the portfolio." });

export const ZApiUpdateDealClause = z
  .object({
    status: oneOf(CLAUSE_STATUSES, "status"),
    agreedLanguage: text("Agreed language", 20_000).optional(),
    contractReference: text("Contract section", 200).optional(),
    notes: text("Notes", 20_000).optional(),
    notApplicableReason: text("Reason", 1000).optional(),
  })
  .meta({
    id: "UpdateDealClause",
    description:
      "The clause's new status; the other fields, when present, replace the clause's (absent: kept). A met or fallback status needs agreed language; not applicable needs a reason.",
  });

export const ZApiLogVendorResponse = ZLogVendorResponse.omit({ dealClauseId: true, version: true })
  .extend({
    clauseVersion: ZVersion.optional().meta({
      description: "The clause version you last read. Required with `newStatus` (a status change must not overwrite a newer one); If-Match is not used here.",
    }),
  })
  .superRefine((value, context) => {
    if (value.newStatus !== "" && value.clauseVersion === undefined) {
      context.addIssue({ code: "custom", path: ["clauseVersion"], message: "Send the clause version you last read with a new status" });
    }
  })
  .meta({
    id: "LogVendorResponse",
    description:
      "What the vendor said about the clause. With `newStatus`, the clause moves to it in the same step (then `clauseVersion` is required; a met status needs agreed language).",
  });

export const ZApiVendorResponse = z
  .object({
    id: z.string(),
    dealId: z.string(),
    dealClauseId: z.string(),
    occurredOn: z.string(),
    channel: z.enum(RESPONSE_CHANNELS),
    vendorText: z.string(),
    stance: z.enum(VENDOR_STANCES),
    offerPosition: z.enum(OFFER_POSITIONS),
    counterNextStep: z.string(),
    redFlags: z
      .array(z.string())
      .meta({ description: "Keys of the vendor pitches and risky phrases recognised in `vendorText`, per the deal's playbook version." }),
    clause: z.object({ status: z.enum(CLAUSE_STATUSES), version: z.number().int() }).meta({ description: "The clause after the response was logged." }),
  })
  .meta({ id: "VendorResponse", description: "A logged vendor response." });

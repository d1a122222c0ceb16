import { z } from "zod";
import { BASE_MODEL_LICENCE_TYPES, DEAL_STAGES, HOSTING_MODELS, USE_CASE_CATEGORIES, type DealStage } from "@/lib/domain/enums";
import { READINESS_BANDS, readinessBand } from "@/lib/domain/readiness-band";
import type { DealRecord } from "@/lib/services/deal-records";
import { ZId } from "@/lib/validation/common";
import { ZDealFields, type TCreateDeal } from "@/lib/validation/deal";
import { minorToDecimal, ZDecimalAmount } from "./money";

// A deal as the public API shows it, and the bodies that create and change one. The mapping from a
// database row (toApiDeal) is the one place the API's deal shape is made; webhooks may reuse it.

export const ZApiDeal = z
  .object({
    id: z.string(),
    name: z.string(),
    vendor: z.object({ id: z.string(), name: z.string() }).meta({ description: "The vendor record; `name` is what the deal shows." }),
    stage: z.enum(DEAL_STAGES),
    hostingModel: z.enum(HOSTING_MODELS),
    useCase: z.string(),
    modelKind: z.string(),
    baseModel: z.string(),
    baseModelLicence: z.string().meta({ description: "The licence's name: the registry entry's, or free text when `baseModelLicenceKey` is null." }),
    baseModelLicenceType: z.enum(BASE_MODEL_LICENCE_TYPES),
    baseModelLicenceKey: z.string().nullable().meta({ description: "Key of the licence in the app's licence registry; null: free text, unchecked." }),
    expectedMonthlyUsers: z.number().int().nullable().meta({ description: "Expected monthly active users of the model; null: not stated." }),
    useCaseCategory: z.enum(USE_CASE_CATEGORIES),
    regulatedSector: z.boolean(),
    contractValue: ZDecimalAmount,
    currency: z.string().length(3),
    targetSigningDate: z.iso.date().nullable().meta({ description: "YYYY-MM-DD, or null." }),
    owner: z.object({ id: z.string(), name: z.string() }),
    readiness: z
      .object({
        score: z.number().int().min(0).max(100),
        band: z.enum(READINESS_BANDS).meta({ description: "ready (no blockers), else close, partial or early by score." }),
        blockers: z.number().int().min(0).meta({ description: "Open must-haves and other blocking items." }),
      })
      .meta({ description: "As of the deal's last change (kept with every change to the deal or its clauses)." }),
    playbookVersion: z.number().int().meta({ description: "The playbook version the deal's checklist comes from." }),
    archived: z.boolean(),
    version: z.number().int().meta({ description: 'Changes with every change to the deal; send it back as If-Match: "<version>" to update.' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    links: z.object({ self: z.string().meta({ description: "This deal in the API." }), app: z.string().meta({ description: "This deal's page in the app." }) }),
  })
  .meta({ id: "Deal", description: "A deal: an AI model the organisation is negotiating with a vendor." });
export type ApiDeal = z.output<typeof ZApiDeal>;

export function dealLinks(dealId: string) {
  return { self: `/api/v1/deals/${dealId}`, app: `/deals/${dealId}` };
}

export function toApiDeal(deal: DealRecord): ApiDeal {
  return {
    id: deal.id,
    name: deal.name,
    vendor: { id: deal.vendorId, name: deal.vendor },
    stage: deal.stage as DealStage,
    hostingModel: deal.hostingModel,
    useCase: deal.useCase,
    modelKind: deal.modelKind,
    baseModel: deal.baseModel,
    baseModelLicence: deal.baseModelLicence,
    baseModelLicenceType: deal.baseModelLicenceType,
    baseModelLicenceKey: deal.baseModelLicenceKey,
    expectedMonthlyUsers: deal.expectedMonthlyUsers,
    useCaseCategory: deal.useCaseCategory,
    regulatedSector: deal.regulatedSector,
    contractValue: minorToDecimal(deal.contractValueMinor),
    currency: deal.currency,
    targetSigningDate: deal.targetSigningDate ? deal.targetSigningDate.toISOString().slice(0, 10) : null,
    owner: { id: deal.owner.id, name: deal.owner.name },
    readiness: { score: deal.readinessScore, band: readinessBand(deal.readinessScore, deal.readinessReady), blockers: deal.blockerCount },
    playbookVersion: deal.playbook.version,
    archived: deal.archivedAt !== null,
    version: deal.version,
    createdAt: deal.createdAt.toISOString(),
    updatedAt: deal.updatedAt.toISOString(),
    links: dealLinks(deal.id),
  };
}

/** The deal's current values as the update service takes them, to merge a partial change over. */
export function dealInputOf(deal: DealRecord): TCreateDeal {
  return {
    name: deal.name,
    vendor: deal.vendor,
    useCase: deal.useCase,
    modelKind: deal.modelKind,
    hostingModel: deal.hostingModel,
    baseModel: deal.baseModel,
    baseModelLicence: deal.baseModelLicence,
    baseModelLicenceType: deal.baseModelLicenceType,
    regulatedSector: deal.regulatedSector,
    baseModelLicenceKey: deal.baseModelLicenceKey,
    expectedMonthlyUsers: deal.expectedMonthlyUsers,
    useCaseCategory: deal.useCaseCategory,
    contractValue: deal.contractValueMinor,
    currency: deal.currency as TCreateDeal["currency"],
    stage: deal.stage,
    targetSigningDate: deal.targetSigningDate,
    ownerId: deal.ownerId,
  };
}

export const ZApiDealList = z
  .object({
    data: z.array(ZApiDeal),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  })
  .meta({ id: "DealList", description: "A page of deals, most recently changed first." });

// A misspelt field is refused, not silently ignored.
function unknownFields(issue: { code?: string; keys?: string[] }) {
  return issue.code === "unrecognized_keys" ? `Not fields of a deal: ${issue.keys?.join(", ")}` : undefined;
}

// The form's default is 0n, which JSON Schema cannot show: the same default as the input "0".
const CONTRACT_VALUE = ZDealFields.shape.contractValue
  .unwrap()
  .prefault("0")
  .meta({ description: 'In major units, a string or a number: "250000", "250,000.00" or 250000.5 (default 0).' });

const OWNER_ID = ZId.optional().meta({ description: "The owning person's user id (a member of the organisation); default: the caller." });

/** The deal form's fields (lib/validation/deal.ts). */
export const ZApiDealCreate = z
  .strictObject({ ...ZDealFields.shape, contractValue: CONTRACT_VALUE, ownerId: OWNER_ID }, { error: unknownFields })
  .meta({ id: "DealCreate", description: "A new deal. `vendor` is a vendor's name: an existing vendor with that name, or a new one." });

type DealFieldShape = typeof ZDealFields.shape;
type PatchShape = { [K in keyof DealFieldShape]: z.ZodOptional<DealFieldShape[K] extends z.ZodDefault<infer Inner> ? Inner : DealFieldShape[K]> };

// Every field optional and without its default: a field left out keeps the deal's current value.
const patchShape = Object.fromEntries(
  Object.entries(ZDealFields.shape).map(([key, schema]) => [key, (schema instanceof z.ZodDefault ? schema.unwrap() : schema).optional()]),
) as unknown as PatchShape;

export const ZApiDealPatch = z
  .strictObject(patchShape, { error: unknownFields })
  .refine((patch) => Object.keys(patch).length > 0, "Send at least one field to change")
  .meta({
    id: "DealPatch",
    description: "Any of the deal's fields; those left out keep their current value. Stage changes follow the same rules as in the app.",
  });

import { z } from "zod";
import { BASE_MODEL_LICENCE_TYPES, DEAL_STAGES, HOSTING_MODELS } from "@/lib/domain/enums";
import { CURRENCIES, parseMoneyToMinor } from "@/lib/domain/money";
import { READINESS_BANDS } from "@/lib/domain/readiness-band";
import { SIGNING_WINDOWS } from "./portfolio";
import { LICENCE_FACT_FIELDS } from "./licence";
import { oneOf, optionalText, requiredText, text, ZId, ZOptionalDate, ZPageParam, ZVersion } from "./common";
import { vendorName } from "./vendor";

const ZContractValue = z.union([z.string(), z.number()], { error: "Enter an amount, e.g. 250000 or 250,000.00" }).transform((value, ctx) => {
  const minor = parseMoneyToMinor(String(value));
  if (minor === null) {
    ctx.addIssue({ code: "custom", message: "Enter an amount, e.g. 250000 or 250,000.00" });
    return z.NEVER;
  }
  return minor;
});

export const ZDealFields = z.object({
  name: requiredText("Deal name", 200),
  // The vendor's name: an existing vendor of the organisation (same exact key) or a new one (lib/services/vendor-records.ts).
  vendor: vendorName("Vendor"),
  useCase: text("Use case", 2000).default(""),
  modelKind: text("Model kind", 200).default(""),
  hostingModel: oneOf(HOSTING_MODELS, "hosting model"),
  baseModel: text("Base model", 200).default(""),
  baseModelLicence: text("Base model licence", 200).default(""),
  baseModelLicenceType: oneOf(BASE_MODEL_LICENCE_TYPES, "base model licence type").default("UNKNOWN"),
  regulatedSector: z
    .union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")], { error: "Choose whether the deal is in a regulated sector" })
    .default(false),
  ...LICENCE_FACT_FIELDS,
  contractValue: ZContractValue.default(0n),
  currency: oneOf(CURRENCIES, "currency"),
  stage: oneOf(DEAL_STAGES, "stage").default("INTAKE"),
  targetSigningDate: ZOptionalDate.default(null),
  ownerId: ZId,
});

export const ZCreateDeal = ZDealFields;
export type TCreateDeal = z.output<typeof ZCreateDeal>;

export const ZUpdateDeal = ZDealFields.extend({ dealId: ZId, version: ZVersion });
export type TUpdateDeal = z.output<typeof ZUpdateDeal>;

export const ZArchiveDeal = z.object({
  dealId: ZId,
  version: ZVersion,
  archived: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).default(true),
});
export type TArchiveDeal = z.output<typeof ZArchiveDeal>;

export const DEAL_SORTS = ["updated", "name", "vendor", "signing", "value", "stage"] as const;

export const ZDealListQuery = z.object({
  q: optionalText(200),
  stage: z.enum(DEAL_STAGES).optional().catch(undefined),
  ownerId: optionalText(64),
  vendor: optionalText(200),
  sort: z.enum(DEAL_SORTS).default("updated").catch("updated"),
  dir: z.enum(["asc", "desc"]).default("desc").catch("desc"),
  page: ZPageParam,
  archived: z.enum(["only", "include"]).optional().catch(undefined),
  // Drill-downs from the portfolio dashboard: each figure links to the deals behind it.
  signing: z.enum(SIGNING_WINDOWS).optional().catch(undefined),
  band: z.enum(READINESS_BANDS).optional().catch(undefined),
  exposed: z.literal("1").optional().catch(undefined),
  atRisk: z.literal("1").optional().catch(undefined),
  // A failure-scenario key (kebab-case, as in the playbook).
  uncovered: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(80)
    .optional()
    .catch(undefined),
  pushback: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  pitch: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  // From the portfolio's licence panel: a registry key, "unchecked" (free text) or "none"; open blocking findings.
  licence: z
    .string()
    .trim()
    .regex(/^[a-z0-9.-]{1,100}$/)
    .optional()
    .catch(undefined),
  licenceFindings: z.literal("open").optional().catch(undefined),
});
export type TDealListQuery = z.output<typeof ZDealListQuery>;

/** The portfolio drill-downs a deal-list query may carry. */
export const DEAL_DRILL_DOWNS = ["signing", "band", "exposed", "atRisk", "uncovered", "pushback", "pitch", "licence", "licenceFindings"] as const;

/** Whether the query narrows the list at all (search, filters, archive view or a drill-down). */
export function hasActiveFilters(query: TDealListQuery): boolean {
  return Boolean(query.q || query.stage || query.ownerId || query.vendor || query.archived || DEAL_DRILL_DOWNS.some((key) => query[key] !== undefined));
}

import type { BaseModelLicenceType, DealStage, HostingModel } from "@/lib/domain/enums";
import type { Tone } from "./tone";
import type { DealFact, DealFacts } from "@/lib/domain/review-snapshot";
import { findLicence } from "@/lib/licences/findings";
import { formatUsers, USE_CASE_CATEGORY_LABEL } from "./licence-labels";
import { formatMinor } from "./money";

export const DEAL_STAGE_LABEL: Record<DealStage, string> = {
  INTAKE: "Intake",
  NEGOTIATING: "Negotiating",
  CIO_REVIEW: "CIO review",
  APPROVED: "Approved",
  SIGNED: "Signed",
  WALKED_AWAY: "Walked away",
};

export const DEAL_STAGE_TONE: Record<DealStage, Tone> = {
  INTAKE: "open",
  NEGOTIATING: "info",
  CIO_REVIEW: "warn",
  APPROVED: "good",
  SIGNED: "good",
  WALKED_AWAY: "muted",
};

export const HOSTING_MODEL_LABEL: Record<HostingModel, string> = {
  SELF_HOSTED: "Self-hosted",
  VENDOR_HOSTED: "Vendor-hosted",
  API_ONLY: "API only",
  HYBRID: "Hybrid",
};

export const BASE_MODEL_LICENCE_TYPE_LABEL: Record<BaseModelLicenceType, string> = {
  UNKNOWN: "Unknown",
  NONE: "None (built from scratch)",
  OPEN_PERMISSIVE: "Open, permissive (e.g. Apache-2.0, MIT)",
  OPEN_RESTRICTED: "Open with restrictions (community / responsible-AI licences)",
  PROPRIETARY: "Proprietary",
};

export const DEAL_FACT_LABEL: Record<DealFact, string> = {
  vendor: "Vendor",
  hostingModel: "Hosting model",
  baseModel: "Base model",
  baseModelLicence: "Base model licence",
  baseModelLicenceType: "Base model licence type",
  regulatedSector: "Regulated sector",
  baseModelLicenceKey: "Licence in the registry",
  expectedMonthlyUsers: "Expected monthly users",
  useCaseCategory: "Use case category",
  contractValueMinor: "Contract value",
  currency: "Currency",
};

/** One deal fact as a person reads it: the hosting model by its label, an amount in its currency. */
export function formatDealFact(fact: DealFact, facts: DealFacts): string {
  if (fact === "hostingModel") return HOSTING_MODEL_LABEL[facts.hostingModel];
  if (fact === "contractValueMinor") return formatMinor(facts.contractValueMinor, facts.currency);
  if (fact === "baseModelLicenceType") return facts.baseModelLicenceType ? BASE_MODEL_LICENCE_TYPE_LABEL[facts.baseModelLicenceType] : "—";
  if (fact === "baseModelLicenceKey")
    return facts.baseModelLicenceKey ? (findLicence(facts.baseModelLicenceKey)?.name ?? facts.baseModelLicenceKey) : "Unchecked (free text)";
  if (fact === "expectedMonthlyUsers") return formatUsers(facts.expectedMonthlyUsers);
  if (fact === "useCaseCategory") return facts.useCaseCategory ? USE_CASE_CATEGORY_LABEL[facts.useCaseCategory] : "—";
  if (fact === "regulatedSector") return facts.regulatedSector === undefined ? "—" : facts.regulatedSector ? "Yes" : "No";
  return facts[fact] || "—";
}

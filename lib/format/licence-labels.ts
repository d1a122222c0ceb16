import type { UseCaseCategory } from "@/lib/domain/enums";
import type { FindingSeverity } from "@/lib/licences/types";
import type { Tone } from "./tone";

export const USE_CASE_CATEGORY_LABEL: Record<UseCaseCategory, string> = {
  UNSPECIFIED: "Not stated",
  GENERAL_BUSINESS: "General business (internal productivity, search, drafting)",
  CUSTOMER_FACING: "Customer-facing assistant or product",
  SOFTWARE_DEVELOPMENT: "Software development",
  HEALTHCARE: "Healthcare or medical",
  FINANCIAL_DECISIONS: "Financial decisions (credit, insurance, investment)",
  EMPLOYMENT_DECISIONS: "Employment decisions (hiring, promotion)",
  LEGAL_ADVICE: "Legal advice",
  CRITICAL_INFRASTRUCTURE: "Critical infrastructure or heavy machinery",
  SURVEILLANCE_BIOMETRICS: "Surveillance or biometrics",
  MILITARY_DEFENCE: "Military or defence",
  MODEL_DEVELOPMENT: "Training or improving other models",
};

export const FINDING_SEVERITY_LABEL: Record<FindingSeverity, string> = { BLOCKING: "Blocking", WARNING: "Warning", INFO: "Note" };

export const FINDING_SEVERITY_TONE: Record<FindingSeverity, Tone> = { BLOCKING: "bad", WARNING: "warn", INFO: "info" };

const USERS = new Intl.NumberFormat("en-GB");

/** Expected monthly users as a person reads them: "900,000,000", or "Not stated". */
export function formatUsers(users: number | null | undefined): string {
  return users === null || users === undefined ? "Not stated" : USERS.format(users);
}

import type { BaseModelLicenceType } from "@/lib/domain/enums";
import type { ContractValueBand, RuleEffect } from "@/lib/playbook/format";

// Words for the applicability-rule editor (/playbook/edit/clauses/…).

export const LICENCE_TYPE_LABEL: Record<BaseModelLicenceType, string> = {
  UNKNOWN: "Not known yet",
  NONE: "No base model",
  OPEN_PERMISSIVE: "Open, permissive",
  OPEN_RESTRICTED: "Open, with restrictions",
  PROPRIETARY: "Proprietary",
};

export const VALUE_BAND_LABEL: Record<ContractValueBand, string> = {
  UNDER_100K: "Under 100k",
  "100K_TO_1M": "100k to 1M",
  OVER_1M: "Over 1M",
};

export const RULE_EFFECT_LABEL: Record<RuleEffect, string> = {
  NOT_APPLICABLE: "Not applicable",
  RAISE_PRIORITY: "Raise the priority",
};

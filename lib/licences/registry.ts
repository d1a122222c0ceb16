import type { BaseModelLicenceType } from "@/lib/domain/enums";
import { BASE_MODEL_LICENCE_TYPE_LABEL } from "@/lib/format/deal-labels";
import type { LicenceEntry } from "./types";
import { FALCON_ENTRIES } from "./registry/falcon";
import { GOOGLE_ENTRIES } from "./registry/google";
import { LLAMA_ENTRIES } from "./registry/meta-llama";
import { MISTRAL_ENTRIES } from "./registry/mistral";
import { PERMISSIVE_ENTRIES } from "./registry/permissive";
import { PROPRIETARY_ENTRIES } from "./registry/proprietary";
import { QWEN_ENTRIES } from "./registry/qwen";
import { RAIL_ENTRIES } from "./registry/rail";

// The base-model licence registry: reviewed data, kept in the repository so a change to a fact is a
// reviewed commit. Every fact is in our own words and cites the section of the licence text it rests
// on; reviewedOn is the day a person last checked the entry against that text. Each file under
// registry/ says where its texts were found and which facts could not be checked.

export const LICENCE_REGISTRY: readonly LicenceEntry[] = [
  ...LLAMA_ENTRIES,
  ...GOOGLE_ENTRIES,
  ...QWEN_ENTRIES,
  ...PERMISSIVE_ENTRIES,
  ...MISTRAL_ENTRIES,
  ...FALCON_ENTRIES,
  ...RAIL_ENTRIES,
  ...PROPRIETARY_ENTRIES,
];

/** One licence as a picker lists it. */
export interface RegistryOption {
  key: string;
  /** Name and version, e.g. "Llama 3.1 Community License — 3.1 (released 23 July 2024)". */
  label: string;
  models: string[];
}

/** The options of one licence type, under that type's label. */
export interface RegistryOptionGroup {
  licenceType: BaseModelLicenceType;
  label: string;
  options: RegistryOption[];
}

// Least to most restrictive: the order a negotiator reads the choice in.
const GROUP_ORDER: readonly BaseModelLicenceType[] = ["OPEN_PERMISSIVE", "OPEN_RESTRICTED", "PROPRIETARY"];
const byLabel = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** The registry grouped by licence type, each group sorted by label (numbers in their natural order). */
export function registryOptions(registry: readonly LicenceEntry[] = LICENCE_REGISTRY): RegistryOptionGroup[] {
  return GROUP_ORDER.map((licenceType) => ({
    licenceType,
    label: BASE_MODEL_LICENCE_TYPE_LABEL[licenceType],
    options: registry
      .filter((entry) => entry.licenceType === licenceType)
      .map((entry) => ({ key: entry.key, label: `${entry.name} — ${entry.version}`, models: [...entry.models] }))
      .sort((a, b) => byLabel.compare(a.label, b.label)),
  })).filter((group) => group.options.length > 0);
}

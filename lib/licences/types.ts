import type { BaseModelLicenceType, HostingModel, UseCaseCategory } from "@/lib/domain/enums";

// The base-model licence registry's shape (lib/licences/registry.ts) and the findings derived from a
// deal's facts (lib/licences/findings.ts). Pure types: the registry is reviewed data in the repository.

/** Where in the licence text a fact comes from: the text's address and the section that says it. */
export interface LicenceCitation {
  url: string;
  /** The section, e.g. "§2 Additional Commercial Terms" or "Attachment A, item 3". */
  section: string;
}

/** One fact about a licence, in our own words, with its citation. */
export interface LicenceFact<T> {
  value: T;
  /** What the licence says, paraphrased for a negotiator (never pasted from the licence). */
  says: string;
  cite: LicenceCitation;
}

/** How a licence treats one use-case category: forbidden outright, or allowed only under a condition. */
export interface UseRestriction {
  category: Exclude<UseCaseCategory, "UNSPECIFIED">;
  level: "prohibited" | "conditional";
  /** The restriction in our words, e.g. "No military or warfare use". */
  says: string;
}

export type Permission3 = "allowed" | "conditional" | "not-allowed";

export interface LicenceEntry {
  /** Stable key stored on the deal (Deal.baseModelLicenceKey), e.g. "llama-3.1-community". */
  key: string;
  name: string;
  version: string;
  /** Address of the licence text. */
  textUrl: string;
  /** The day a person last checked these facts against the text (ISO date). */
  reviewedOn: string;
  /** The coarse type the applicability rules read (Deal.baseModelLicenceType). */
  licenceType: BaseModelLicenceType;
  /** Model families released under it, for the picker, e.g. ["Llama 3.1 8B", "Llama 3.1 70B"]. */
  models: string[];
  facts: {
    commercialUse: LicenceFact<Permission3>;
    /** Monthly active users above which the licensor's separate permission is needed (null: no threshold). */
    userThreshold: LicenceFact<number | null>;
    restrictedUses: LicenceFact<UseRestriction[]>;
    /** Attribution or notice duty for products and derivatives (null: none beyond keeping the licence text). */
    attribution: LicenceFact<string | null>;
    /** Naming duty for derivative models (null: none). */
    derivativeNaming: LicenceFact<string | null>;
    /** May the weights, and a fine-tuned derivative of them, be handed to the client? */
    weightsRedistribution: LicenceFact<Permission3>;
    /** May the model's outputs be used to train or improve other models? */
    outputsTrainOtherModels: LicenceFact<Permission3>;
    /**
     * Must the licence's use restrictions be written into any agreement under which the model, or a
     * derivative, is handed on or served to others (RAIL licences, Gemma, Falcon)? Absent: no such duty.
     */
    restrictionsPassThrough?: LicenceFact<boolean>;
  };
}

export type FindingSeverity = "BLOCKING" | "WARNING" | "INFO";

/** Something about the deal's base-model licence a negotiator or CIO must act on. */
export interface LicenceFinding {
  /** Stable per deal (what a written acceptance names), e.g. "user-threshold", "restricted-use:HEALTHCARE". */
  key: string;
  severity: FindingSeverity;
  title: string;
  /** Why, with the deal's fact and the licence's, in a sentence or two. */
  message: string;
  /** The licence fact it rests on (absent for findings about missing facts, e.g. an unchecked licence). */
  cite?: LicenceCitation;
}

/** The deal facts findings are derived from. */
export interface LicenceFindingInput {
  /** Registry key, or null when the licence is free text (or not given). */
  licenceKey: string | null;
  /** The free-text licence name (Deal.baseModelLicence). */
  licenceText: string;
  baseModel: string;
  expectedMonthlyUsers: number | null;
  useCaseCategory: UseCaseCategory;
  hostingModel: HostingModel;
}

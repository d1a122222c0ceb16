import type { LicenceEntry, UseRestriction } from "../types";
import { REVIEWED_ON } from "./reviewed-on";

// Responsible AI Licences (RAIL): open, royalty-free, with use restrictions (Attachment A) that every
// downstream agreement must repeat, so they follow the model and its derivatives to the client.
//
// Where the text was found (2026-12-02):
// - BigScience OpenRAIL-M (18 August 2022): in full, quoted clause by clause in an annotated copy (search
//   tool, code corpus, id 11568529698), §4–§6 and Attachment A items (a)–(m) read.
// - CreativeML Open RAIL-M (22 August 2022): in full, in the licence header of a Stable Diffusion
//   derivative's source (code corpus, id 796179856); its Attachment A is the BigScience list without the
//   machine-generated disclosure and impersonation items.
// - BigScience RAIL License v1.0 (BLOOM, 19 May 2022): only the opening of the text was readable (several
//   Hugging Face copies, docs corpus). Its §4.a pass-on duty and §5 restrictions are confirmed by
//   BigScience's own request to a licensee on Hugging Face; its medical-advice restriction by the
//   BioMedLM model card. Its other Attachment A items are not listed because we could not read them.

const BIGSCIENCE_OPENRAIL = "https://www.licenses.ai/blog/2022/8/26/bigscience-open-rail-m-license";
const CREATIVEML = "https://huggingface.co/spaces/CompVis/stable-diffusion-license";
const BLOOM_RAIL = "https://huggingface.co/spaces/bigscience/license";

const MEDICAL: UseRestriction = {
  category: "HEALTHCARE",
  level: "prohibited",
  says: "No giving medical advice or interpreting medical results, even under a professional's supervision.",
};
const AUTOMATED_DECISIONS = "No fully automated decisions that harm a person's legal rights or create binding obligations: keep a person in the decision.";
const ATTACHMENT_A: UseRestriction[] = [
  MEDICAL,
  { category: "FINANCIAL_DECISIONS", level: "conditional", says: AUTOMATED_DECISIONS },
  { category: "EMPLOYMENT_DECISIONS", level: "conditional", says: AUTOMATED_DECISIONS },
  {
    category: "SURVEILLANCE_BIOMETRICS",
    level: "conditional",
    says: "No predicting crime or profiling people for law enforcement, justice or immigration, and no disclosing personal data to harm someone.",
  },
];

interface RailLicence {
  key: string;
  name: string;
  version: string;
  url: string;
  models: string[];
  restrictions: UseRestriction[];
  /** Section references differ slightly between the licences. */
  sections: { grant: string; distribution: string; useRestrictions: string; outputs: string };
  restrictionsSay: string;
  /** Overrides the outputs fact's wording where the licence's definitions could not be read. */
  outputsSay?: string;
}

function railEntry(rail: RailLicence): LicenceEntry {
  const { url, sections } = rail;
  return {
    key: rail.key,
    name: rail.name,
    version: rail.version,
    textUrl: url,
    reviewedOn: REVIEWED_ON,
    licenceType: "OPEN_RESTRICTED",
    models: rail.models,
    facts: {
      commercialUse: {
        value: "allowed",
        says: "Royalty-free use, hosting and distribution, commercial or not, within the use restrictions.",
        cite: { url, section: sections.grant },
      },
      userThreshold: { value: null, says: "No user-count threshold.", cite: { url, section: sections.grant } },
      restrictedUses: { value: rail.restrictions, says: rail.restrictionsSay, cite: { url, section: sections.useRestrictions } },
      attribution: {
        value: "Copies given to others ship with the licence, mark changed files and keep the existing notices.",
        says: "Distribution carries the licence, change notices and the original notices.",
        cite: { url, section: sections.distribution },
      },
      derivativeNaming: { value: null, says: "No naming rule.", cite: { url, section: sections.distribution } },
      weightsRedistribution: {
        value: "conditional",
        says: "The model and derivatives may go to the client, but only under an agreement that repeats the use restrictions.",
        cite: { url, section: sections.distribution },
      },
      outputsTrainOtherModels: {
        value: "conditional",
        says:
          rail.outputsSay ??
          "No use of outputs may break the licence; a model trained on its outputs to behave like it is a derivative bound by the same restrictions.",
        cite: { url, section: sections.outputs },
      },
      restrictionsPassThrough: {
        value: true,
        says: "The use restrictions must be an enforceable term of every agreement under which the model or a derivative is used, hosted or passed on.",
        cite: { url, section: sections.distribution },
      },
    },
  };
}

const OPENRAIL_SECTIONS = {
  grant: "§2 Grant of Copyright License",
  distribution: "§4 Distribution and Redistribution (a)–(d)",
  useRestrictions: "§5 and Attachment A",
  outputs: "§1 Derivatives of the Model; §6 The Output You Generate",
};

export const RAIL_ENTRIES: readonly LicenceEntry[] = [
  railEntry({
    key: "bigscience-openrail-m",
    name: "BigScience OpenRAIL-M",
    version: "18 August 2022",
    url: BIGSCIENCE_OPENRAIL,
    models: ["BigScience OpenRAIL-M models (e.g. Supertonic 3 text-to-speech)"],
    restrictions: ATTACHMENT_A,
    sections: OPENRAIL_SECTIONS,
    restrictionsSay:
      "Attachment A lists forbidden uses, among them unlawful use, harming minors, harmful disinformation, undisclosed machine-generated content and impersonation.",
  }),
  railEntry({
    key: "creativeml-openrail-m",
    name: "CreativeML Open RAIL-M",
    version: "22 August 2022",
    url: CREATIVEML,
    models: ["Stable Diffusion v1.4", "Stable Diffusion v1.5"],
    restrictions: ATTACHMENT_A,
    sections: OPENRAIL_SECTIONS,
    restrictionsSay: "Attachment A lists forbidden uses, among them unlawful use, harming minors, harmful disinformation, defamation and discrimination.",
  }),
  railEntry({
    key: "bloom-rail-1.0",
    name: "BigScience RAIL License",
    version: "1.0 (19 May 2022)",
    url: BLOOM_RAIL,
    models: ["BLOOM 560M", "BLOOM 1B7", "BLOOM 7B1", "BLOOM 176B"],
    restrictions: [MEDICAL],
    sections: {
      grant: "Preamble; Section II grants",
      distribution: "§4 Distribution and Redistribution, including §4.a",
      useRestrictions: "§5 and Attachment A (only the medical item verified)",
      outputs: "§5 and Attachment A",
    },
    outputsSay: "Not checked against the text: treat training other models on outputs as bound by the use restrictions until the licence is read.",
    restrictionsSay: "Attachment A lists forbidden uses; only the medical-advice item could be checked, so treat the list as incomplete.",
  }),
];

import type { LicenceEntry, UseRestriction } from "../types";
import { REVIEWED_ON } from "./reviewed-on";

// Meta's Llama community licences. The 3.1, 3.2, 3.3 and 4 agreements are the same text apart from the
// version name, date and the address of the acceptable use policy (AUP) they incorporate; the AUPs
// differ in that 3.2 and later withhold the licence for multimodal models from EU-based licensees.
//
// Where the text was found (2026-12-02): the agreements in github.com/meta-llama/llama-models at
// models/llama3_1/LICENSE, models/llama3_2/LICENSE, models/llama3_3/LICENSE and models/llama4/LICENSE
// (read in full); the AUPs at models/llama3_1/USE_POLICY.md, models/llama3_2/USE_POLICY.md and
// models/llama3_3/USE_POLICY.md (read in full). The Llama 4 AUP is not in the repository snapshot
// the search tool holds: its opening lines were found, and its EU multimodal clause only as quoted by
// several third parties (same words as the 3.2 and 3.3 AUPs); its prohibited-use list is taken to
// match 3.3's, which a third-party summary of it confirms but we did not read ourselves.

const REPO = "https://github.com/meta-llama/llama-models/blob/main/models";

interface LlamaRelease {
  key: string;
  version: string;
  released: string;
  dir: string;
  /** Appended to the licence's name where one agreement covers releases with different facts. */
  nameSuffix?: string;
  models: string[];
  /** The release includes multimodal models, which the AUP withholds from EU-based licensees. */
  multimodal: boolean;
  /** How the AUP numbers its sections (3.1's uses bullets, later ones numbered lists). */
  aupSections: { law: string; harm: string; eu?: string };
  /** 3.1's AUP words the privacy item differently. */
  privacy: string;
  /** Where the AUP was read; null when only third-party quotations of it were found. */
  aupRead: string | null;
}

function restrictions(privacy: string): UseRestriction[] {
  return [
    { category: "MILITARY_DEFENCE", level: "prohibited", says: "No military, warfare, nuclear or espionage use, nor anything under ITAR." },
    {
      category: "CRITICAL_INFRASTRUCTURE",
      level: "prohibited",
      says: "No operating critical infrastructure, transport or heavy machinery where it risks death or injury.",
    },
    { category: "SURVEILLANCE_BIOMETRICS", level: "conditional", says: privacy },
    {
      category: "HEALTHCARE",
      level: "conditional",
      says: "No unlicensed practice of medicine: the model may support licensed professionals, not stand in for them.",
    },
    { category: "LEGAL_ADVICE", level: "conditional", says: "No unlicensed practice of law." },
    { category: "FINANCIAL_DECISIONS", level: "conditional", says: "No unlicensed financial practice and no discrimination in granting credit." },
    { category: "EMPLOYMENT_DECISIONS", level: "conditional", says: "No discrimination in hiring, employment or employment benefits." },
  ];
}

function llamaCommunity(release: LlamaRelease): LicenceEntry {
  const text = `${REPO}/${release.dir}/LICENSE`;
  const aup = release.aupRead ?? `https://www.llama.com/${release.dir}/use-policy`;
  const name = `Llama ${release.version} Community License`;
  return {
    key: release.key,
    name: release.nameSuffix ? `${name} ${release.nameSuffix}` : name,
    version: `${release.version} (released ${release.released})`,
    textUrl: text,
    reviewedOn: REVIEWED_ON,
    licenceType: "OPEN_RESTRICTED",
    models: release.models,
    facts: {
      commercialUse: release.multimodal
        ? {
            value: "conditional",
            says: "Commercial use is royalty-free, except that the AUP grants no rights in the multimodal models to people or companies based in the EU (end users of a product built on them are not affected).",
            cite: { url: aup, section: release.aupSections.eu ?? "closing paragraph on multimodal models" },
          }
        : {
            value: "allowed",
            says: "Commercial use is allowed under a royalty-free licence, subject to the user threshold and the acceptable use policy.",
            cite: { url: text, section: "§1.a Grant of Rights" },
          },
      userThreshold: {
        value: 700_000_000,
        says: "A licensee whose products had more than 700 million monthly active users on the release date must ask Meta for a separate licence, which Meta may refuse.",
        cite: { url: text, section: "§2 Additional Commercial Terms" },
      },
      restrictedUses: {
        value: restrictions(release.privacy),
        says: "Use must follow Meta's acceptable use policy, which the licence incorporates.",
        cite: { url: aup, section: `§1.b.iv of the licence; AUP ${release.aupSections.law} and ${release.aupSections.harm}` },
      },
      attribution: {
        value: `Products built on the model, and distributed derivatives, show "Built with Llama"; copies ship with the licence and a Notice file naming Llama ${release.version}.`,
        says: 'Redistribution carries the licence and a Notice file; products display "Built with Llama".',
        cite: { url: text, section: "§1.b.i and §1.b.iii Redistribution and Use" },
      },
      derivativeNaming: {
        value: 'A model made with the weights or their outputs and then distributed or offered to others must have a name beginning with "Llama".',
        says: 'Names of distributed derivative models begin with "Llama".',
        cite: { url: text, section: "§1.b.i, last sentence" },
      },
      weightsRedistribution: {
        value: "conditional",
        says: "The weights and a fine-tuned derivative may go to the client only with the licence, the Notice file and the attribution duties; the client becomes a licensee bound by the same terms.",
        cite: { url: text, section: "§1.b.i and §1.b.iii Redistribution and Use" },
      },
      outputsTrainOtherModels: {
        value: "allowed",
        says: 'Outputs may be used to improve other models; a model so made and distributed must carry a name beginning with "Llama".',
        cite: { url: text, section: "§1.b.i, last sentence" },
      },
    },
  };
}

const NUMBERED = { law: "item 1 (law and others' rights)", harm: "item 2 (risk of death or bodily harm)" };
const PRIVACY_32 = "No collecting or inferring private or sensitive information about people (identity, health, demographics) without the legal right to.";

export const LLAMA_ENTRIES: readonly LicenceEntry[] = [
  llamaCommunity({
    key: "llama-3.1-community",
    version: "3.1",
    released: "23 July 2024",
    dir: "llama3_1",
    models: ["Llama 3.1 8B", "Llama 3.1 70B", "Llama 3.1 405B"],
    multimodal: false,
    aupSections: { law: "first bullet (law and others' rights)", harm: "second bullet (risk of death or bodily harm)" },
    privacy: "No collecting or inferring health, demographic or other sensitive personal information without the rights and consents the law requires.",
    aupRead: "https://llama.meta.com/llama3_1/use-policy",
  }),
  llamaCommunity({
    key: "llama-3.2-community",
    version: "3.2",
    released: "25 September 2024",
    dir: "llama3_2",
    nameSuffix: "(text models)",
    models: ["Llama 3.2 1B", "Llama 3.2 3B"],
    multimodal: false,
    aupSections: NUMBERED,
    privacy: PRIVACY_32,
    aupRead: "https://www.llama.com/llama3_2/use-policy",
  }),
  llamaCommunity({
    key: "llama-3.2-vision-community",
    version: "3.2",
    released: "25 September 2024",
    dir: "llama3_2",
    nameSuffix: "(vision models)",
    models: ["Llama 3.2 11B Vision", "Llama 3.2 90B Vision"],
    multimodal: true,
    aupSections: { ...NUMBERED, eu: "paragraph after item 5 (multimodal models and the EU)" },
    privacy: PRIVACY_32,
    aupRead: "https://www.llama.com/llama3_2/use-policy",
  }),
  llamaCommunity({
    key: "llama-3.3-community",
    version: "3.3",
    released: "6 December 2024",
    dir: "llama3_3",
    // Text-only release: the AUP's EU clause on multimodal models has nothing to bite on.
    models: ["Llama 3.3 70B"],
    multimodal: false,
    aupSections: NUMBERED,
    privacy: PRIVACY_32,
    aupRead: "https://www.llama.com/llama3_3/use-policy",
  }),
  llamaCommunity({
    key: "llama-4-community",
    version: "4",
    released: "5 April 2025",
    dir: "llama4",
    // Every Llama 4 release is natively multimodal, so the EU clause applies to all of them.
    models: ["Llama 4 Scout", "Llama 4 Maverick"],
    multimodal: true,
    aupSections: { ...NUMBERED, eu: "paragraph on multimodal models and the EU" },
    privacy: PRIVACY_32,
    aupRead: null,
  }),
];

import type { LicenceEntry } from "./types";

// The base-model licence registry: reviewed data, kept in the repository so a change to a fact is a
// reviewed commit. Every fact is in our own words and cites the section of the licence text it rests
// on; reviewedOn is the day a person last checked the entry against that text.

const LLAMA_31 = "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE";
const LLAMA_AUP = "https://llama.meta.com/llama3_1/use-policy";

export const LICENCE_REGISTRY: readonly LicenceEntry[] = [
  {
    key: "llama-3.1-community",
    name: "Llama 3.1 Community License",
    version: "3.1 (released 23 July 2024)",
    textUrl: LLAMA_31,
    reviewedOn: "2026-12-02",
    licenceType: "OPEN_RESTRICTED",
    models: ["Llama 3.1 8B", "Llama 3.1 70B", "Llama 3.1 405B"],
    facts: {
      commercialUse: {
        value: "allowed",
        says: "Commercial use is allowed under a royalty-free licence, subject to the user threshold and the acceptable use policy.",
        cite: { url: LLAMA_31, section: "§1.a Grant of Rights" },
      },
      userThreshold: {
        value: 700_000_000,
        says: "A licensee whose products had more than 700 million monthly active users on the release date must ask Meta for a separate licence.",
        cite: { url: LLAMA_31, section: "§2 Additional Commercial Terms" },
      },
      restrictedUses: {
        value: [
          { category: "MILITARY_DEFENCE", level: "prohibited", says: "The acceptable use policy forbids military and warfare uses." },
          {
            category: "CRITICAL_INFRASTRUCTURE",
            level: "prohibited",
            says: "The acceptable use policy forbids operating critical infrastructure, transport or heavy machinery with the model where it risks death or injury.",
          },
          {
            category: "SURVEILLANCE_BIOMETRICS",
            level: "prohibited",
            says: "The acceptable use policy forbids collecting or processing biometric or other sensitive personal data without the rights the law requires.",
          },
          {
            category: "HEALTHCARE",
            level: "conditional",
            says: "The acceptable use policy forbids the unlicensed practice of medicine: the model may support licensed professionals but not stand in for them.",
          },
          {
            category: "LEGAL_ADVICE",
            level: "conditional",
            says: "The acceptable use policy forbids the unlicensed practice of law.",
          },
          {
            category: "FINANCIAL_DECISIONS",
            level: "conditional",
            says: "The acceptable use policy forbids unlicensed financial practice and discrimination in the provision of credit.",
          },
          {
            category: "EMPLOYMENT_DECISIONS",
            level: "conditional",
            says: "The acceptable use policy forbids discrimination in employment decisions.",
          },
        ],
        says: "Use must follow Meta's acceptable use policy, which is incorporated into the licence.",
        cite: { url: LLAMA_AUP, section: "§1.b.iv (acceptable use policy), policy items 1–2" },
      },
      attribution: {
        value: "A product or service built on the model, or a distributed derivative, must show \"Built with Llama\" and ship with the licence text and Meta's notice.",
        says: "Redistribution carries the licence and notice; products display \"Built with Llama\".",
        cite: { url: LLAMA_31, section: "§1.b.i–ii Redistribution and Use" },
      },
      derivativeNaming: {
        value: "A derivative model that is distributed or made available must have a name beginning with \"Llama\".",
        says: "Names of distributed derivative models begin with \"Llama\".",
        cite: { url: LLAMA_31, section: "§1.b.i" },
      },
      weightsRedistribution: {
        value: "conditional",
        says: "The weights and derivatives may be passed on to the client only with the licence text, the notice and the attribution duties, and the client becomes a licensee bound by the same terms.",
        cite: { url: LLAMA_31, section: "§1.b.i Redistribution and Use" },
      },
      outputsTrainOtherModels: {
        value: "allowed",
        says: "Outputs may be used to improve other models; a model so created and distributed carries the naming duty.",
        cite: { url: LLAMA_31, section: "§1.b.i" },
      },
    },
  },
];

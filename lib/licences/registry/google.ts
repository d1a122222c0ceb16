import type { LicenceEntry } from "../types";
import { REVIEWED_ON } from "./reviewed-on";

// Google's terms: the Gemma Terms of Use (open weights) and the Gemini API Additional Terms (no weights).

const GEMMA = "https://ai.google.dev/gemma/terms";
const GEMMA_PUP = "https://ai.google.dev/gemma/prohibited_use_policy";

// Where the text was found (2026-12-02): the Gemma Terms of Use as last modified 24 March 2025, in full,
// in a copy of the terms a Gemma-based project ships (search tool, code corpus); a later copy (modified
// 1 April 2026) shows the same sections and says Gemma 4 moved to Apache-2.0. The Prohibited Use Policy
// (modified 21 February 2024) at ai.google.dev, read up to item 2.5.3: the unlicensed-practice item below
// is from that part; the policy's later items were not readable, so no restriction is listed from them.
const GEMMA_TERMS: LicenceEntry = {
  key: "gemma-terms",
  name: "Gemma Terms of Use",
  version: "last modified 24 March 2025 (Gemma 1 to 3)",
  textUrl: GEMMA,
  reviewedOn: REVIEWED_ON,
  licenceType: "OPEN_RESTRICTED",
  models: ["Gemma 2 2B", "Gemma 2 9B", "Gemma 2 27B", "Gemma 3 1B", "Gemma 3 4B", "Gemma 3 12B", "Gemma 3 27B"],
  facts: {
    commercialUse: {
      value: "allowed",
      says: "Use, modification and distribution are allowed, commercial or not, as long as the terms are followed.",
      cite: { url: GEMMA, section: "§2.2 Use" },
    },
    userThreshold: {
      value: null,
      says: "The terms set no user-count threshold.",
      cite: { url: GEMMA, section: "§2 Eligibility and Usage (no threshold anywhere in the terms)" },
    },
    restrictedUses: {
      value: [
        { category: "HEALTHCARE", level: "conditional", says: "No unlicensed practice of medicine." },
        { category: "LEGAL_ADVICE", level: "conditional", says: "No unlicensed practice of law." },
        { category: "FINANCIAL_DECISIONS", level: "conditional", says: "No unlicensed accounting or financial practice." },
      ],
      says: "Use must follow Google's Prohibited Use Policy, which the terms incorporate; Google may restrict use it believes breaches them.",
      cite: { url: GEMMA_PUP, section: "Terms §3.2; Prohibited Use Policy item 2.2 (unlicensed professional practice)" },
    },
    attribution: {
      value: "Copies given to others ship with the terms, mark modified files, and carry a Notice file saying Gemma is provided under the Gemma Terms of Use.",
      says: "Distribution carries the terms, change notices and a Notice file.",
      cite: { url: GEMMA, section: "§3.1 Distribution and Redistribution" },
    },
    derivativeNaming: {
      value: null,
      says: "The terms impose no naming rule on derivatives.",
      cite: { url: GEMMA, section: "§3.1 Distribution and Redistribution" },
    },
    weightsRedistribution: {
      value: "conditional",
      says: "Gemma and derivatives may go to the client only under an agreement that makes the use restrictions enforceable, with a copy of the terms.",
      cite: { url: GEMMA, section: "§3.1 Distribution and Redistribution" },
    },
    outputsTrainOtherModels: {
      value: "conditional",
      says: "Google claims no rights in outputs, but a model trained on Gemma's outputs to perform like Gemma (distillation) is a Gemma derivative and comes under these terms.",
      cite: { url: GEMMA, section: "§1.1(e) Model Derivatives; §3.3 Generated Output" },
    },
    restrictionsPassThrough: {
      value: true,
      says: "Anyone given Gemma or a derivative, including through a hosted service, must be bound by the use restrictions and told of them.",
      cite: { url: GEMMA, section: "§3.1 first condition; §1.1(b) Distribution includes hosted services" },
    },
  },
};

const GEMINI = "https://ai.google.dev/gemini-api/terms";

// Where the text was found (2026-12-02): the Gemini API Additional Terms of Service at ai.google.dev,
// versions effective 31 October 2024, 5 February 2025 and 20 May 2025 (search tool, pages corpus); the
// use restrictions quoted here read the same in all three.
const GEMINI_API: LicenceEntry = {
  key: "gemini-api-terms",
  name: "Gemini API Additional Terms of Service",
  version: "effective 20 May 2025",
  textUrl: GEMINI,
  reviewedOn: REVIEWED_ON,
  licenceType: "PROPRIETARY",
  models: ["Gemini (through the Gemini API or Google AI Studio)"],
  facts: {
    commercialUse: {
      value: "conditional",
      says: "Production use is allowed, but not of models marked Preview, and only paid services may serve users in the EEA, Switzerland or the UK.",
      cite: { url: GEMINI, section: "Use Restrictions, first and second paragraphs" },
    },
    userThreshold: {
      value: null,
      says: "The terms set no user-count threshold (Google may enforce rate limits).",
      cite: { url: GEMINI, section: "Use Restrictions" },
    },
    restrictedUses: {
      value: [
        {
          category: "HEALTHCARE",
          level: "conditional",
          says: "No clinical use, medical advice, or use that a medical-device regulator oversees or must approve.",
        },
      ],
      says: "Use must also follow Google's Prohibited Use Policy for generative AI.",
      cite: { url: GEMINI, section: "Use Restrictions" },
    },
    attribution: {
      value: null,
      says: "No attribution duty for products built on the API.",
      cite: { url: GEMINI, section: "Use Restrictions" },
    },
    derivativeNaming: {
      value: null,
      says: "No naming rule.",
      cite: { url: GEMINI, section: "Use Restrictions" },
    },
    weightsRedistribution: {
      value: "not-allowed",
      says: "The weights are never available: the terms forbid extracting or replicating the models or their parameters.",
      cite: { url: GEMINI, section: "Use Restrictions, third paragraph" },
    },
    outputsTrainOtherModels: {
      value: "conditional",
      says: "The service may not be used to develop models that compete with it.",
      cite: { url: GEMINI, section: "Use Restrictions, third paragraph" },
    },
  },
};

export const GOOGLE_ENTRIES: readonly LicenceEntry[] = [GEMMA_TERMS, GEMINI_API];

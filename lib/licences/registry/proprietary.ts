import type { LicenceEntry } from "../types";
import { REVIEWED_ON } from "./reviewed-on";

// Proprietary API terms: the model is a service, its weights are never delivered, and the terms limit
// using it (or its outputs) to build competing models. Google's Gemini API terms are in google.ts.

const OPENAI = "https://openai.com/policies/terms-of-use";

// Where the text was found (2026-12-02): OpenAI's Terms of Use effective 31 January 2024, section
// "Using our Services — What you cannot do", in a full copy of the terms (pages corpus); the older API
// wording ("use output from the Services to develop models that compete with OpenAI") is quoted by
// ospo.co and others. Business customers may sign OpenAI's Services Agreement instead, whose text was not
// read: check it when a deal uses it.
const OPENAI_TERMS: LicenceEntry = {
  key: "openai-terms",
  name: "OpenAI Terms of Use",
  version: "effective 31 January 2024",
  textUrl: OPENAI,
  reviewedOn: REVIEWED_ON,
  licenceType: "PROPRIETARY",
  models: ["GPT-4o", "GPT-4.1", "o-series reasoning models (through OpenAI's API or ChatGPT)"],
  facts: {
    commercialUse: {
      value: "allowed",
      says: "The services may be used, including in business, under the terms and OpenAI's usage policies.",
      cite: { url: OPENAI, section: "Using our Services — What you can do" },
    },
    userThreshold: {
      value: null,
      says: "No user-count threshold.",
      cite: { url: OPENAI, section: "Using our Services" },
    },
    restrictedUses: {
      value: [],
      says: "Use must follow OpenAI's usage policies, which change over time and are not itemised here.",
      cite: { url: OPENAI, section: "Using our Services — What you can do" },
    },
    attribution: {
      value: null,
      says: "No attribution duty, but output may not be presented as written by a person.",
      cite: { url: OPENAI, section: "Using our Services — What you cannot do" },
    },
    derivativeNaming: {
      value: null,
      says: "No naming rule.",
      cite: { url: OPENAI, section: "Using our Services — What you cannot do" },
    },
    weightsRedistribution: {
      value: "not-allowed",
      says: "The weights are never available: copying or distributing the services, or trying to discover their models, is forbidden.",
      cite: { url: OPENAI, section: "Using our Services — What you cannot do" },
    },
    outputsTrainOtherModels: {
      value: "conditional",
      says: "Output may not be used to develop models that compete with OpenAI.",
      cite: { url: OPENAI, section: "Using our Services — What you cannot do" },
    },
  },
};

const ANTHROPIC = "https://www.anthropic.com/legal/commercial-terms";

// Where the text was found (2026-12-02): the primary text of Anthropic's Commercial Terms of Service
// (effective 17 June 2025) was not in the search tool. The facts below rest on ConductAtlas's clause-by-
// clause analysis of that version (pages corpus): no building competing products or training competing
// models, no reverse engineering, no reselling; outputs belong to the customer. Re-check against the text.
const ANTHROPIC_TERMS: LicenceEntry = {
  key: "anthropic-commercial-terms",
  name: "Anthropic Commercial Terms of Service",
  version: "effective 17 June 2025",
  textUrl: ANTHROPIC,
  reviewedOn: REVIEWED_ON,
  licenceType: "PROPRIETARY",
  models: ["Claude (through Anthropic's API)"],
  facts: {
    commercialUse: {
      value: "allowed",
      says: "Business use through the API is what the terms govern; the customer owns its outputs.",
      cite: { url: ANTHROPIC, section: "Services and Customer Content (per third-party analysis)" },
    },
    userThreshold: {
      value: null,
      says: "No user-count threshold.",
      cite: { url: ANTHROPIC, section: "Services (per third-party analysis)" },
    },
    restrictedUses: {
      value: [],
      says: "Use must follow Anthropic's usage policy, not itemised here.",
      cite: { url: ANTHROPIC, section: "Use restrictions (per third-party analysis)" },
    },
    attribution: {
      value: null,
      says: "No attribution duty found.",
      cite: { url: ANTHROPIC, section: "Use restrictions (per third-party analysis)" },
    },
    derivativeNaming: {
      value: null,
      says: "No naming rule found.",
      cite: { url: ANTHROPIC, section: "Use restrictions (per third-party analysis)" },
    },
    weightsRedistribution: {
      value: "not-allowed",
      says: "The weights are never available: the model is reached only as a service, and reverse engineering it is forbidden.",
      cite: { url: ANTHROPIC, section: "Use restrictions (per third-party analysis)" },
    },
    outputsTrainOtherModels: {
      value: "conditional",
      says: "The services may not be used to build a competing product or to train competing AI models.",
      cite: { url: ANTHROPIC, section: "Use restrictions (per third-party analysis)" },
    },
  },
};

export const PROPRIETARY_ENTRIES: readonly LicenceEntry[] = [OPENAI_TERMS, ANTHROPIC_TERMS];

import type { LicenceEntry } from "../types";
import { REVIEWED_ON } from "./reviewed-on";

// Mistral AI's non-production licence (its open-weight Apache-2.0 models are under the Apache-2.0 entry).
//
// Where the text was found (2026-12-02): the licence itself (mistral.ai/licenses/MNPL-0.1.md) is not in
// the search tool. §3.2 Usage Limitation is quoted word for word in Simon Willison's note of 30 May 2024
// (code corpus); the attribution notice and the copy-of-the-agreement duty come from a transcription of
// the Codestral-22B-v0.1 model card and a licence survey (code corpus). Not verified: whether models
// trained on outputs count as derivatives, so that fact is recorded as restricted until checked. Mistral
// relicensed Codestral under Apache-2.0 in 2026 (per a third-party page): a deal on the relicensed
// weights picks the Apache-2.0 entry.
const MNPL = "https://mistral.ai/licenses/MNPL-0.1.md";

const MISTRAL_NON_PRODUCTION: LicenceEntry = {
  key: "mistral-mnpl-0.1",
  name: "Mistral AI Non-Production License",
  version: "MNPL-0.1 (May 2024)",
  textUrl: MNPL,
  reviewedOn: REVIEWED_ON,
  licenceType: "OPEN_RESTRICTED",
  models: ["Codestral 22B v0.1"],
  facts: {
    commercialUse: {
      value: "not-allowed",
      says: "Only testing, research, personal or evaluation use outside production; supplying the model or a derivative in any commercial activity, paid or free, hosted or not, is excluded. Production use needs a separate commercial licence from Mistral.",
      cite: { url: MNPL, section: "§3.2 Usage Limitation" },
    },
    userThreshold: {
      value: null,
      says: "No user-count threshold (production use is excluded outright).",
      cite: { url: MNPL, section: "§3.2 Usage Limitation" },
    },
    restrictedUses: {
      value: [],
      says: "No field-of-use list beyond the non-production limit.",
      cite: { url: MNPL, section: "§3.2 Usage Limitation" },
    },
    attribution: {
      value: "Copies given to others ship with the agreement and a notice that the model is licensed by Mistral AI under the Non-Production License.",
      says: "Distribution carries the agreement and Mistral's licence notice.",
      cite: { url: MNPL, section: "Distribution conditions (as transcribed from the model card)" },
    },
    derivativeNaming: {
      value: null,
      says: "No naming rule found; a derivative may not be presented as an official Mistral model.",
      cite: { url: MNPL, section: "Distribution conditions (as transcribed from the model card)" },
    },
    weightsRedistribution: {
      value: "not-allowed",
      says: "A vendor may not supply the weights or a fine-tuned derivative to a client in the course of its business.",
      cite: { url: MNPL, section: "§3.2 Usage Limitation, second point" },
    },
    outputsTrainOtherModels: {
      value: "conditional",
      says: "Not checked against the text: treat training other models on outputs as restricted until the licence is read.",
      cite: { url: MNPL, section: "definition of Derivatives (not verified)" },
    },
  },
};

export const MISTRAL_ENTRIES: readonly LicenceEntry[] = [MISTRAL_NON_PRODUCTION];

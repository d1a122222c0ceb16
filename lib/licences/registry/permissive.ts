import type { LicenceEntry } from "../types";
import { REVIEWED_ON } from "./reviewed-on";

// Permissive open-source licences used for model weights.

const APACHE = "https://www.apache.org/licenses/LICENSE-2.0";

// Where the text was found (2026-12-02): the Apache License 2.0 in many repositories (search tool, code
// corpus; §4 read). Which models use it: Mistral's open-weight models (Mistral 7B, Mixtral 8x7B and
// 8x22B) per Mistral's documentation as republished (pages corpus); Falcon 7B and 40B per their model
// pages (pages corpus); Qwen2.5 below 72B (except 3B) per DeepSeek-R1's README, which names Qwen2.5 as
// Apache-2.0, and a Baseten note that only the 72B size is not; Qwen3 per two projects built on it.
const APACHE_2: LicenceEntry = {
  key: "apache-2.0",
  name: "Apache License",
  version: "2.0 (January 2004)",
  textUrl: APACHE,
  reviewedOn: REVIEWED_ON,
  licenceType: "OPEN_PERMISSIVE",
  models: [
    "Mistral 7B",
    "Mixtral 8x7B",
    "Mixtral 8x22B",
    "Falcon 7B",
    "Falcon 40B",
    "Qwen2.5 0.5B",
    "Qwen2.5 1.5B",
    "Qwen2.5 7B",
    "Qwen2.5 14B",
    "Qwen2.5 32B",
    "Qwen3 (open-weight sizes)",
  ],
  facts: {
    commercialUse: {
      value: "allowed",
      says: "Any use, commercial or not, under a perpetual royalty-free copyright and patent licence.",
      cite: { url: APACHE, section: "§2 Grant of Copyright License; §3 Grant of Patent License" },
    },
    userThreshold: {
      value: null,
      says: "No user-count threshold.",
      cite: { url: APACHE, section: "§2 Grant of Copyright License" },
    },
    restrictedUses: {
      value: [],
      says: "No field-of-use restrictions.",
      cite: { url: APACHE, section: "§2 Grant of Copyright License" },
    },
    attribution: {
      value: "Copies given to others ship with the licence, mark changed files, and keep the copyright and NOTICE attributions.",
      says: "Redistribution keeps the licence, change notices and attributions.",
      cite: { url: APACHE, section: "§4 Redistribution (a)–(d)" },
    },
    derivativeNaming: {
      value: null,
      says: "No naming rule; the licensor's trademarks may not be used beyond describing the origin.",
      cite: { url: APACHE, section: "§6 Trademarks" },
    },
    weightsRedistribution: {
      value: "allowed",
      says: "The weights and derivatives may be handed to the client, who may receive them under other terms for the changes.",
      cite: { url: APACHE, section: "§4 Redistribution" },
    },
    outputsTrainOtherModels: {
      value: "allowed",
      says: "The licence places no limit on what outputs are used for.",
      cite: { url: APACHE, section: "§2 Grant of Copyright License" },
    },
  },
};

const MIT_TEXT = "https://opensource.org/license/mit";
const DEEPSEEK_R1 = "https://github.com/deepseek-ai/DeepSeek-R1";

// Where the text was found (2026-12-02): the MIT License in many repositories (search tool, code corpus).
// DeepSeek-R1: its README §7 License (several copies in the code corpus) puts the code and weights under
// MIT and allows distillation; its distilled models are NOT all MIT (the Qwen-based ones come from
// Apache-2.0 Qwen2.5, the Llama-based ones stay under the Llama 3.1 and 3.3 licences). Phi-4: MIT per
// Microsoft's release as reported by several news pages; the weights' LICENSE file itself was not found.
const MIT: LicenceEntry = {
  key: "mit",
  name: "MIT License",
  version: "MIT",
  textUrl: MIT_TEXT,
  reviewedOn: REVIEWED_ON,
  licenceType: "OPEN_PERMISSIVE",
  models: ["DeepSeek-R1", "Phi-4"],
  facts: {
    commercialUse: {
      value: "allowed",
      says: "Any use, commercial or not, including selling copies.",
      cite: { url: MIT_TEXT, section: "permission grant (first paragraph)" },
    },
    userThreshold: {
      value: null,
      says: "No user-count threshold.",
      cite: { url: MIT_TEXT, section: "permission grant (first paragraph)" },
    },
    restrictedUses: {
      value: [],
      says: "No field-of-use restrictions.",
      cite: { url: MIT_TEXT, section: "permission grant (first paragraph)" },
    },
    attribution: {
      value: "Copies of the weights keep the copyright notice and the licence text.",
      says: "Copies keep the copyright and permission notice.",
      cite: { url: MIT_TEXT, section: "condition (second paragraph)" },
    },
    derivativeNaming: {
      value: null,
      says: "No naming rule.",
      cite: { url: MIT_TEXT, section: "permission grant (first paragraph)" },
    },
    weightsRedistribution: {
      value: "allowed",
      says: "The weights and derivatives may be handed to the client, sublicensed or sold.",
      cite: { url: MIT_TEXT, section: "permission grant (first paragraph)" },
    },
    outputsTrainOtherModels: {
      value: "allowed",
      says: "No limit on outputs; DeepSeek states R1 may be distilled into other models.",
      cite: { url: `${DEEPSEEK_R1}#7-license`, section: "DeepSeek-R1 README §7 License" },
    },
  },
};

export const PERMISSIVE_ENTRIES: readonly LicenceEntry[] = [APACHE_2, MIT];

import type { LicenceEntry } from "../types";
import { REVIEWED_ON } from "./reviewed-on";

// TII's licence for Falcon 180B (Falcon 7B and 40B are Apache-2.0).
//
// Where the text was found (2026-12-02): the Falcon 180B TII License 1.0 (September 2023), in full, in a
// copy kept in github.com/sinotec2/FAQ (journal/falcon170BTOU.md), matching the opening of the licence
// Ollama ships with the model (pages corpus). The acceptable use policy it incorporates (hosted at
// FalconLLM.tii.ae) was not in the search tool, so no field-of-use restriction is listed from it.
const FALCON = "https://huggingface.co/tiiuae/falcon-180B/blob/main/LICENSE.txt";

const FALCON_180B: LicenceEntry = {
  key: "falcon-180b-tii-1.0",
  name: "Falcon 180B TII License",
  version: "1.0 (September 2023)",
  textUrl: FALCON,
  reviewedOn: REVIEWED_ON,
  licenceType: "OPEN_RESTRICTED",
  models: ["Falcon 180B", "Falcon 180B Chat"],
  facts: {
    commercialUse: {
      value: "conditional",
      says: "Royalty-free, except Hosting Use: offering the model or a fine-tune to third parties as a shared inference or fine-tuning API needs TII's separate licence. Running it behind your own application is not Hosting Use.",
      cite: { url: FALCON, section: "§2.2 and §9 Hosting Use" },
    },
    userThreshold: {
      value: null,
      says: "No user-count threshold.",
      cite: { url: FALCON, section: "§2 Grant of Copyright License" },
    },
    restrictedUses: {
      value: [],
      says: "Use must follow TII's acceptable use policy, which may change; its list of uses was not available to check, so none is itemised here.",
      cite: { url: FALCON, section: "§5 Acceptable Use" },
    },
    attribution: {
      value:
        "Any public statement about a derivative says it is built using Falcon LLM technology from the Technology Innovation Institute; copies ship with the licence and keep the notices.",
      says: "Public statements about derivatives credit TII; copies carry the licence and notices.",
      cite: { url: FALCON, section: "§6 Publication; §4.1(c)–(f)" },
    },
    derivativeNaming: {
      value: null,
      says: "No naming rule (the credit is a statement, not a name).",
      cite: { url: FALCON, section: "§6 Publication" },
    },
    weightsRedistribution: {
      value: "conditional",
      says: "The weights and derivatives may go to the client only under an agreement that carries the acceptable use policy and the hosting restriction.",
      cite: { url: FALCON, section: "§4.1(a)–(b) Redistribution" },
    },
    outputsTrainOtherModels: {
      value: "conditional",
      says: "Outputs may not be used to create works for purposes the acceptable use policy forbids.",
      cite: { url: FALCON, section: "§5.2 Acceptable Use" },
    },
    restrictionsPassThrough: {
      value: true,
      says: "Any agreement under which the model or a derivative is passed on must make the acceptable use policy and the hosting restriction enforceable.",
      cite: { url: FALCON, section: "§4.1(a)–(b) Redistribution" },
    },
  },
};

export const FALCON_ENTRIES: readonly LicenceEntry[] = [FALCON_180B];

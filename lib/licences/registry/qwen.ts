import type { LicenceEntry } from "../types";
import { REVIEWED_ON } from "./reviewed-on";

// Alibaba Cloud's own Qwen licences. The Apache-2.0 Qwen releases are listed under the Apache-2.0 entry.
//
// Where the text was found (2026-12-02): the Tongyi Qianwen LICENSE AGREEMENT (release date 3 August
// 2023), in full, as LICENSE in github.com/QwenLM/Qwen. Not in the registry: the later "Qwen LICENSE
// AGREEMENT" (19 September 2024) of Qwen2.5-72B and similar releases. Its text itself was not in the
// search tool; third-party summaries agree on a 100 million monthly-user threshold and a "Built with
// Qwen" duty for models improved with it, but we could not check them against the text, so deals on
// those models stay free text (unchecked) until it is reviewed.

const TONGYI = "https://github.com/QwenLM/Qwen/blob/main/LICENSE";

const TONGYI_QIANWEN: LicenceEntry = {
  key: "tongyi-qianwen",
  name: "Tongyi Qianwen License Agreement",
  version: "released 3 August 2023",
  textUrl: TONGYI,
  reviewedOn: REVIEWED_ON,
  licenceType: "OPEN_RESTRICTED",
  models: ["Qwen-7B", "Qwen-14B", "Qwen-72B", "Qwen-7B-Chat", "Qwen-14B-Chat", "Qwen-72B-Chat"],
  facts: {
    commercialUse: {
      value: "allowed",
      says: "Commercial use is allowed under a royalty-free licence, subject to the user threshold.",
      cite: { url: TONGYI, section: "§2 Grant of Rights" },
    },
    userThreshold: {
      value: 100_000_000,
      says: "A commercial product or service with more than 100 million monthly active users needs Alibaba Cloud's separate licence; until then no rights may be used.",
      cite: { url: TONGYI, section: "§4 Restrictions" },
    },
    restrictedUses: {
      value: [],
      says: "No field-of-use list: use must comply with export controls and the law.",
      cite: { url: TONGYI, section: "§5.a Rules of use" },
    },
    attribution: {
      value: "Copies given to others ship with the agreement, mark modified files, and carry a Notice file with Alibaba Cloud's attribution line.",
      says: "Distribution carries the agreement, change notices and a Notice file.",
      cite: { url: TONGYI, section: "§3 Redistribution (a)–(c)" },
    },
    derivativeNaming: {
      value: null,
      says: "No naming rule for derivatives.",
      cite: { url: TONGYI, section: "§3 Redistribution" },
    },
    weightsRedistribution: {
      value: "conditional",
      says: "The weights and derivatives may go to the client with the agreement, change notices and the Notice file; the client may add its own terms for its changes.",
      cite: { url: TONGYI, section: "§3 Redistribution" },
    },
    outputsTrainOtherModels: {
      value: "not-allowed",
      says: "Neither the model nor its outputs may be used to improve any other large language model (only Qwen and its derivatives).",
      cite: { url: TONGYI, section: "§5.b Rules of use" },
    },
  },
};

export const QWEN_ENTRIES: readonly LicenceEntry[] = [TONGYI_QIANWEN];

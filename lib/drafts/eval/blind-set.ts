// A labelled set written blind by a colleague who never saw the mapper's code or terms (its first part;
// the second part is kept outside the repository for a final measurement). Measured as it arrived,
// before any tuning on it: precision 58.3 % (35/60), recall 79.5 % (35/44), 4 of 8 unrelated passages
// mapped. 14 of its 45 passages, drawn at random (seeded) before any was read, are BLIND_HELD_OUT: never
// read or tuned on (before: 52.4 % / 84.6 %, 2 of 2 unrelated mapped); the rest, BLIND_TUNING, was
// (before: 61.5 % / 77.4 %, 2 of 6). `npm run eval:mapping` prints both parts.
import type { LabelledPassage } from "./mapping-set";

/** Read and tuned on. */
export const BLIND_TUNING: readonly LabelledPassage[] = [
  {
    heading: "Customer Data",
    text: "12.1 As between the parties, all Customer Data, including training datasets, prompts, documents and any feedback furnished by Customer, shall remain the sole and exclusive property of Customer, and nothing in this Agreement shall operate to transfer to Supplier any right, title or interest therein.",
    clauses: ["client-data-ownership"],
  },
  {
    heading: "Data Processing",
    text: "6.2 The Vendor will use Customer Data only to the extent necessary to design, train, deploy and maintain the Customer Model, and for no other purpose whatsoever. This Clause 6.2 shall survive the expiry or termination of this Agreement.",
    clauses: ["data-use-limited-to-project"],
  },
  {
    heading: "Model Architecture",
    text: "3.4 The Client Model shall be deployed as a dedicated, single-tenant instance. Client's Training Data and any fine-tuning performed for Client shall be applied exclusively to that instance and shall not be used to update the weights of any shared or multi-tenant model operated by Supplier.",
    clauses: ["isolated-model-instance"],
  },
  {
    heading: "Intellectual Property",
    text: "9.1 The parties acknowledge that the Customised Model is derived from Supplier's pre-existing 'Atlas-7' language model (the \"Base Model\"). The Base Model remains the property of Supplier, whereas the Customised Model, being the version of the Base Model fine-tuned on Customer Data, shall belong to Customer.",
    clauses: ["base-vs-custom-boundary", "weights-ip-assignment"],
  },
  {
    heading: "Licence Grant",
    text: "8.2 Vendor hereby grants to Customer a perpetual, irrevocable, worldwide, non-exclusive licence to use, modify and integrate the Base Model with other systems, on any infrastructure selected by Customer, to the extent required to operate and further develop the Customer Model.",
    clauses: ["base-model-licence"],
  },
  {
    heading: "Modifications",
    text: "9.5 Licensee may, without Licensor's consent, retrain, fine-tune or otherwise modify the Model using new data, whether by itself, through Licensor or through any third-party contractor, and Licensee shall own all models resulting from any such modification.",
    clauses: ["client-retraining-rights"],
  },
  {
    heading: "Residual Knowledge",
    text: "10.7 Supplier may reuse generalised techniques learned during the Project only to the extent that they contain no Customer Data, cannot be used to identify Customer, and do not reproduce the Customer Model in whole or in part, and then only within a scope approved by Customer in writing.",
    clauses: ["generic-learnings-anonymised"],
  },
  {
    heading: "Restrictions",
    text: "6.5 Vendor shall not use the Customer Model, or any component, copy or derivative of it, to develop, train or improve models for any third party without the Customer's prior written consent.",
    clauses: ["no-derivative-models-for-others"],
  },
  {
    heading: "Reuse",
    text: "10.9 Where Customer has consented to Supplier's reuse of the Project Deliverables, Supplier shall not, for a period of twenty-four (24) months from the Go-Live Date, license or supply the Model or any model derived from it to any entity operating in the retail banking sector.",
    clauses: ["sector-exclusivity-head-start"],
  },
  {
    heading: "Fees",
    text: "15.4 Where the Client has agreed under Clause 14.3 that the Vendor may use Project learnings to enhance the Vendor Platform, the Vendor shall pay the Client a royalty of two per cent (2%) of net revenue attributable to the enhanced features for so long as such use continues.",
    clauses: ["reuse-compensation"],
  },
  {
    heading: "Outputs",
    text: "13.2 Provider acquires no licence to Outputs, Prompts or Customer Content other than the limited right necessary to provide the Service to Customer, and Provider shall not use any Output to train or improve any other model.",
    clauses: ["no-vendor-licence-to-outputs"],
  },
  {
    heading: "Pre-Existing Intellectual Property",
    text: '9.2 Each party retains its Pre-Existing IP. "Supplier Know-How" means Supplier\'s general techniques, methods and tools, and expressly excludes the Customer Model instance, any code written specifically for Customer, and all Customer Data.',
    clauses: ["know-how-carve-out"],
  },
  {
    heading: "Improvements",
    text: "9.8 Any enhancement to Vendor's tooling, methodologies or core model that is funded in whole or in part by Client under a Statement of Work shall be made available to Client at no additional charge, notwithstanding that such enhancement may also be made available to other customers of Vendor.",
    clauses: ["funded-improvements-shared"],
  },
  {
    heading: "Hosting",
    text: "4.2 Although the Model will initially be hosted by the Provider, the Customer may at any time request, and the Provider shall within ten (10) Business Days supply, a current copy of the Model for deployment in the Customer's own environment or with an alternative hosting provider.",
    clauses: ["self-host-option"],
  },
  {
    heading: "Service Levels",
    text: "Schedule 5, para 2. Provider shall ensure that the Model API is available 99.9% of the time in each calendar month, measured as set out in this Schedule, and shall respond to Severity 1 incidents within one (1) hour, 24x7.",
    clauses: ["vendor-hosting-sla"],
  },
  {
    heading: "Term and Termination",
    text: "18.5 Upon expiry or termination of this Agreement for any reason, including termination for convenience by either party or for the Supplier's breach, the Supplier shall deliver to the Client the most recent version of the model weights together with all documentation required to run them.",
    clauses: ["delivery-on-termination"],
  },
  {
    heading: "Exit Management",
    text: "19.1 For a Transition Period of up to six (6) months following termination, Vendor shall provide such assistance, continued support and knowledge transfer as Customer reasonably requires to migrate the Model to Customer or to a successor provider nominated by Customer.",
    clauses: ["termination-assistance"],
  },
  {
    heading: "Effect of Termination",
    text: "18.7 All licences granted to Licensee in respect of the Model, its artefacts and any Licensor Components required for its operation shall, to the extent paid for, survive termination of this Agreement and continue in perpetuity.",
    clauses: ["licence-survives-termination"],
  },
  {
    heading: "Fees",
    text: "15.8 No exit, egress or export fees shall be charged to the Client in connection with the extraction of Client Data or the Model from the Provider's cloud environment.",
    clauses: ["cloud-exit-costs"],
  },
  {
    heading: "Fees and Renewal",
    text: "16.2 Upon each renewal, the Subscription Fees may be increased by no more than the lesser of three per cent (3%) and the change in CPI over the fees payable for the preceding Contract Year.",
    clauses: ["capped-renewal-pricing"],
  },
  {
    heading: "Audit",
    text: "21.1 Upon reasonable notice, the Customer, its auditors and any regulatory authority having jurisdiction over the Customer may inspect the Model's internal workings, Documentation and decision logic, and the Supplier shall cooperate fully with any such audit or request for explanation. The Supplier may not refuse access on the ground that the information constitutes a trade secret, provided that the recipients are bound by appropriate confidentiality obligations.",
    clauses: ["regulator-audit-transparency"],
  },
  {
    heading: "Platform Dependencies",
    text: "5.6 Because the Solution is built on Azure OpenAI Service, Vendor cannot deliver the underlying model weights. However, Vendor shall, on request, export all fine-tuning data to Customer and, if Customer so elects, rebuild a functionally equivalent model on an open-weight platform capable of being hosted by Customer.",
    clauses: ["big-tech-exit-path"],
  },
  {
    heading: "",
    text: "Just to be upfront: our models are multi-tenant, so every customer's data helps improve the shared model that everyone uses. That's how we keep costs down for you.",
    clauses: ["isolated-model-instance", "data-use-limited-to-project", "no-derivative-models-for-others"],
  },
  {
    heading: "Consequences of Termination",
    text: "18.9 Upon termination, Provider shall return all Client Data and deliver the latest Model weights and accompanying Documentation to Client, and shall not charge any fee for the export of either.",
    clauses: ["data-return-deletion", "delivery-on-termination", "cloud-exit-costs"],
  },
  {
    heading: "Outputs",
    text: "13.4 Customer, and not Vendor, shall own all output generated by the Model, and Vendor hereby waives any licence to such output save as strictly required to host the Model on Customer's behalf.",
    clauses: ["output-ownership", "no-vendor-licence-to-outputs"],
  },
  {
    heading: "Payment Terms",
    text: "15.2 Customer shall pay each undisputed invoice within thirty (30) days of receipt. Late payments shall bear interest at one per cent (1%) per month until paid.",
    clauses: [],
  },
  {
    heading: "Governing Law",
    text: "25.1 This Agreement shall be governed by and construed in accordance with the laws of England and Wales, and the courts of London shall have exclusive jurisdiction over any dispute arising out of it.",
    clauses: [],
  },
  {
    heading: "Notices",
    text: "24.1 All notices under this Agreement shall be in writing and delivered by hand, by courier or by email to the addresses set out in the Order Form.",
    clauses: [],
  },
  {
    heading: "Force Majeure",
    text: "22.1 Neither party shall be liable for any delay or failure to perform caused by events beyond its reasonable control, including fire, flood, pandemic, war or governmental action.",
    clauses: [],
  },
  {
    heading: "Assignment",
    text: "26.2 Neither party may assign or transfer this Agreement without the prior written consent of the other party, such consent not to be unreasonably withheld or delayed.",
    clauses: [],
  },
  {
    heading: "",
    text: "Thanks for the call yesterday. I'll send over the revised SOW by Friday and we can walk through the milestone dates early next week.",
    clauses: [],
  },
];

/** Drawn at random before reading; not read or tuned on. */
export const BLIND_HELD_OUT: readonly LabelledPassage[] = [
  {
    heading: "Licences",
    text: "4.3 Customer hereby grants to Provider a worldwide, royalty-free, perpetual and irrevocable licence to use, reproduce, modify and otherwise exploit Service Data for any lawful purpose.",
    clauses: ["no-vague-data-use-terms", "data-use-limited-to-project"],
  },
  {
    heading: "Third-Party Data",
    text: "5.1 Schedule 4 lists each third-party dataset that Licensor will incorporate into the training corpus. Licensor warrants that it holds all rights necessary to use each such dataset to train the Licensee Model, and that Licensee may continue to use and retrain the resulting model, including after termination, without obtaining any further licence.",
    clauses: ["third-party-training-data"],
  },
  {
    heading: "Return of Data",
    text: "14.6 Within thirty (30) days of the Client's written request, and in any event upon termination or expiry, the Provider shall return all Client Data in a commonly used, machine-readable format and shall thereafter securely delete all copies in its possession or control, save to the extent that retention is required by applicable law.",
    clauses: ["data-return-deletion"],
  },
  {
    heading: "Base Model",
    text: "2.3 The Base Model is Mistral-7B-v0.3, distributed under the Apache License, Version 2.0. Provider warrants that such licence permits commercial use and does not oblige Client to disclose, publish or distribute its fine-tuned model or any modifications made to it.",
    clauses: ["open-source-licence-check"],
  },
  {
    heading: "Warranties",
    text: "11.4 Annex C identifies every third-party platform, model and hosted service on which the Solution depends. The Supplier warrants that it is entitled to use each of them for the purposes of the Solution and that, should the terms of any such third-party licence change, the Client's rights under this Agreement will not be diminished.",
    clauses: ["third-party-dependency-warranty"],
  },
  {
    heading: "Deliverables",
    text: "3.1 At each Milestone and upon final completion, Contractor shall deliver to Company the trained model weights, fine-tuned parameters, embeddings, source code and configuration files, in a format that enables Company to run the model independently of Contractor.",
    clauses: ["weights-as-deliverable"],
  },
  {
    heading: "Ownership of Work Product",
    text: "10.2 Upon payment in full of the Fees for the final Milestone, Developer hereby assigns to Client all right, title and interest, including all intellectual property rights, in and to the Model and all associated artefacts.",
    clauses: ["weights-ip-assignment"],
  },
  {
    heading: "Acceptance",
    text: "7.1 The Client shall have a period of twenty (20) Business Days following delivery in which to test the Model against the Acceptance Criteria set out in Schedule 2 (including a minimum F1 score of 0.85 on the hold-out set). The Client shall not be obliged to accept the Model unless and until it meets those criteria.",
    clauses: ["acceptance-testing"],
  },
  {
    heading: "Documentation",
    text: "3.6 Together with the Model, Vendor shall deliver, and keep up to date throughout the Term, deployment and operating guides, the complete training code and pipeline, a description of the training data and methodology, and evaluation reports sufficient to enable a competent third party to run, retrain and explain the Model.",
    clauses: ["model-documentation"],
  },
  {
    heading: "Work Product",
    text: "10.4 All datasets cleaned, labelled or otherwise prepared by Provider from Client Data, together with feature-importance analyses, evaluation metrics and any insights generated in the course of the Services, shall be owned by Client and delivered to Client together with the Model.",
    clauses: ["derived-data-ownership"],
  },
  {
    heading: "Outputs",
    text: "13.1 As between the parties, Customer owns all Outputs generated by the Model for Customer, together with all Deliverables, to the extent that any intellectual property rights subsist in them.",
    clauses: ["output-ownership"],
  },
  {
    heading: "Escrow",
    text: "20.1 Developer shall deposit the current model weights, source code and Documentation with NCC Group as escrow agent and refresh the deposit within ten (10) days of each Release. The deposit shall be released to Client if Developer becomes insolvent, ceases to carry on business, or fails to provide Support for the Model for thirty (30) consecutive days.",
    clauses: ["model-escrow"],
  },
  {
    heading: "Insurance",
    text: "23.1 Supplier shall maintain, at its own cost, professional indemnity insurance of not less than GBP 5,000,000 per claim throughout the Term and for six (6) years thereafter.",
    clauses: [],
  },
  {
    heading: "Limitation of Liability",
    text: "17.2 Each party's aggregate liability arising out of or in connection with this Agreement shall not exceed the total Fees paid in the twelve (12) months preceding the event giving rise to the claim.",
    clauses: [],
  },
];

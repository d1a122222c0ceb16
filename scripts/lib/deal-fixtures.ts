// Content pools for the scale generator (scripts/lib/deal-generator.ts): vendors, use cases and
// the things vendors say, tagged with the checklist section they are about and their tone.
import type { HostingModel, LayerKey, ResponseChannel } from "@/lib/domain/enums";

export const VENDORS = [
  "Northstar Analytics",
  "Lumen AI Labs",
  "Parallax Legal Tech",
  "Helix Risk",
  "Corvid Intelligence",
  "Bluefin Machine Learning",
  "Quarry Data Works",
  "Meridian Cognitive",
  "Tessellate AI",
  "Orchard Insights",
  "Halcyon Models",
  "Brightwater Labs",
  "Ironbark Systems",
  "Cinder & Co AI",
  "Keystone Predictive",
  "Atlas Forge",
  "Verdant Analytics",
  "Silverline Neural",
  "Foxglove Data",
  "Granite Peak AI",
  "Lattice Reasoning",
  "Polaris Applied ML",
  "Sable Semantics",
  "Tidewater AI",
  "Umber Labs",
  "Vantage Language Systems",
  "Wren Vision",
  "Xylem Cognitive",
  "Yarrow Forecasting",
  "Zephyr AI Studio",
  "Beacon Speech",
  "Copperleaf Models",
  "Driftwood Data",
  "Elmstone AI",
  "Fathom Retrieval",
  "Gossamer Labs",
  "Harbor Light Analytics",
  "Indigo Reasoning",
  "Juniper Machine Intelligence",
  "Kestrel Automation",
] as const;

export interface UseCaseTemplate {
  name: string;
  useCase: string;
  modelKind: string;
  /** [base model, licence]; the hosting model is drawn with this bias. */
  bases: [string, string][];
  hosting: [HostingModel, number][];
}

const H_VENDOR: [HostingModel, number][] = [
  ["VENDOR_HOSTED", 5],
  ["API_ONLY", 2],
  ["HYBRID", 2],
  ["SELF_HOSTED", 1],
];
const H_SELF: [HostingModel, number][] = [
  ["SELF_HOSTED", 5],
  ["HYBRID", 3],
  ["VENDOR_HOSTED", 2],
];
const H_API: [HostingModel, number][] = [
  ["API_ONLY", 5],
  ["VENDOR_HOSTED", 3],
  ["HYBRID", 1],
];
const OPEN_LLM: [string, string] = ["Open-weights 8B model", "Apache-2.0"];
const OPEN_LLM_70B: [string, string] = ["Open-weights 70B model", "Community licence"];
const HOSTED_FM: [string, string] = ["Hosted foundation model (big-tech platform)", "Platform terms"];
const PROPRIETARY: [string, string] = ["Vendor core model", "Proprietary"];

export const USE_CASES: UseCaseTemplate[] = [
  {
    name: "Demand forecasting model",
    useCase: "Fine-tune a forecasting model on store-level sales history to plan replenishment.",
    modelKind: "Time-series forecaster",
    bases: [PROPRIETARY, ["Open time-series foundation model", "MIT"]],
    hosting: H_VENDOR,
  },
  {
    name: "Claims triage assistant",
    useCase: "Classify and route incoming insurance claims; fine-tuned on historical claims notes.",
    modelKind: "Fine-tuned LLM",
    bases: [OPEN_LLM, HOSTED_FM],
    hosting: H_SELF,
  },
  {
    name: "Contract clause extraction",
    useCase: "Extract obligations and renewal terms from supplier contracts.",
    modelKind: "Document extraction model",
    bases: [HOSTED_FM, OPEN_LLM],
    hosting: H_API,
  },
  {
    name: "Fraud scoring model",
    useCase: "Score card transactions for fraud in real time.",
    modelKind: "Gradient-boosted ensemble",
    bases: [PROPRIETARY],
    hosting: H_SELF,
  },
  {
    name: "Customer service copilot",
    useCase: "Draft replies for support agents from the knowledge base and past tickets.",
    modelKind: "Retrieval-augmented LLM",
    bases: [HOSTED_FM, OPEN_LLM_70B],
    hosting: H_API,
  },
  {
    name: "Churn prediction",
    useCase: "Predict which subscribers are likely to cancel in the next quarter.",
    modelKind: "Tabular classifier",
    bases: [PROPRIETARY, ["Open-source gradient boosting", "Apache-2.0"]],
    hosting: H_VENDOR,
  },
  {
    name: "Invoice matching",
    useCase: "Match supplier invoices to purchase orders and goods receipts.",
    modelKind: "Document understanding model",
    bases: [PROPRIETARY, OPEN_LLM],
    hosting: H_VENDOR,
  },
  {
    name: "Predictive maintenance",
    useCase: "Predict equipment failures from sensor telemetry on the production lines.",
    modelKind: "Anomaly detection model",
    bases: [PROPRIETARY],
    hosting: H_SELF,
  },
  {
    name: "Medical coding assistant",
    useCase: "Suggest billing codes from clinical notes for coders to confirm.",
    modelKind: "Fine-tuned LLM",
    bases: [OPEN_LLM_70B, HOSTED_FM],
    hosting: H_SELF,
  },
  {
    name: "Credit underwriting model",
    useCase: "Score small-business loan applications with explainable features.",
    modelKind: "Scorecard and gradient-boosted model",
    bases: [PROPRIETARY],
    hosting: H_SELF,
  },
  {
    name: "Visual quality inspection",
    useCase: "Detect surface defects on parts from line-camera images.",
    modelKind: "Vision model",
    bases: [["Open vision backbone", "Apache-2.0"], PROPRIETARY],
    hosting: H_SELF,
  },
  {
    name: "Sales call summariser",
    useCase: "Summarise recorded sales calls and log next steps in the CRM.",
    modelKind: "Speech-to-text and LLM pipeline",
    bases: [HOSTED_FM, OPEN_LLM],
    hosting: H_API,
  },
  {
    name: "Knowledge search",
    useCase: "Answer employee questions from policies, wikis and manuals with citations.",
    modelKind: "Retrieval-augmented LLM",
    bases: [OPEN_LLM, HOSTED_FM],
    hosting: H_VENDOR,
  },
  {
    name: "Price optimisation",
    useCase: "Recommend markdowns and promotional prices per store and product.",
    modelKind: "Elasticity model",
    bases: [PROPRIETARY],
    hosting: H_VENDOR,
  },
  {
    name: "KYC document checks",
    useCase: "Check identity documents and flag mismatches for onboarding.",
    modelKind: "Vision and extraction model",
    bases: [PROPRIETARY, HOSTED_FM],
    hosting: H_API,
  },
  {
    name: "Route planning",
    useCase: "Plan delivery routes from orders, traffic and driver shifts.",
    modelKind: "Optimisation with learned travel times",
    bases: [PROPRIETARY],
    hosting: H_VENDOR,
  },
  {
    name: "Code review assistant",
    useCase: "Review merge requests against internal coding standards.",
    modelKind: "Fine-tuned code LLM",
    bases: [["Open-weights code model", "Apache-2.0"], HOSTED_FM],
    hosting: H_SELF,
  },
  {
    name: "Regulatory reporting assistant",
    useCase: "Draft regulatory returns from ledger data with an audit trail.",
    modelKind: "Fine-tuned LLM",
    bases: [OPEN_LLM_70B, PROPRIETARY],
    hosting: H_SELF,
  },
  {
    name: "Marketing copy generator",
    useCase: "Generate on-brand product descriptions in twelve languages.",
    modelKind: "Fine-tuned LLM",
    bases: [HOSTED_FM, OPEN_LLM],
    hosting: H_API,
  },
  {
    name: "Supplier risk monitor",
    useCase: "Score suppliers for financial and ESG risk from news and filings.",
    modelKind: "Classifier over text signals",
    bases: [PROPRIETARY, HOSTED_FM],
    hosting: H_VENDOR,
  },
];

export const BUSINESS_UNITS = [
  "Retail Banking",
  "Commercial Lending",
  "EMEA Operations",
  "North America",
  "Supply Chain",
  "Finance",
  "Customer Care",
  "Group Risk",
  "Manufacturing",
  "Marketing",
  "Legal",
  "Procurement",
  "HR Shared Services",
  "Claims",
  "Wealth Management",
  "APAC",
  "Logistics",
  "Compliance",
  "E-commerce",
  "Field Service",
];

export const CHANNELS: [ResponseChannel, number][] = [
  ["EMAIL", 4],
  ["REDLINE", 3],
  ["CALL", 2],
  ["MEETING", 2],
];

/** accept: vendor agrees to our must-have; counter: offers a fallback; reject: refuses or pitches; defer: no answer yet. */
export type Tone = "accept" | "counter" | "reject" | "defer";

export interface VendorLine {
  layer: LayerKey;
  tone: Tone;
  text: string;
}

export const VENDOR_LINES: VendorLine[] = [
  // training data
  { layer: "training-data", tone: "reject", text: "We'd like to pool your data with our other customers' data so everyone benefits from a better model." },
  { layer: "training-data", tone: "reject", text: "Vendor may use Customer Data for any purpose, including improving its own products." },
  { layer: "training-data", tone: "counter", text: "Vendor may use aggregated and de-identified Customer Data to improve its services." },
  { layer: "training-data", tone: "reject", text: "Don't worry about that clause, it's just standard boilerplate." },
  {
    layer: "training-data",
    tone: "accept",
    text: "Agreed: your data will be used only to build and run your model, and returned or deleted at the end of the contract.",
  },
  { layer: "training-data", tone: "defer", text: "Our data protection team needs to review the data-use language; we'll come back to you next week." },
  // base model
  { layer: "base-model", tone: "reject", text: "The base model is proprietary, so we keep the fine-tuned weights as well." },
  { layer: "base-model", tone: "reject", text: "You'll get a licence to use it, but anything we build belongs to us." },
  {
    layer: "base-model",
    tone: "counter",
    text: "We keep our pre-existing base model, and you receive an exclusive, perpetual licence to the customised model.",
  },
  { layer: "base-model", tone: "accept", text: "We'll list every third-party and open-source component with its licence in an annex to the contract." },
  { layer: "base-model", tone: "defer", text: "We need to check the base model licence with our upstream supplier before we can commit." },
  // weights & artifacts
  { layer: "weights-artifacts", tone: "reject", text: "We'll host the model for you; you don't need the weights." },
  { layer: "weights-artifacts", tone: "reject", text: "Because the model is fine-tuned on a hyperscaler's platform, we can't export the weights to you." },
  { layer: "weights-artifacts", tone: "reject", text: "Vendor retains all rights in improvements and derivatives of the model." },
  {
    layer: "weights-artifacts",
    tone: "counter",
    text: "We can hand over the final checkpoint at the end of the project, but not the training scripts or evaluation sets.",
  },
  { layer: "weights-artifacts", tone: "accept", text: "The final weights, training code and model card will be delivered as acceptance-tested deliverables." },
  { layer: "weights-artifacts", tone: "accept", text: "All rights in the fine-tuned model are assigned to the Customer on payment of each milestone." },
  { layer: "weights-artifacts", tone: "defer", text: "Weights delivery is a commercial question; our account director will call you about it." },
  // derived data
  { layer: "derived-data", tone: "reject", text: "We'd take 20% off the price if we're allowed to resell the model to other clients in your sector." },
  {
    layer: "derived-data",
    tone: "counter",
    text: "We can commit to a 12-month head start in your sector before we offer anything built on this project to others.",
  },
  { layer: "derived-data", tone: "reject", text: "Derived insights from the project are owned by the vendor." },
  { layer: "derived-data", tone: "accept", text: "Derived data stays yours, and generic learnings will never go into models for other customers." },
  { layer: "derived-data", tone: "defer", text: "Sector exclusivity is still being discussed internally; expect an answer after our pricing committee." },
  // outputs
  { layer: "outputs", tone: "counter", text: "You own the outputs; we only need a narrow right to look at samples for quality monitoring." },
  { layer: "outputs", tone: "reject", text: "We may use the outputs for any purpose, including benchmarking our other products." },
  { layer: "outputs", tone: "accept", text: "Outputs belong to you outright, with no licence back to us." },
  { layer: "outputs", tone: "defer", text: "Output ownership depends on the platform's terms; we'll confirm once legal has read them." },
  // know-how
  { layer: "know-how", tone: "counter", text: "We keep our general methods, but nothing specific to your data or your model goes into other work." },
  { layer: "know-how", tone: "reject", text: "Trust us, we would never use that clause against you." },
  { layer: "know-how", tone: "accept", text: "Improvements you fund will be shared with you at no extra cost, with full documentation." },
  { layer: "know-how", tone: "defer", text: "Legal is reviewing the know-how carve-out and will send a redline by Friday." },
  // deployment & exit
  { layer: "deployment-exit", tone: "reject", text: "If you leave, the model stays with us and your access ends." },
  { layer: "deployment-exit", tone: "reject", text: "The model will only be available via our hosted API." },
  { layer: "deployment-exit", tone: "reject", text: "On termination, the vendor will delete all model weights and training artifacts." },
  {
    layer: "deployment-exit",
    tone: "counter",
    text: "We can deposit the weights with an escrow agent, but release only on formal insolvency, not on failure to support.",
  },
  { layer: "deployment-exit", tone: "counter", text: "Renewal price increases will be capped at 7% a year, but only for the first three years." },
  { layer: "deployment-exit", tone: "counter", text: "Our hosting SLA is 99.5% with service credits; 99.9% would be an extra line item." },
  {
    layer: "deployment-exit",
    tone: "accept",
    text: "On termination we deliver the latest weights and documentation and provide 90 days of termination assistance.",
  },
  { layer: "deployment-exit", tone: "accept", text: "You may self-host the model at any time, and we will support the migration at our standard day rates." },
  { layer: "deployment-exit", tone: "defer", text: "Exit costs depend on your cloud contract; we'll send numbers after the architecture workshop." },
];

export const NEXT_STEPS: Record<Tone, string[]> = {
  accept: [
    "Get it into the redline with the agreed wording.",
    "Record the clause reference once the draft is updated.",
    "Confirm in writing and close the clause.",
  ],
  counter: [
    "Ask for the must-have position; accept the fallback only with a time limit.",
    "Counter with our fallback wording and a review date.",
    "Check the fallback with the CIO before accepting.",
  ],
  reject: [
    "Escalate to their commercial lead; this is below our walk-away position.",
    "Quote the playbook counter-argument and ask for it in writing.",
    "Prepare the walk-away alternative and raise it at the next meeting.",
  ],
  defer: ["Chase for an answer by the end of the week.", "Put it on the agenda of the next negotiation call.", "Ask who decides on their side and when."],
};

export const NA_REASONS = [
  "Does not apply to this deal's commercial model.",
  "No third-party data is used in this project.",
  "The model is self-hosted from day one.",
  "Covered by the master services agreement.",
];

export const RISK_RATIONALES = [
  "Accepted for the pilot phase only; to be renegotiated before the production roll-out.",
  "Low exposure: the model is not core to the business and can be rebuilt within a quarter.",
  "The vendor's parent company guarantees continuity; reviewed with legal.",
  "Compensated by a shorter term and an exit option after twelve months.",
];

export const REVIEW_COMMENTS = {
  APPROVED: ["Ready to sign.", "Approved with the accepted risks noted.", "Good outcome on weights and exit; approved.", ""],
  CHANGES_REQUESTED: [
    "Close the escrow gap first.",
    "The exit clauses are not good enough yet.",
    "Get weights delivery in writing before I sign off.",
    "Too many open must-haves.",
  ],
};

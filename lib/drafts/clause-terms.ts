// The words by which a contract passage shows it deals with one of the default playbook's clauses.
// Whole words, any case (map.ts matches them all in one pass). Three strengths:
// - strong: says what the clause is about on its own ("escrow agent", "model weights"), also as a
//   section heading above the passage;
// - medium: enough on its own in the passage, but only a hint in a heading;
// - weak: a hint ("deliverables", "perpetual"); two hints, or a hint and a flagged pitch, make a mapping.
// Generic words ("model", "data", "services") are never terms: every passage of an AI contract has them.

export interface ClauseTerms {
  strong?: readonly string[];
  medium?: readonly string[];
  weak?: readonly string[];
}

export const CLAUSE_TERMS: Record<string, ClauseTerms> = {
  "client-data-ownership": {
    strong: [
      "ownership of customer data",
      "ownership of client data",
      "data ownership",
      "owns the customer data",
      "owns the client data",
      "owns all customer data",
    ],
    medium: [
      "customer data remains",
      "client data remains",
      "customer data shall remain",
      "client data shall remain",
      "title to customer data",
      "title to client data",
    ],
    weak: ["customer data", "client data", "training data", "prompts", "property of the customer", "property of the client"],
  },
  "data-use-limited-to-project": {
    strong: ["solely to provide the services", "use of customer data", "use of client data", "data use"],
    medium: ["for any other purpose", "other purpose", "use customer data", "use client data", "use the customer data", "use the client data", "any purpose"],
    weak: ["purposes", "purpose", "permitted use", "solely for the purpose of", "only for the purpose of"],
  },
  "no-vague-data-use-terms": {
    strong: ["service data", "usage data", "telemetry", "improve our services", "improve its services", "improving its services", "improving our services"],
    medium: ["product improvement", "any purpose", "business purposes", "including but not limited to"],
    weak: ["improve", "improving", "analytics"],
  },
  "isolated-model-instance": {
    strong: ["dedicated instance", "single-tenant", "multi-tenant", "shared model", "pooled model", "isolated instance", "logically separated"],
    medium: ["isolated", "pooled", "shared base", "commingled", "other customers' data", "train models for other customers"],
    weak: ["dedicated", "separate", "segregated"],
  },
  "third-party-training-data": {
    strong: ["third-party data", "third party data", "third-party datasets", "third-party training data", "data provenance", "scraped"],
    medium: ["licensed datasets", "publicly available data", "public data", "external datasets", "provenance"],
    weak: ["datasets", "data sources"],
  },
  "data-return-deletion": {
    strong: [
      "return or delete",
      "return and delete",
      "delete all customer data",
      "delete all client data",
      "certify deletion",
      "certificate of deletion",
      "data retention",
    ],
    medium: ["delete", "deletion", "deleted", "destroy", "destruction", "erase", "retain copies", "return all customer data", "return all client data"],
    weak: ["return", "retain", "backups"],
  },
  "base-vs-custom-boundary": {
    strong: [
      "base model",
      "foundation model",
      "background ip",
      "background intellectual property",
      "pre-existing model",
      "custom model",
      "customised model",
      "customized model",
    ],
    medium: ["pre-existing", "customisation", "customization", "bespoke", "platform ip"],
    weak: ["pre-trained", "underlying model"],
  },
  "base-model-licence": {
    strong: [
      "licence to the base model",
      "license to the base model",
      "base model licence",
      "base model license",
      "licence to the platform",
      "license to the platform",
    ],
    medium: ["non-exclusive licence", "non-exclusive license", "limited licence", "limited license", "revocable licence", "revocable license"],
    weak: ["licence", "license", "licensed", "non-exclusive", "non-transferable", "licence to use", "license to use"],
  },
  "open-source-licence-check": {
    strong: [
      "open source",
      "open-source",
      "open weights",
      "open-weight",
      "community licence",
      "community license",
      "apache 2.0",
      "apache licence",
      "apache license",
    ],
    medium: ["llama", "mistral", "copyleft", "gpl", "acceptable use policy"],
    weak: ["apache", "mit licence", "mit license"],
  },
  "third-party-dependency-warranty": {
    strong: ["third-party components", "third party components", "third-party software", "third-party services", "underlying platforms", "sub-processors"],
    medium: ["non-infringement", "infringe", "infringement", "dependencies"],
    weak: ["warrants", "warranty", "warranties", "as is", "indemnify", "indemnity", "indemnification"],
  },
  "weights-as-deliverable": {
    strong: ["model weights", "trained weights", "checkpoints", "model files", "model artefacts", "model artifacts", "fine-tuned parameters"],
    medium: ["weights", "checkpoint", "adapters", "lora", "nothing to download", "nothing for you to download", "download", "parameters"],
    weak: ["deliverable", "deliverables", "deliver", "delivered", "copy of the model"],
  },
  "weights-ip-assignment": {
    strong: [
      "assigns to the customer",
      "assigns to the client",
      "hereby assigns",
      "all right, title and interest",
      "work made for hire",
      "assignment of intellectual property",
      "intellectual property rights in the model",
    ],
    medium: ["vests in", "shall vest", "owns all intellectual property", "exclusive licence", "exclusive license"],
    weak: ["intellectual property", "proprietary", "ownership", "title", "shall own", "assign", "assigns", "assignment"],
  },
  "acceptance-testing": {
    strong: ["acceptance test", "acceptance tests", "acceptance testing", "acceptance criteria", "deemed accepted", "deemed acceptance", "acceptance period"],
    medium: ["acceptance", "accepted", "accept the model", "rejection notice", "performance criteria"],
    weak: ["benchmark", "benchmarks", "evaluation", "test period", "defects"],
  },
  "client-retraining-rights": {
    strong: ["retrain", "retraining", "re-train", "re-training", "fine-tune", "fine-tuning", "further training"],
    medium: ["modify the model", "modification of the model", "modifications to the model"],
    weak: ["modify", "modifications", "any provider", "third party of its choice", "train the model"],
  },
  "model-documentation": {
    strong: ["model card", "training code", "training procedure", "technical documentation", "hyperparameters"],
    medium: ["documentation", "architecture", "reproduce", "rebuild", "runbook", "source code"],
    weak: ["manuals", "instructions", "specifications"],
  },
  "derived-data-ownership": {
    strong: ["derived data", "derivative data", "embeddings", "synthetic data", "annotations", "labelled data", "labeled data"],
    medium: ["insights", "labels", "features derived", "derived from customer data", "derived from client data"],
    weak: ["derived", "metadata"],
  },
  "generic-learnings-anonymised": {
    strong: ["anonymised", "anonymized", "de-identified", "generic learnings", "aggregated data", "aggregated and anonymised", "aggregate data"],
    medium: ["aggregated", "aggregate", "statistical", "cannot identify"],
    weak: ["general insights", "benchmarking", "learnings"],
  },
  "no-derivative-models-for-others": {
    strong: ["derivative model", "derivative models", "models for other customers", "models for other clients", "similar models", "same model for"],
    medium: ["third parties' models", "competitors of the customer", "build or improve models", "models for others"],
    weak: ["resell", "derivative", "other parties", "other clients", "other customers"],
  },
  "sector-exclusivity-head-start": {
    strong: ["exclusivity", "exclusivity period", "head start", "head-start", "sector exclusivity"],
    medium: ["competitor", "competitors", "same sector", "same industry"],
    weak: ["exclusive", "sector", "industry", "months"],
  },
  "reuse-compensation": {
    strong: ["royalty", "royalties", "revenue share", "revenue-share", "reuse discount"],
    medium: ["discount", "credit against", "compensation for reuse", "share of revenue"],
    weak: ["reuse", "re-use", "compensation", "consideration"],
  },
  "output-ownership": {
    strong: [
      "owns all outputs",
      "own all outputs",
      "ownership of outputs",
      "ownership of output",
      "outputs belong",
      "outputs shall belong",
      "generated content",
      "title to outputs",
    ],
    medium: ["outputs", "output", "predictions", "generated by the model", "results generated"],
    weak: ["results", "content generated"],
  },
  "no-vendor-licence-to-outputs": {
    strong: [
      "licence to outputs",
      "license to outputs",
      "licence to use outputs",
      "license to use outputs",
      "use outputs to",
      "use the outputs to",
      "outputs to train",
      "outputs to improve",
    ],
    medium: ["licence to customer content", "license to customer content", "licence to prompts", "license to prompts", "use prompts"],
    weak: ["customer content", "client content", "content"],
  },
  "know-how-carve-out": {
    strong: ["know-how", "residuals", "residual knowledge", "general skills", "ideas, concepts", "retained knowledge", "unaided memory"],
    medium: ["know how", "techniques", "general knowledge", "skills and experience", "methodologies"],
    weak: ["experience", "concepts", "ideas"],
  },
  "funded-improvements-shared": {
    strong: [
      "funded improvements",
      "improvements funded",
      "improvements to the platform",
      "improvements to its tools",
      "enhancements to the platform",
      "paid for by the customer",
      "paid for by the client",
    ],
    medium: ["improvements", "enhancements", "new features", "developed under this agreement"],
    weak: ["improvement", "enhancement", "funded"],
  },
  "self-host-option": {
    strong: ["self-host", "self-hosted", "self-hosting", "on-premises", "on premises", "on-prem", "own infrastructure", "its own cloud", "host the model"],
    medium: ["our cloud", "vendor's cloud", "supplier's cloud", "deploy the model", "run the model"],
    weak: ["infrastructure", "environment", "api", "cloud", "hosted", "hosted by", "hosting"],
  },
  "vendor-hosting-sla": {
    strong: ["service level", "service levels", "service level agreement", "sla", "uptime", "service credits", "availability target"],
    medium: ["availability", "response time", "response times", "latency", "maintenance windows", "downtime"],
    weak: ["available", "support", "incident", "incidents", "rate limits", "deprecate", "deprecation"],
  },
  "delivery-on-termination": {
    strong: [],
    medium: ["deliver a copy", "latest version"],
    weak: ["on termination", "upon termination", "on expiry", "upon expiry", "following termination", "after termination", "on any termination", "hand over"],
  },
  "termination-assistance": {
    strong: ["termination assistance", "transition assistance", "exit assistance", "exit plan", "transition services", "migration assistance"],
    medium: ["transition", "migration", "migrate", "handover", "hand-over", "successor provider"],
    weak: ["cooperate", "co-operate", "assist", "assistance"],
  },
  "licence-survives-termination": {
    strong: [
      "survive termination",
      "survives termination",
      "survive expiry",
      "survives expiry",
      "perpetual licence",
      "perpetual license",
      "irrevocable licence",
      "irrevocable license",
    ],
    medium: ["perpetual", "irrevocable", "term-limited", "licence term", "license term"],
    weak: ["fully paid-up", "paid-up", "royalty-free", "term", "shall survive", "survive", "survives", "for the term of this agreement", "during the term"],
  },
  "model-escrow": {
    strong: ["escrow", "escrow agent", "escrow agreement", "release event", "release events", "release conditions", "deposit materials"],
    medium: ["deposit", "deposited", "insolvency", "ceases to trade", "ceases business"],
    weak: ["neutral third party", "verification"],
  },
  "cloud-exit-costs": {
    strong: [
      "exit fee",
      "exit fees",
      "export fee",
      "export fees",
      "egress",
      "egress fees",
      "data transfer fees",
      "migration fee",
      "migration fees",
      "termination fee",
      "termination fees",
      "extraction fee",
    ],
    medium: ["export", "extract", "extraction", "at the supplier's then-current rates", "professional services rates", "standard rates"],
    weak: ["fees", "charges", "charge", "costs"],
  },
  "capped-renewal-pricing": {
    strong: ["renewal", "renewals", "price increase", "price increases", "fees may increase", "indexation", "cpi", "renewal fees", "renewal term"],
    medium: ["increase the fees", "increase its fees", "pricing", "price list", "annual increase", "list price", "then-current"],
    weak: ["cap", "capped", "fees", "subscription"],
  },
  "regulator-audit-transparency": {
    strong: [
      "audit rights",
      "right to audit",
      "regulator",
      "regulators",
      "regulatory authority",
      "auditor",
      "auditors",
      "inspection rights",
      "trade secret",
      "trade secrets",
    ],
    medium: ["audit", "audits", "inspect", "inspection", "explainability", "transparency", "supervisory authority"],
    weak: ["records", "examine", "information requests"],
  },
  "big-tech-exit-path": {
    strong: [
      "openai",
      "azure",
      "aws",
      "bedrock",
      "vertex",
      "google cloud",
      "hyperscaler",
      "third-party platform",
      "third party platform",
      "platform provider",
      "amazon web services",
    ],
    medium: ["cloud provider", "api provider", "foundation model provider", "anthropic", "gemini", "gpt"],
    weak: ["platform"],
  },
};

/** Words too common in an AI contract to say which clause a passage is about. */
export const GENERIC_WORDS = new Set(
  (
    "a an and any are as at be by for from in into is it its no not of on or our that the this to with without your we us shall will may must all " +
    "per than then such each other both either their they them these those which who whom what when where also only more most can could should would " +
    "model models data services service client clients customer customers vendor vendors supplier suppliers provider agreement contract party parties " +
    "use used uses using right rights provide provided provides term terms information system systems software work works project projects company " +
    "including include includes written writing time times make made given give keep keeps kept stays stay take takes taken able need needs within " +
    "under over after before during between upon where whether every none anything something clear clearly reasonable including means meaning " +
    "solution solutions product products deal deals contract contracts vendor's client's customer's supplier's"
  ).split(/\s+/),
);

/** A clause's own words worth matching on: its title and the distinctive words of what it must have. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .split(/\s+/)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ""))
    .filter((w) => w.length > 3 && !GENERIC_WORDS.has(w));
}

// The words by which a contract passage shows it deals with one of the default playbook's clauses.
// Whole words, any case; a passage maps to a clause when its terms add up (map.ts). Clauses an
// organisation adds (or a deal's own clauses) are recognised by the words of their title.

export const CLAUSE_TERMS: Record<string, readonly string[]> = {
  "client-data-ownership": ["client data", "customer data", "your data", "training data", "ownership of data", "data ownership", "owns the data"],
  "data-use-limited-to-project": [
    "purpose",
    "use the data",
    "use of data",
    "use customer data",
    "use client data",
    "for the purposes of",
    "other purpose",
    "service improvement",
  ],
  "no-vague-data-use-terms": ["service data", "usage data", "any purpose", "improve our services", "improve its services", "product improvement", "telemetry"],
  "isolated-model-instance": ["isolated", "dedicated instance", "shared model", "shared base", "pooled", "multi-tenant", "other customers", "single-tenant"],
  "third-party-training-data": ["third-party data", "third party data", "licensed data", "data sources", "scraped", "public data", "provenance"],
  "data-return-deletion": ["return", "deletion", "delete", "destroy", "destruction", "certify deletion", "data retention"],
  "base-vs-custom-boundary": ["base model", "foundation model", "pre-existing", "background ip", "customisation", "customization", "custom model"],
  "base-model-licence": ["base model licence", "base model license", "licence to the base model", "license to the base model", "pre-trained model"],
  "open-source-licence-check": ["open source", "open-source", "open weights", "apache", "llama", "community licence", "community license", "mistral"],
  "third-party-dependency-warranty": [
    "third-party components",
    "third party components",
    "dependencies",
    "warranty",
    "warrants",
    "indemnify",
    "indemnity",
    "non-infringement",
  ],
  "weights-as-deliverable": [
    "weights",
    "model weights",
    "checkpoint",
    "checkpoints",
    "deliverable",
    "deliverables",
    "model files",
    "download",
    "adapter",
    "adapters",
  ],
  "weights-ip-assignment": [
    "assign",
    "assignment",
    "assigns",
    "title",
    "intellectual property",
    "all right, title and interest",
    "work made for hire",
    "vests",
  ],
  "acceptance-testing": ["acceptance", "accepted", "acceptance test", "acceptance criteria", "deemed accepted", "deemed acceptance", "benchmark", "evaluation"],
  "client-retraining-rights": ["retrain", "retraining", "re-train", "fine-tune", "fine-tuning", "further training", "modify the model", "modification"],
  "model-documentation": ["documentation", "model card", "architecture", "hyperparameters", "training procedure", "training code", "reproduce"],
  "derived-data-ownership": ["derived data", "embeddings", "synthetic data", "annotations", "labels", "feature", "derivative data"],
  "generic-learnings-anonymised": ["anonymised", "anonymized", "aggregated", "aggregate", "de-identified", "generic learnings", "statistical"],
  "no-derivative-models-for-others": ["derivative model", "derivative models", "other clients", "other customers", "competitors", "resell", "same model"],
  "sector-exclusivity-head-start": ["exclusivity", "exclusive", "sector", "industry", "head start", "competitor", "competitors"],
  "reuse-compensation": ["royalty", "royalties", "revenue share", "discount", "compensation", "reuse"],
  "output-ownership": ["outputs", "output", "generated content", "results", "predictions", "owns the output"],
  "no-vendor-licence-to-outputs": ["licence to outputs", "license to outputs", "use outputs", "use the outputs", "outputs to train", "outputs to improve"],
  "know-how-carve-out": ["know-how", "know how", "residuals", "general skills", "ideas, concepts", "techniques", "experience"],
  "funded-improvements-shared": ["improvements", "enhancements", "funded", "developed under this agreement", "paid for", "new features"],
  "self-host-option": ["self-host", "self-hosted", "on-premises", "on premise", "on-prem", "own infrastructure", "our cloud", "vendor's cloud", "hosted by"],
  "vendor-hosting-sla": ["service level", "service levels", "sla", "uptime", "availability", "service credits", "response time"],
  "delivery-on-termination": ["on termination", "upon termination", "after termination", "expiry", "termination", "transition", "deliver a copy"],
  "termination-assistance": ["termination assistance", "transition assistance", "exit assistance", "migration", "handover", "cooperate"],
  "licence-survives-termination": ["survive", "survives", "surviving", "perpetual", "irrevocable", "licence term", "license term", "after expiry"],
  "model-escrow": ["escrow", "escrow agent", "deposit", "release event", "release conditions", "insolvency"],
  "cloud-exit-costs": ["exit fee", "exit fees", "export fee", "export fees", "egress", "data transfer fees", "migration fee", "termination fee"],
  "capped-renewal-pricing": ["renewal", "price increase", "fees may increase", "pricing", "cap", "indexation", "cpi"],
  "regulator-audit-transparency": ["audit", "auditor", "regulator", "inspection", "trade secret", "trade secrets", "explainability", "transparency"],
  "big-tech-exit-path": ["openai", "azure", "aws", "bedrock", "vertex", "google cloud", "platform provider", "third-party platform", "hyperscaler"],
};

const STOP_WORDS = new Set(
  "a an and any are as at be by for from in into is it its no not of on or our that the this to with without your we us shall will may must all per than then".split(
    " ",
  ),
);

/** The words of a clause's title worth matching on: "Model escrow" → ["model escrow", "escrow"]. */
export function titleTerms(title: string): string[] {
  const words = title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .split(/\s+/)
    .filter((w) => w.length > 3 && !STOP_WORDS.has(w));
  const phrase = words.join(" ");
  return [...new Set([phrase, ...words].filter(Boolean))];
}

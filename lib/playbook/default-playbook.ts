import type { PitchSeed, PlaybookSeed } from "./types";

// Default playbook content. All text is the project's own paraphrase of the seed document
// ("Custom AI Development & Model Ownership Terms"); each item's `source` says which part of
// that document it rests on. Anything that goes beyond the source is marked in the text as a
// playbook addition.

/**
 * The seven vendor pitches. Each pitch's danger and counter are written here only: the red-flag rules
 * (pitch-patterns.ts) take them from this list, so a recognised pitch reads as it does on /playbook.
 * Kept apart from DEFAULT_PLAYBOOK so the matcher, which runs in the browser too, does not pull the
 * whole playbook into the page.
 */
export const DEFAULT_PITCHES: PitchSeed[] = [
  {
    key: "hosting-only",
    quote: "AI is complicated, so leave the hosting and running to us. You don't need the raw model; just call our API.",
    danger:
      "It plays down your need to hold the model. You become wholly dependent on the vendor's infrastructure and on its continuing to operate: an outage stops you, and switching providers means starting over.",
    counter:
      "Treat hosting as a convenience, not a substitute for ownership. Require a copy of the model delivered on request or kept in escrow, SLAs while the vendor hosts, and cite business continuity as the reason.",
    layer: "deployment-exit",
    source: "High-risk pitches › #1 hosting only",
  },
  {
    key: "proprietary-base-model",
    quote: "The real value is in our proprietary base model, so we keep ownership and you get a licence.",
    danger: "The licence may be limited in time or scope, and without wider rights you may be unable to run the model yourself or develop it further.",
    counter:
      "If the vendor will not transfer ownership, require at least an exclusive, perpetual licence to the model with the right to operate it on your own infrastructure, modify it and integrate it with other systems, and keep the version customised on your data apart from the base the vendor owns.",
    layer: "base-model",
    source: "High-risk pitches › #2 proprietary base model",
  },
  {
    key: "pooled-data",
    quote: "It's a shared model: every customer's data makes it better, so you benefit from everyone's.",
    danger: "Your data enriches a model your competitors can also use, so the network effect works against your advantage.",
    counter:
      "Treat it as a red flag. Require an isolated model, or at least a separately fine-tuned instance used only by you, and bar your data from the shared base.",
    layer: "training-data",
    source: "High-risk pitches › #3 pooled data",
  },
  {
    key: "discount-for-reuse",
    quote: "We can take something off the price if we're allowed to reuse the model and IP with other clients.",
    danger: "You may be funding a product the vendor then sells across your industry, giving competitors a similar capability for a fraction of what you paid.",
    counter:
      "Usually decline unless the use case is not core to your business. If you agree, get sector exclusivity or a time-limited head start (such as a year before resale), real value back such as a royalty, and no reuse of your actual data.",
    layer: "derived-data",
    source: "High-risk pitches › #4 discount for reuse; Recommendations › 4 Negotiate usage and improvement rights",
  },
  {
    key: "trust-us",
    quote: "Don't read too much into that wording; it isn't meant to hurt you, and we'd never actually do that.",
    danger:
      "Vague or one-sided terms, such as a right to use 'service data' for any purpose or a broad licence to your content, stay enforceable whatever was said in the meeting. Zoom's 2023 terms update, claiming wide AI-training rights over customer data, shows how such clauses come back to bite.",
    counter:
      "Never accept a spoken assurance in place of wording. Tighten or delete any clause that could be abused, on the assumption that one day it will be.",
    layer: "training-data",
    source: "High-risk pitches › #5 trust us; Recommendations › 2 Document everything",
  },
  {
    key: "lose-ai-on-exit",
    quote: "Our policy is that the model stays with us: if you end the contract, the AI goes with it.",
    danger: "Classic lock-in: a strategic capability becomes a subscription you cannot leave without losing it overnight.",
    counter:
      "Say plainly that this is unacceptable for a strategic system. Naming it often brings out an option the vendor had not advertised, such as an enterprise IP transfer for a higher fee; then secure delivery on termination, surviving licences and escrow.",
    layer: "deployment-exit",
    source: "High-risk pitches › #6 lose the AI on exit",
  },
  {
    key: "big-tech-platform",
    quote: "Our solution runs on a big-tech AI service, so handing the model over to you isn't possible.",
    danger:
      "It may even be true, because platform terms can prevent export of fine-tuned weights, but it means you will never own a model that lives in someone else's cloud.",
    counter:
      "Avoid this set-up for custom development where you can. Otherwise secure ownership of your data and outputs, export of all fine-tuning data, and a commitment to rebuild an equivalent model on an open platform or move to a self-hosted alternative; consider negotiating with the platform provider directly.",
    layer: "weights-artifacts",
    source: "High-risk pitches › #7 big-tech platform; Recommendations › 6 Assess third-party dependencies",
  },
];

export const DEFAULT_PLAYBOOK: PlaybookSeed = {
  name: "Custom AI model ownership playbook",

  layers: [
    {
      key: "training-data",
      title: "Training data",
      summary:
        "The data the enterprise hands over to train the model, plus any outside datasets the vendor brings in. The enterprise keeps title to its own data and decides exactly what the vendor may do with it.",
      source: "Layers of AI model IP › Training data",
    },
    {
      key: "base-model",
      title: "Base model & architecture",
      summary:
        "The starting point the vendor builds on: its own pre-existing model, a pre-trained or open-source model, or a big-tech service. The vendor may keep what it owned before, but the base licence must let the enterprise run and develop the customised model.",
      source: "Layers of AI model IP › Model architecture & base models",
    },
    {
      key: "weights-artifacts",
      title: "Model weights & artifacts",
      summary:
        "Trained weights, fine-tuned parameters, embeddings, custom code and configuration: the actual deliverable. Whoever holds these files can run the model; without them the enterprise has rented a service, not bought a model.",
      source: "Layers of AI model IP › Model weights and artifacts",
    },
    {
      key: "derived-data",
      title: "Derived data & insights",
      summary:
        "By-products of the work such as cleaned datasets, feature-importance metrics and lessons about the enterprise's market. They come from the enterprise's data and budget, so they stay with the enterprise, and any vendor reuse must be narrow and anonymised.",
      source: "Layers of AI model IP › Derived data and insights",
    },
    {
      key: "outputs",
      title: "Model outputs",
      summary:
        "Whatever the model produces, from forecasts to generated text and designs. Because the law on AI-generated material is still moving, the contract itself should say the enterprise owns them.",
      source: "Layers of AI model IP › Model outputs",
    },
    {
      key: "know-how",
      title: "Know-how & methodologies",
      summary:
        "The vendor's general skills, techniques and tools, which it may fairly keep. The line to hold is that this carve-out never reaches the specific model, the code written for the enterprise or the enterprise's data.",
      source: "Layers of AI model IP › Know-how and methodologies",
    },
    {
      key: "deployment-exit",
      title: "Deployment & exit",
      summary:
        "Cross-cutting terms on where the model runs and how the enterprise leaves: self-hosting versus API access, service levels, termination, portability, escrow, continuity and transparency for regulators. These decide whether ownership on paper becomes control in practice.",
      source: "Key clauses › Hosting rights vs API access; Key clauses › Termination and portability",
    },
  ],

  clauses: [
    // ───────────────────────────── Training data ─────────────────────────────
    {
      key: "client-data-ownership",
      layer: "training-data",
      title: "Client keeps ownership of the data it supplies",
      whyItMatters:
        "Training sets, prompts and other inputs carry the enterprise's know-how; once the contract gives the vendor rights in them, they can end up improving a product sold to rivals. Ownership has to be written down, not assumed.",
      mustHave:
        "The contract states that all data the client supplies (training sets, prompts, feedback, documents) remains the client's property and that the vendor acquires no ownership of it.",
      fallback:
        "Client ownership is stated, and the vendor receives only a limited, non-transferable permission to use the data for the duration of the project and solely to perform it.",
      walkAway: "Any term that moves ownership of client data to the vendor, or grants the vendor a broad, perpetual or sublicensable licence to it.",
      sampleLanguage:
        "As between the parties, Client Data belongs exclusively to Client. Vendor obtains no ownership of Client Data and holds only the limited permission to use it that this Agreement expressly grants.",
      priority: "MUST_HAVE",
      attackedBy: ["trust-us", "pooled-data"],
      source: "Key clauses › Data ownership; Layers of AI model IP › Training data",
    },
    {
      key: "data-use-limited-to-project",
      layer: "training-data",
      title: "Vendor may use client data only for the client's project",
      whyItMatters:
        "Ownership alone does not stop a vendor from training its general models, or other customers' models, on your data. A use limit is what keeps your data from subsidising someone else's solution, both during the project and after it.",
      mustHave:
        "Client data may be used only to build, run and support the client's model. Any other use, including training the vendor's own models or models for other customers, needs the client's prior written consent, and the limit continues after the contract ends.",
      fallback:
        "The same limit, with a short list of other uses the client has approved in writing (for example security monitoring of the hosted service), none of which involves training models for anyone else.",
      walkAway:
        "Permission for the vendor to train or improve models offered to other customers on client data, or a use limit that lapses when the contract ends.",
      sampleLanguage:
        "Vendor shall process Client Data only as needed to develop, operate and support the Model for Client. Any other use, including training or improving any model for Vendor or a third party, requires Client's prior written approval. This Section survives expiry or termination.",
      priority: "MUST_HAVE",
      attackedBy: ["pooled-data", "discount-for-reuse", "trust-us"],
      source: "Key clauses › Data ownership; Layers of AI model IP › Training data",
    },
    {
      key: "no-vague-data-use-terms",
      layer: "training-data",
      title: "No vague or catch-all data-use wording",
      whyItMatters:
        "Boilerplate that lets the vendor use 'service data' for any purpose, or gives it a broad licence to your content, can be enforced later whatever the sales team promised. Zoom's 2023 terms change, which claimed wide AI-training rights over customer data, shows how such wording surfaces.",
      mustHave:
        "Every right the vendor has over client data is listed in writing; catch-all phrases (use 'for any purpose', broad licences to 'service data' or customer content) are deleted, and the contract says the vendor may use client data and the model only to deliver services to the client.",
      fallback:
        "Catch-all wording survives only where a definition narrows it, e.g. usage metrics about the service that contain no client data and may not be used for model training.",
      walkAway: "Accepting a spoken or emailed assurance that the vendor 'would never do that' while the broad wording stays in the signed contract.",
      sampleLanguage:
        "Vendor's use of Client Data, Client content and the Model is limited to providing the Services to Client. No further right or licence in them arises by implication, estoppel or otherwise.",
      priority: "IMPORTANT",
      attackedBy: ["trust-us"],
      source: "High-risk pitches › #5 trust us; Recommendations › 2 Document everything; Recommendations › 3 Beware vendor-friendly defaults",
    },
    {
      key: "isolated-model-instance",
      layer: "training-data",
      title: "Client data trains only the client's model (no pooled multi-tenant model)",
      whyItMatters:
        "In a shared multi-tenant model, your data improves a system your competitors also use, so the advantage you paid for flows straight to them.",
      mustHave:
        "The client's model is isolated: client data and the client's fine-tuning feed only the client's own model, and no shared or multi-tenant model is trained on them.",
      fallback:
        "A shared base model is acceptable if the client gets its own separately fine-tuned instance and client data never flows back into the shared base or into other tenants' instances.",
      walkAway: "Client data pooled into a model that other customers, including competitors, can use.",
      sampleLanguage:
        "Vendor shall keep the Model, and all training and fine-tuning carried out with Client Data, separate from models used for other customers, and shall not use Client Data to train any shared or multi-tenant model.",
      priority: "MUST_HAVE",
      attackedBy: ["pooled-data"],
      source: "High-risk pitches › #3 pooled data; Why model ownership › Protect competitive secrets",
    },
    {
      key: "third-party-training-data",
      layer: "training-data",
      title: "Third-party data added by the vendor is disclosed and cleared",
      whyItMatters:
        "Vendors often enrich training with datasets they license from others. If those rights are limited or disputed, the model trained on them can be restricted even though you own everything else.",
      mustHave:
        "The vendor lists every third-party dataset it adds, warrants that it has the right to use each one to train the client's model, and confirms the client may keep using and retraining the resulting model without further licences, including after termination.",
      fallback:
        "Disclosure and a warranty of rights, with the client's continued use of the trained model secured for its whole life even if retraining on a given dataset later needs a separate licence.",
      walkAway: "Undisclosed third-party data in the training set, or data whose licence ends when the vendor relationship ends.",
      priority: "IMPORTANT",
      attackedBy: [],
      source: "Layers of AI model IP › Training data; Recommendations › 6 Assess third-party dependencies",
    },
    {
      key: "data-return-deletion",
      layer: "training-data",
      title: "Client data returned, and vendor copies removed, at the end",
      whyItMatters: "Copies of your data left on the vendor's systems after the engagement remain a leak and reuse risk long after anyone is watching them.",
      mustHave:
        "On request at any time, and in any case when the contract ends, the vendor returns all client data in a usable form and deletes its remaining copies, keeping only what the law obliges it to archive. (Written confirmation of deletion is a playbook addition, not in the source.)",
      fallback:
        "Return at contract end rather than on demand, deletion within a fixed period afterwards, and a narrowly defined legal-archive exception that stays under the confidentiality and use limits.",
      walkAway: "No duty to return client data, or a vendor right to keep it indefinitely for its own purposes.",
      sampleLanguage:
        "When Client asks, and in any event on expiry or termination, Vendor shall return all Client Data to Client and erase its remaining copies, except copies it is legally required to keep, which stay subject to Sections [Data Use] and [Confidentiality].",
      priority: "IMPORTANT",
      attackedBy: [],
      source: "Key clauses › Data ownership (return of data)",
    },

    // ───────────────────────────── Base model ─────────────────────────────
    {
      key: "base-vs-custom-boundary",
      layer: "base-model",
      title: "Base technology named; the customised model belongs to the client",
      whyItMatters:
        "A vendor can fairly keep the model or algorithms it had before the project, but a loosely drawn 'background IP' clause can sweep in the version trained on your data. Naming the base technology draws the line.",
      mustHave:
        "The contract lists the base technology (the vendor's pre-existing model, a pre-trained or open-source model) with its owner, and states that the customised version trained or fine-tuned on client data belongs to the client, while the underlying base stays with its owner.",
      fallback:
        "The vendor keeps title to the customised version as well, but the client holds the exclusive, perpetual licence described in the model IP clause.",
      walkAway: "A definition of vendor background IP wide enough to cover the customised model, its fine-tuned weights or anything trained on client data.",
      sampleLanguage:
        "Vendor Background IP means only the items listed in Schedule [X] that existed before the Effective Date. The Customised Model, including every parameter produced by training on Client Data, is not Vendor Background IP.",
      priority: "MUST_HAVE",
      attackedBy: ["proprietary-base-model"],
      source: "Layers of AI model IP › Model architecture & base models",
    },
    {
      key: "base-model-licence",
      layer: "base-model",
      title: "Licence to the base model wide enough to run and develop the solution",
      whyItMatters:
        "If the customised model cannot run without the vendor's base, the base licence decides what your ownership is worth. A licence limited to a few years or a narrow scope can stop you developing the model any further.",
      mustHave:
        "A perpetual, irrevocable, worldwide licence to the base model, covering use, modification and integration with other systems on infrastructure the client chooses, to the extent needed to run and further develop the client's model.",
      fallback:
        "A perpetual licence limited to running and fine-tuning the client's model (not the base on its own), still usable on any infrastructure and surviving termination.",
      walkAway:
        "A base licence limited in time (e.g. a fixed number of years) or place (only on the vendor's platform), or one that ends with the services contract.",
      sampleLanguage:
        "Vendor grants Client a perpetual, irrevocable, worldwide licence to use, copy and modify the Vendor Background IP to the extent needed to operate, maintain, retrain and integrate the Model, in any environment Client selects.",
      priority: "MUST_HAVE",
      attackedBy: ["proprietary-base-model", "lose-ai-on-exit"],
      source: "Layers of AI model IP › Model architecture & base models; High-risk pitches › #2 proprietary base model",
    },
    {
      key: "open-source-licence-check",
      layer: "base-model",
      title: "Open-source base model licence checked",
      whyItMatters:
        "Some open model licences forbid commercial use or oblige you to share improvements, which clashes with owning a model and keeping it private.",
      mustHave:
        "The vendor names the exact open-source model and licence version and warrants that the licence permits commercial use and does not require the client to publish or share its fine-tuned model or improvements; the client's lawyers review it before work starts.",
      fallback:
        "The vendor discloses the model and licence for the client to review, and commits to switch to a compatible base if a conflict turns up (the switch commitment is a playbook addition, not in the source).",
      walkAway: "A base model whose licence bans commercial use or forces sharing of improvements, or a vendor that will not say which base it uses.",
      priority: "IMPORTANT",
      attackedBy: [],
      source: "Layers of AI model IP › Model architecture & base models; Recommendations › 6 Assess third-party dependencies",
    },
    {
      key: "third-party-dependency-warranty",
      layer: "base-model",
      title: "Underlying platforms and models disclosed and warranted",
      whyItMatters:
        "Custom solutions often sit on big-tech AI services or open-source models. If the vendor's rights to those change, your rights can disappear with them unless the contract protects you.",
      mustHave:
        "The vendor lists every underlying platform, model and service, warrants that it has the rights to use them for the client's solution, and commits that the client keeps its rights if a third-party licence changes.",
      fallback:
        "Disclosure and a warranty of rights, plus prompt notice and an agreed remediation plan if a third-party licence change affects the client (notice and remediation plan are a playbook addition, not in the source).",
      walkAway: "Undisclosed dependencies, or a vendor answer of 'we can't give you that, it isn't ours' with no warranty and no alternative.",
      priority: "IMPORTANT",
      attackedBy: ["big-tech-platform"],
      source: "Recommendations › 6 Assess third-party dependencies",
    },

    // ───────────────────────────── Weights & artifacts ─────────────────────────────
    {
      key: "weights-as-deliverable",
      layer: "weights-artifacts",
      title: "Trained model files are a contract deliverable",
      whyItMatters:
        "The weights are the model's 'brain'; without the files you can only rent access to it. Listing them as a deliverable is what lets you run the model anywhere.",
      mustHave:
        "The deliverables include the trained weights, fine-tuned parameters, embeddings, custom code and configuration files, handed to the client at completion and at each agreed milestone, in a form the client can run without the vendor.",
      fallback: "Delivery at completion only (not per milestone), or deposit in escrow with release to the client whenever it asks.",
      walkAway: "No delivery of model files, or a delivery that leaves out the weights or the code needed to run them.",
      sampleLanguage:
        "Vendor shall deliver to Client the Model, comprising the trained weights, parameters, embeddings, source code and configuration files, on completion and at each Milestone listed in Schedule [X], in a format that lets Client operate the Model without Vendor's involvement.",
      priority: "MUST_HAVE",
      attackedBy: ["hosting-only", "big-tech-platform", "lose-ai-on-exit"],
      source: "Key clauses › Model weights and artifacts; Layers of AI model IP › Model weights and artifacts",
    },
    {
      key: "weights-ip-assignment",
      layer: "weights-artifacts",
      title: "Model IP assigned to the client (or exclusively licensed)",
      whyItMatters:
        "Delivery without rights is not ownership. Whether the model is assigned or licensed decides whether you can change it, move it and keep competitors away from it.",
      mustHave: "On payment and completion, the vendor assigns to the client all intellectual property rights in the model and its related artifacts.",
      fallback:
        "If the vendor keeps title, the client receives an exclusive, perpetual, worldwide, irrevocable licence to use, modify and run the model however it wishes, including running it on its own infrastructure and integrating it with other systems.",
      walkAway: "A non-exclusive, time-limited or scope-limited licence, or vague wording that leaves open who holds the rights.",
      sampleLanguage:
        "With effect from Client's payment of the Project fees and completion of the Project, Vendor transfers to Client ownership of all intellectual property in the Model and every Model Artifact. [Fallback: Vendor grants Client an exclusive, perpetual, irrevocable, worldwide licence to use, modify and operate the Model and every Model Artifact as Client sees fit.]",
      priority: "MUST_HAVE",
      attackedBy: ["proprietary-base-model", "discount-for-reuse", "trust-us"],
      source: "Key clauses › Model weights and artifacts; Recommendations › 1 Establish ownership early",
    },
    {
      key: "acceptance-testing",
      layer: "weights-artifacts",
      title: "Acceptance criteria and a test period for the model",
      whyItMatters:
        "Owning a model that does not perform is a liability. Agreed performance criteria and a test window mean you are never forced to accept a model that fails.",
      mustHave:
        "Measurable performance criteria for the model and a defined acceptance-testing period, with the client under no obligation to accept the model until it passes.",
      fallback:
        "Acceptance criteria fixed in a schedule shortly after kickoff rather than at signing, and a shorter test period, but still before the client must accept the model.",
      walkAway: "Deemed acceptance on delivery, or acceptance criteria left for the vendor to define alone.",
      sampleLanguage:
        "Client may test the Model against the Acceptance Criteria in Schedule [X] for [N] days after delivery. The Model is accepted only when Client confirms in writing that those criteria are met.",
      priority: "IMPORTANT",
      attackedBy: [],
      source: "Key clauses › Model weights and artifacts (acceptance criteria and testing)",
    },
    {
      key: "client-retraining-rights",
      layer: "weights-artifacts",
      title: "Client may retrain and fine-tune the model, with anyone it chooses",
      whyItMatters:
        "Models go stale as data changes. If only the vendor may improve the model, or every change becomes vendor IP, you are tied to the vendor's rates for the life of the model.",
      mustHave:
        "The client may retrain, fine-tune or otherwise modify the model on new data without vendor permission, whether itself, through the vendor or through any third party, and owns the resulting modified models.",
      fallback:
        "Free retraining by the client and by third parties it appoints under confidentiality terms; vendor base components stay vendor-owned, but the retrained results belong to the client.",
      walkAway: "Exclusive vendor rights to modify the model, or a term that treats any retraining of the model as vendor IP.",
      sampleLanguage:
        "Client, and any third party acting for Client, may retrain, fine-tune or otherwise modify the Model with any data without Vendor's consent. All resulting models and modifications belong to Client.",
      priority: "MUST_HAVE",
      attackedBy: ["proprietary-base-model", "lose-ai-on-exit"],
      source: "Key clauses › Retraining and derivative models",
    },
    {
      key: "model-documentation",
      layer: "weights-artifacts",
      title: "Documentation and training code to run, rebuild and explain the model",
      whyItMatters:
        "Weights alone may be unusable: you also need instructions and training code to run and retrain the model, and enough description to explain it to auditors. When the vendor vanished in the source's collapse scenario, the training code was lost along with the model.",
      mustHave:
        "Delivered with the model and kept current: deployment and operating documentation, the training code and pipeline, a description of training data and methods, and evaluation results, enough for a competent third party to run, retrain and explain the model. (The itemised list is a playbook addition built on the source's call for documentation.)",
      fallback:
        "Deployment and operating documentation plus training code handed over at completion and on termination, with updates on request rather than continuously.",
      walkAway: "Weights handed over without documentation or training code, or documentation withheld as a trade secret.",
      sampleLanguage:
        "Vendor shall provide, and keep up to date, the Model Documentation described in Schedule [X], including the training code and the instructions needed to deploy, operate and retrain the Model.",
      priority: "IMPORTANT",
      attackedBy: ["proprietary-base-model", "hosting-only"],
      source: "Key clauses › Termination and portability (documentation); Scenario 3: vendor collapse; Scenario 4: regulatory audit",
    },

    // ───────────────────────────── Derived data ─────────────────────────────
    {
      key: "derived-data-ownership",
      layer: "derived-data",
      title: "Derived data and insights belong to the client",
      whyItMatters:
        "Cleaned datasets, feature-importance metrics and findings about your market come from your data and your budget. If the vendor owns them, it can carry your hardest-won findings to its next customer.",
      mustHave:
        "Everything derived from client data or from work the client pays for (cleaned and labelled datasets, feature-importance and evaluation metrics, industry insights) belongs to the client and is handed over with the model.",
      fallback: "Derived data belongs to the client; the vendor keeps only generic learnings, on the terms of the generic-learnings clause.",
      walkAway: "Unlimited vendor rights to 'derivative data' or aggregated learnings from the project.",
      sampleLanguage:
        "All data, metrics and insights derived from Client Data or produced in performing the Services are Client's property and form part of the Deliverables.",
      priority: "IMPORTANT",
      attackedBy: ["pooled-data", "discount-for-reuse"],
      source: "Layers of AI model IP › Derived data and insights",
    },
    {
      key: "generic-learnings-anonymised",
      layer: "derived-data",
      title: "Vendor's generic learnings stay anonymised and free of client data",
      whyItMatters:
        "A vendor may reasonably want to keep what it learned about building models. The risk is that 'learnings' becomes a back door for your data or a copy of your model.",
      mustHave:
        "Any reuse by the vendor is limited to generalised techniques that contain no client data, cannot identify the client and are not a full or partial copy of the client's model, within a scope the client approves in writing.",
      fallback:
        "Reuse of generalised learnings allowed by default, provided they are anonymised and hold no client data or model parameters, and the vendor describes what it reuses when asked.",
      walkAway: "A learnings clause that lets the vendor keep client data, the model's weights or a clone of the model, or that has no limit of scope.",
      priority: "IMPORTANT",
      attackedBy: ["pooled-data", "discount-for-reuse"],
      source: "Layers of AI model IP › Derived data and insights; Recommendations › 4 Negotiate usage and improvement rights",
    },
    {
      key: "no-derivative-models-for-others",
      layer: "derived-data",
      title: "Vendor may not build models for others from the client's model or data",
      whyItMatters:
        "Without this ban, your model can become the template for a competitor's: the vendor recycles parts of it, trained on your data, into a product sold to your rivals.",
      mustHave:
        "The vendor may not use the client's model, any part of it, or client data to build or improve models for anyone else without the client's written consent.",
      fallback:
        "The same ban, with a narrow agreed exception for anonymised generic learnings or for reuse under a sector-exclusivity or head-start arrangement the client has signed off.",
      walkAway: "Any right for the vendor to reuse the model, its weights or client data in products for other customers without consent.",
      sampleLanguage:
        "Vendor shall not use the Model, any part of it, or Client Data to develop, train or improve any model for a person other than Client, except with Client's prior written consent.",
      priority: "MUST_HAVE",
      attackedBy: ["discount-for-reuse", "pooled-data"],
      source: "Key clauses › Retraining and derivative models; Scenario 2: competitor on the same model",
    },
    {
      key: "sector-exclusivity-head-start",
      layer: "derived-data",
      title: "Where reuse is allowed: sector exclusivity or a head start",
      whyItMatters:
        "Letting the vendor resell the model in return for a discount can mean funding a product your competitors buy for a fraction of your cost. If you accept reuse at all, protect your lead in your own market.",
      mustHave: "Where the client allows reuse, the vendor may not supply the model, or anything built from it, to organisations in the client's sector.",
      fallback: "A time-limited head start: no resale of the model or its derivatives for an agreed period, for example one year after go-live.",
      walkAway: "Unrestricted reuse rights traded for a discount on a use case that is core to the client's business.",
      sampleLanguage:
        "Vendor shall not license, sell or otherwise make available the Model or any Derivative to any person in the [Sector] sector [for [12] months after Go-Live].",
      priority: "IMPORTANT",
      attackedBy: ["discount-for-reuse"],
      source: "High-risk pitches › #4 discount for reuse",
    },
    {
      key: "reuse-compensation",
      layer: "derived-data",
      title: "Value back to the client where the vendor reuses its data or learnings",
      whyItMatters: "If the vendor profits from improvements built on your data, you should share in that value instead of giving it away.",
      mustHave:
        "Where the client agrees that the vendor may use its data or project learnings to improve the vendor's product, the client receives a stated, ongoing discount or royalty.",
      fallback: "A one-off price reduction tied to the reuse grant and fixed in the contract.",
      walkAway: "Reuse rights granted for nothing, or compensation left 'to be agreed' later.",
      priority: "NICE_TO_HAVE",
      attackedBy: ["discount-for-reuse"],
      source: "Recommendations › 4 Negotiate usage and improvement rights",
    },

    // ───────────────────────────── Outputs ─────────────────────────────
    {
      key: "output-ownership",
      layer: "outputs",
      title: "Client owns the model's outputs",
      whyItMatters:
        "Generated copy, designs and forecasts may feed your products and filings. With the law on AI-generated works still unsettled, only the contract gives you certainty.",
      mustHave: "All outputs the model generates for the client, and all deliverables, belong to the client, to the extent any rights exist in them.",
      fallback: "The client owns outputs produced from its own prompts and data, and the vendor disclaims any ownership of them.",
      walkAway: "Vendor ownership of outputs, or a vendor right to restrict how the client uses them.",
      sampleLanguage:
        "All outputs produced by the Model for Client, and all Deliverables, belong to Client. To the extent any rights in them vest in Vendor, Vendor assigns those rights to Client.",
      priority: "IMPORTANT",
      attackedBy: ["big-tech-platform"],
      source: "Layers of AI model IP › Model outputs; High-risk pitches › #7 big-tech platform",
    },
    {
      key: "no-vendor-licence-to-outputs",
      layer: "outputs",
      title: "No vendor licence over client outputs and content",
      whyItMatters: "A vendor can own nothing and still take broad rights through a licence, for example to use your content or outputs to train its products.",
      mustHave:
        "The vendor receives no licence to outputs, prompts or client content beyond what it needs to run the service for the client, and may not use outputs to train or improve other models.",
      fallback: "A limited licence for the vendor to process outputs to operate, secure and support the client's service, ending with the contract.",
      walkAway: "A broad, perpetual or sublicensable vendor licence to client content or outputs.",
      priority: "IMPORTANT",
      attackedBy: ["trust-us", "pooled-data"],
      source: "High-risk pitches › #5 trust us (broad licence to content); Layers of AI model IP › Model outputs",
    },

    // ───────────────────────────── Know-how ─────────────────────────────
    {
      key: "know-how-carve-out",
      layer: "know-how",
      title: "Vendor know-how carve-out cannot reach the model or the data",
      whyItMatters:
        "Letting the vendor keep its general skills and tools is fair; the danger is a know-how clause drafted so widely that it becomes a route to claim the model or your data.",
      mustHave:
        "Each party keeps its pre-existing IP and general skills; the vendor's retained know-how is defined as general techniques and tools and expressly excludes the client's model instance, the custom code written for the client, and client data.",
      fallback:
        "A general know-how retention clause, provided it states that nothing in it gives the vendor rights in the client's model, custom code or data.",
      walkAway: "A know-how or 'residuals' clause that lets the vendor reuse the model, its weights, the custom code or client data.",
      sampleLanguage:
        "Each party retains its general skills, know-how and pre-existing tools. Vendor's retained know-how does not include, and gives Vendor no right in, the Model, the Custom Code or Client Data.",
      priority: "IMPORTANT",
      attackedBy: ["proprietary-base-model", "trust-us"],
      source: "Layers of AI model IP › Know-how and methodologies",
    },
    {
      key: "funded-improvements-shared",
      layer: "know-how",
      title: "Improvements the client pays for are shared back",
      whyItMatters:
        "If your budget pays for advances in the vendor's tools or core model, you should get the benefit, even when the vendor also uses them for others.",
      mustHave:
        "Improvements to the vendor's tools, methods or core model that the client funded are made available to the client without extra charge, even if they are also developed for other customers.",
      fallback: "Access to funded improvements at a preferential price (the pricing alternative is a playbook addition, not in the source).",
      walkAway: "The client pays for improvements that are then withheld from it or sold back to it at full price.",
      priority: "NICE_TO_HAVE",
      attackedBy: ["discount-for-reuse"],
      source: "Recommendations › 4 Negotiate usage and improvement rights",
    },

    // ───────────────────────────── Deployment & exit ─────────────────────────────
    {
      key: "self-host-option",
      layer: "deployment-exit",
      title: "Right to take a copy of the model and host it yourself at any time",
      whyItMatters:
        "Vendor hosting may be convenient, but if you can only call an API you depend on the vendor's uptime, pricing and survival. A right to take a copy keeps hosting a choice rather than a trap.",
      mustHave:
        "The model is delivered for the client to host, or, where the vendor hosts it, the client may at any time obtain a current copy and deploy it in its own environment or with another provider.",
      fallback: "The vendor hosts, with the current model held in escrow and released to the client on request, plus a documented path to self-hosting.",
      walkAway: "API-only access to a mission-critical model with no right ever to obtain the model itself.",
      sampleLanguage:
        "Client may, whenever it chooses, require Vendor to hand over a copy of the current Model, and may run it in Client's own environment or with any provider Client selects.",
      priority: "MUST_HAVE",
      attackedBy: ["hosting-only", "big-tech-platform", "lose-ai-on-exit"],
      source: "Key clauses › Hosting rights vs API access; High-risk pitches › #1 hosting only",
    },
    {
      key: "vendor-hosting-sla",
      layer: "deployment-exit",
      title: "Service levels and API safeguards where the vendor hosts",
      whyItMatters: "When the model lives on the vendor's servers, outages, security lapses or a withdrawn API hit your operations directly.",
      mustHave:
        "Where the vendor hosts the model or offers it only through an API: performance and uptime SLAs, support commitments, data-security obligations, a stated outcome if the API is discontinued (such as handover of the model), and a written exit plan.",
      fallback:
        "Uptime and support SLAs plus a documented exit plan, with discontinuation of the API treated as a termination that triggers delivery of the model.",
      walkAway: "Vendor hosting of a critical model with no SLAs, no security commitments and nothing said about discontinuation.",
      priority: "IMPORTANT",
      attackedBy: ["hosting-only"],
      source: "Key clauses › Hosting rights vs API access",
    },
    {
      key: "delivery-on-termination",
      layer: "deployment-exit",
      title: "Latest weights and documentation delivered on any termination",
      whyItMatters: "If the relationship ends while the vendor hosts the model, the model has to leave with you, whatever the reason for the ending.",
      mustHave:
        "On expiry or termination for any reason, including termination for convenience or for vendor breach, the vendor delivers the latest model weights and all documentation needed to run them.",
      fallback: "Delivery on any termination once the client has paid the fees due for the model, within a short fixed deadline.",
      walkAway: "A policy that the model stays with the vendor when the contract ends, or delivery only in some termination cases.",
      sampleLanguage:
        "On any expiry or termination of this Agreement, however caused, Vendor shall within [10] business days deliver to Client the most recent version of the Model, including its weights, together with all documentation required to operate it.",
      priority: "MUST_HAVE",
      attackedBy: ["lose-ai-on-exit", "hosting-only"],
      source: "Key clauses › Termination and portability; High-risk pitches › #6 lose the AI on exit",
    },
    {
      key: "termination-assistance",
      layer: "deployment-exit",
      title: "Termination assistance during the transition",
      whyItMatters:
        "Having the files is not the same as running them in production. A period of vendor help avoids an outage while you move the model in-house or to a new provider.",
      mustHave:
        "The vendor must help move the model to the client or to a third party the client names, with continued support and knowledge transfer for a defined transition period.",
      fallback: "A shorter transition period, charged at rates fixed in the contract.",
      walkAway: "No duty to assist, leaving the client to reverse-engineer the set-up on its own.",
      sampleLanguage:
        "For [N] months after expiry or termination, Vendor shall provide the assistance reasonably needed to transfer the Model and its operation to Client or a successor provider nominated by Client.",
      priority: "IMPORTANT",
      attackedBy: ["lose-ai-on-exit"],
      source: "Key clauses › Termination and portability; Recommendations › 5 Plan an exit strategy",
    },
    {
      key: "licence-survives-termination",
      layer: "deployment-exit",
      title: "Paid-for licences survive termination",
      whyItMatters: "A licence that ends with the services contract turns a one-off investment into a subscription you can never cancel.",
      mustHave:
        "Every licence the client holds to the model, its artifacts and any vendor components needed to run it survives termination without time limit, once paid for.",
      fallback: "The licences needed to run and retrain the model survive, even if ancillary rights (for example to vendor tools not needed for that) lapse.",
      walkAway: "Licences that end automatically when the services agreement ends.",
      sampleLanguage:
        "The licences granted to Client under Sections [X] continue without limit of time after expiry or termination of this Agreement, provided the related fees have been paid.",
      priority: "MUST_HAVE",
      attackedBy: ["lose-ai-on-exit", "proprietary-base-model"],
      source: "Key clauses › Termination and portability",
    },
    {
      key: "model-escrow",
      layer: "deployment-exit",
      title: "Model escrow with clear release triggers",
      whyItMatters:
        "If the vendor goes bust or stops supporting the model, nobody may be left to deliver it. A deposit with a neutral escrow agent is the copy that outlives the vendor, which matters most with small vendors.",
      mustHave:
        "Current weights, code and documentation are deposited with a neutral escrow agent and refreshed with each release, to be released to the client on triggers including insolvency or bankruptcy, ceasing to trade, and failure to support the model.",
      fallback:
        "Escrow of the weights and operating documentation, refreshed at least at each major version, released on insolvency or on the vendor ceasing to trade.",
      walkAway: "No escrow or other continuity arrangement with a vendor that hosts the only copy of the model.",
      sampleLanguage:
        "Vendor shall deposit the current Model, its source code and the Model Documentation with the Escrow Agent [quarterly / on each release]. The Escrow Agent shall release the deposit to Client if Vendor becomes insolvent, ceases to carry on business, or fails to support the Model as this Agreement requires.",
      priority: "MUST_HAVE",
      attackedBy: ["hosting-only", "lose-ai-on-exit"],
      source: "Key clauses › Termination and portability (escrow); Scenario 3: vendor collapse; Recommendations › 5 Plan an exit strategy",
    },
    {
      key: "cloud-exit-costs",
      layer: "deployment-exit",
      title: "No punitive fees to take data and model out of the vendor's cloud",
      whyItMatters: "Even with ownership on paper, heavy export or exit charges can make leaving the vendor's cloud so costly that you stay anyway.",
      mustHave: "The client can extract its data and the model from the vendor's cloud without exit or export fees.",
      fallback: "Exit and export fees are stated in the contract and capped.",
      walkAway: "Open-ended or unspecified exit, export or data-transfer fees.",
      priority: "IMPORTANT",
      attackedBy: ["hosting-only", "lose-ai-on-exit"],
      source: "Recommendations › 5 Plan an exit strategy (cloud exit costs)",
    },
    {
      key: "capped-renewal-pricing",
      layer: "deployment-exit",
      title: "Renewal prices capped, or the model transfers after a period",
      whyItMatters:
        "Once a hosted model runs your operations, the vendor can raise fees knowing you cannot switch quickly. A cap, or a right to take the model after a set period, removes that leverage.",
      mustHave: "Renewal fees are capped (fixed, or a stated maximum yearly increase) and the client may take delivery of the model after an agreed period.",
      fallback: "One of the two: either capped renewal increases, or the right to obtain the model after the agreed period.",
      walkAway: "Uncapped renewal pricing on a vendor-hosted model with no route to obtaining the model.",
      sampleLanguage:
        "Fees for any renewal term shall not rise by more than [X]% over the fees for the preceding term. After [24] months, Client may require delivery of the Model under Section [Delivery].",
      priority: "IMPORTANT",
      attackedBy: ["hosting-only", "lose-ai-on-exit"],
      source: "Scenario 1: the perpetual pilot",
    },
    {
      key: "regulator-audit-transparency",
      layer: "deployment-exit",
      title: "Audit and transparency rights for the client and its regulators",
      whyItMatters:
        "Regulators may ask how a model reached its decisions, for example in lending. If the vendor treats the model as a trade secret behind an API, you cannot answer, and emerging AI transparency rules may be breached; in regulated sectors treat this as a must-have.",
      mustHave:
        "The client, its auditors and its regulators may examine the model's internals, documentation and decision logic, and the vendor must cooperate with audits and requests for explanation; trade-secret status is no ground for refusal, though confidentiality terms may apply.",
      fallback:
        "Access under confidentiality terms for the client, its auditors and regulators to the documentation and to the model in a controlled environment, with vendor cooperation within set deadlines.",
      walkAway: "A vendor right to refuse examination of a model used in regulated decisions on the ground that it is a trade secret.",
      sampleLanguage:
        "Vendor shall give Client, its auditors and any competent regulator access to the Model, its documentation and its decision logic as reasonably needed for audit, explanation or regulatory compliance. Vendor may require such information to be kept confidential but may not withhold it as a trade secret.",
      priority: "IMPORTANT",
      attackedBy: ["proprietary-base-model", "hosting-only"],
      source: "Scenario 4: regulatory audit",
    },
    {
      key: "big-tech-exit-path",
      layer: "deployment-exit",
      title: "Exit route when a big-tech platform sits underneath",
      whyItMatters:
        "If the vendor fine-tunes a model on a big-tech service, the platform's terms may genuinely stop it from handing over weights, so you need another way out.",
      mustHave:
        "Prefer a set-up where the custom model does not live on a third party's cloud. Where that is unavoidable: the client owns its data and outputs, the vendor exports all fine-tuning data on request, and it commits to rebuild an equivalent model on an open platform the client can host if needed.",
      fallback: "Export of all fine-tuning data on request, plus a documented plan and agreed cost for moving to a self-hosted alternative.",
      walkAway: "A model locked into a third-party platform with no data export, no retraining commitment and no route to a self-hosted alternative.",
      priority: "IMPORTANT",
      attackedBy: ["big-tech-platform"],
      source: "High-risk pitches › #7 big-tech platform",
    },
  ],

  pitches: DEFAULT_PITCHES,

  scenarios: [
    {
      key: "perpetual-pilot",
      title: "The perpetual pilot",
      story:
        "A large retailer has a vendor build a supply-chain forecasting model, set up as a subscription: the vendor runs the model and the retailer only receives predictions through an API. A year in, with the forecasts built into daily operations, the vendor raises the annual fee sharply, and the retailer pays because rebuilding would take another year.",
      whatWentWrong:
        "The retailer bought access to a service instead of securing the model. It had no right to take the model after a period and no cap on renewal fees, so the vendor could keep charging for the retailer's own innovation.",
      ifUncovered:
        "If this vendor raises its fees at renewal, you have no model to take elsewhere and no price cap, so you either pay what it asks or spend a year rebuilding.",
      defendedBy: ["weights-ip-assignment", "self-host-option", "capped-renewal-pricing", "delivery-on-termination"],
      source: "Case scenarios › Scenario 1: the perpetual pilot",
    },
    {
      key: "competitor-same-model",
      title: "A competitor on the same model",
      story:
        "A financial services firm has a vendor fine-tune a language model on its own confidential portfolio data to support investment decisions. Months later it finds a competitor using a very similar tool from the same vendor, built by recycling large parts of the firm's model.",
      whatWentWrong:
        "The contract let the vendor reuse the model and the insights drawn from the firm's data. With no ban on derivative use, no exclusivity and no ownership, the competitor got a shortcut paid for by the firm.",
      ifUncovered:
        "If this vendor signs your closest competitor next quarter, nothing stops it from reusing your model and the insights drawn from your data to serve them.",
      defendedBy: ["no-derivative-models-for-others", "data-use-limited-to-project", "derived-data-ownership", "weights-ip-assignment"],
      source: "Case scenarios › Scenario 2: competitor on the same model",
    },
    {
      key: "vendor-collapse",
      title: "Vendor collapse, model lost",
      story:
        "A mid-size healthcare company outsources an AI diagnostics model to a start-up that hosts it on its own servers. The start-up is caught up in an unrelated IP dispute and closes; the service goes dark, and the company holds no copy of the model or its training code, leaving clinicians and patients without a tool they relied on.",
      whatWentWrong:
        "There was no continuity plan: no escrow and no duty to deliver the model if the vendor stopped operating. The company assumed the vendor would always be there.",
      ifUncovered:
        "If this vendor shuts down tomorrow, you have no copy of the model or its training code, and the years of work behind it disappear with the vendor.",
      defendedBy: ["model-escrow", "delivery-on-termination", "model-documentation"],
      source: "Case scenarios › Scenario 3: vendor collapse",
    },
    {
      key: "regulatory-audit",
      title: "Regulatory audit nightmare",
      story:
        "A bank relies on a vendor's model for lending decisions, and regulators start asking whether it is biased. The bank must explain how the model works, but the vendor calls it a trade secret and offers only API access, so the bank cannot reach the internals or the documentation.",
      whatWentWrong:
        "The bank neither owned the model nor had a contractual right to examine it, which angered the regulators and put it at odds with emerging AI transparency rules.",
      ifUncovered:
        "If a regulator asks you how this model reached its decisions, you cannot open it up or produce its documentation, and the vendor can refuse on trade-secret grounds.",
      defendedBy: ["regulator-audit-transparency", "model-documentation", "weights-as-deliverable"],
      source: "Case scenarios › Scenario 4: regulatory audit",
    },
  ],

  recommendations: [
    {
      key: "establish-ownership-early",
      title: "Establish ownership early",
      detail:
        "Make ownership of the model, or at least an exclusive perpetual licence, a stated requirement from the first vendor conversation so that talks start from your default. A vendor that refuses reasonable ownership terms is a red flag: compare other providers or an in-house build.",
      source: "Recommendations › 1 Establish ownership early",
    },
    {
      key: "document-everything",
      title: "Put every promise in the contract",
      detail:
        "Spoken assurances count for nothing against the signed text, so data use, IP rights and deliverables must be spelled out in writing. Clarify or strike vague wording rather than relying on goodwill.",
      source: "Recommendations › 2 Document everything in the contract",
    },
    {
      key: "beware-vendor-defaults",
      title: "Beware vendor-friendly defaults",
      detail:
        "Standard vendor paper tends to favour the vendor, for instance broad rights over 'service data' or API-only access. Have legal and procurement review the data, IP, warranty and exit clauses and push back on overreach; market norms are still forming and firm customers shape them.",
      source: "Recommendations › 3 Beware of vendor-friendly defaults",
    },
    {
      key: "negotiate-usage-rights",
      title: "Negotiate usage and improvement rights",
      detail:
        "If the vendor insists on reusing the core model, settle on a middle ground: generalised learnings only, never your data and never a copy of your model. Get value back for any concession, such as a discount or royalty and access to improvements you fund.",
      source: "Recommendations › 4 Negotiate usage and improvement rights",
    },
    {
      key: "plan-exit",
      title: "Plan the exit before you sign",
      detail:
        "Build in what happens if the vendor or the relationship fails: escrow, delivery of the model on termination and support through a transition period. Check what it costs to get your data and model out of the vendor's cloud; an easy exit is leverage for the whole partnership.",
      source: "Recommendations › 5 Plan an exit strategy",
    },
    {
      key: "assess-third-party",
      title: "Assess third-party dependencies",
      detail:
        "Find out which platforms, APIs and open-source models sit under the solution and check their licences. Have the vendor warrant its rights in them and protect you if they change; if something is 'not ours to give', negotiate with that third party or choose another approach.",
      source: "Recommendations › 6 Assess the vendor's third-party dependencies",
    },
    {
      key: "ready-to-walk-away",
      title: "Be ready to walk away",
      detail:
        "The AI services market is competitive: if one vendor will not accept fair IP and ownership terms, another may, or you can build internally. Holding firm also helps move market practice towards customer control.",
      source: "Recommendations › 7 Don't be afraid to walk away",
    },
  ],
};

import { describe, it, expect } from "vitest";
import { LAYER_KEYS } from "@/lib/domain/enums";
import { PITCH_KEYS } from "@/lib/playbook/pitch-patterns";
import { detectRedFlags, normalizeForMatching, splitSentences } from "@/lib/domain/red-flags";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import { RED_FLAG_RULES, RISK_LANGUAGE_KEYS, type RedFlagKey } from "@/lib/playbook/pitch-patterns";

const keysOf = (text: string) => detectRedFlags(text).map((f) => f.key);

// Vendor-friendly sentences (what a vendor says or drafts) and the rule each one must trigger.
// Written for these tests; paraphrases, not the source article's sentences.
const MUST_FIRE: Array<[string, RedFlagKey]> = [
  // hosting-only
  ["We'll run it on our infrastructure so you never need to worry about the model files.", "hosting-only"],
  ["Honestly, the model is complex, so just leave it to us to manage.", "hosting-only"],
  ["Client will access the trained model solely through Vendor's hosted API.", "hosting-only"],
  ["There's no need for you to hold a copy of the weights, we handle all of that.", "hosting-only"],
  ["We will host and manage everything for you, and you just call the API.", "hosting-only"],
  ["The model weights will not be delivered to Customer under any circumstances.", "hosting-only"],
  ["You really don't need the model itself, the endpoint gives you everything.", "hosting-only"],
  ["Managing model files is a headache, let us worry about that.", "hosting-only"],
  ["Delivery of the model is not part of the service.", "hosting-only"],
  ["You won't get the weights, but the API is very reliable.", "hosting-only"],
  // proprietary-base-model
  ["Fine-tuned weights remain the property of Vendor; Customer receives a non-exclusive licence for the subscription term.", "proprietary-base-model"],
  ["Our foundation model is proprietary, so we retain ownership of everything built on it.", "proprietary-base-model"],
  ["Vendor retains all right, title and interest in the customised model.", "proprietary-base-model"],
  ["You'll get a licence, since the underlying model is our proprietary IP.", "proprietary-base-model"],
  ["Our core model is our crown jewel, so ownership stays with us and you license it.", "proprietary-base-model"],
  ["Title to the trained model vests in Vendor.", "proprietary-base-model"],
  ["We can't move on IP ownership, the tuned model stays ours.", "proprietary-base-model"],
  // pooled-data
  ["Your data helps train our shared model that all customers benefit from.", "pooled-data"],
  ["It's a multi-tenant model, so every client gets better results from the pooled data.", "pooled-data"],
  ["Customer Data may be combined with data from other customers to improve the platform.", "pooled-data"],
  ["Over time we build better models for all our clients from what each deployment teaches us.", "pooled-data"],
  ["Learnings from your project go back into the common model.", "pooled-data"],
  ["Client Data may be used to train and improve Vendor's foundation models.", "pooled-data"],
  ["Your fine-tuning examples become part of our training corpus.", "pooled-data"],
  // discount-for-reuse
  ["We can knock 20% off if we're allowed to resell the solution to other clients.", "discount-for-reuse"],
  ["If you let us reuse the model for other banks, we can reduce your fees by 15 percent.", "discount-for-reuse"],
  ["The price drops considerably if we keep the right to commercialise the IP elsewhere.", "discount-for-reuse"],
  ["We could go 25% lower on the fee if the model becomes part of our product catalogue.", "discount-for-reuse"],
  ["We'll waive the setup fee if you allow us to reuse the model with other customers.", "discount-for-reuse"],
  // trust-us
  ["Don't worry about that clause, we'd never actually use it against you.", "trust-us"],
  ["Trust us, that wording isn't meant to hurt you.", "trust-us"],
  ["It's just standard boilerplate and nobody ever enforces it.", "trust-us"],
  ["Our account director gave you a verbal assurance on that point, which should be enough.", "trust-us"],
  ["That language is there for regulators, it's not aimed at you.", "trust-us"],
  ["We've never once invoked that clause with a customer.", "trust-us"],
  // lose-ai-on-exit
  ["If you leave, you lose the AI, that's simply our policy.", "lose-ai-on-exit"],
  ["When the contract ends the model stays with us, as it does for every subscriber.", "lose-ai-on-exit"],
  ["Upon expiry, Customer must immediately cease all use of the model.", "lose-ai-on-exit"],
  ["Once you stop paying, you no longer have the model.", "lose-ai-on-exit"],
  ["If you walk away, the model doesn't come with you.", "lose-ai-on-exit"],
  ["After termination, the model is no longer available to Customer.", "lose-ai-on-exit"],
  // big-tech-platform
  ["Because it is built on a hyperscaler's fine-tuning service, we can't export the weights.", "big-tech-platform"],
  ["We fine-tune on OpenAI under the hood, so we're not able to hand over the model.", "big-tech-platform"],
  ["The platform provider's terms do not allow us to release the tuned weights to customers.", "big-tech-platform"],
  ["We're an OpenAI partner, so the tuned model can't leave their platform.", "big-tech-platform"],
  ["The model can't be exported because it is tied to the Vertex AI project.", "big-tech-platform"],
  // data-any-purpose
  ["Vendor may use Customer Data for any purpose.", "data-any-purpose"],
  ["Supplier may process and share Client content for its own business purposes.", "data-any-purpose"],
  ["Customer grants Vendor a perpetual, irrevocable, royalty-free licence to use Customer Data without restriction.", "data-any-purpose"],
  ["We may use the prompts you submit to improve our products and services.", "data-any-purpose"],
  ["Vendor may use and disclose Customer Data as it deems appropriate.", "data-any-purpose"],
  // aggregated-data-exception
  ["Vendor may use aggregated and de-identified data to improve its services.", "aggregated-data-exception"],
  ["Notwithstanding the foregoing, Provider may retain anonymised usage data and use it to train its general models.", "aggregated-data-exception"],
  ["All derived data and insights generated during the project shall be owned by Vendor.", "aggregated-data-exception"],
  ["Vendor retains the right to use generalized learnings and anonymous statistics derived from Client Data.", "aggregated-data-exception"],
  // vendor-owns-improvements
  ["All improvements and enhancements shall be owned by Vendor.", "vendor-owns-improvements"],
  ["Any modifications or derivative works of the model, whoever creates them, vest in the Supplier.", "vendor-owns-improvements"],
  ["Customer hereby assigns to Vendor all improvements it makes to the model.", "vendor-owns-improvements"],
  ["Client agrees that all enhancements to the model become Vendor's property.", "vendor-owns-improvements"],
  // weak-licence
  ["Licence may be revoked at Vendor's discretion.", "weak-licence"],
  ["Client is granted a non-exclusive, non-transferable licence to use the model.", "weak-licence"],
  ["The licence is valid for three years and expires with the agreement.", "weak-licence"],
  ["Customer shall not modify, retrain or create derivative works of the delivered model.", "weak-licence"],
  ["Customer may use the model during the subscription period only.", "weak-licence"],
  ["The licence terminates automatically if Client fails to pay any invoice.", "weak-licence"],
  // destroy-on-termination
  ["Once the subscription lapses, access to the model ends and the weights are deleted.", "destroy-on-termination"],
  ["Upon termination for any reason, Vendor will permanently delete the fine-tuned model and all checkpoints.", "destroy-on-termination"],
  ["At the end of the term the dedicated instance is decommissioned and its weights are destroyed.", "destroy-on-termination"],
  ["The fine-tuned model gets deleted 30 days after the contract ends.", "destroy-on-termination"],
  // deemed-acceptance
  ["The Model shall be deemed accepted unless Client rejects it in writing within three days of delivery.", "deemed-acceptance"],
  ["Going live with the model counts as acceptance.", "deemed-acceptance"],
  // exit-fees
  ["An egress fee applies to every export of the fine-tuned weights.", "exit-fees"],
  ["If Client terminates early, a termination fee of twelve months' charges is payable.", "exit-fees"],
  // residuals-know-how
  ["Vendor may use residual knowledge retained by its staff in any future engagement.", "residuals-know-how"],
  ["We keep the techniques and know-how we develop while training your model.", "residuals-know-how"],
  // audit-refusal
  ["Vendor shall not be obliged to disclose its training data sources, which are trade secrets.", "audit-refusal"],
  ["Audit rights exclude the Supplier's proprietary model internals.", "audit-refusal"],
  // vendor-owns-outputs
  ["All outputs of the model belong to Vendor.", "vendor-owns-outputs"],
  ["We may reuse your model's outputs to train our other models.", "vendor-owns-outputs"],
  // no-escrow
  ["Vendor does not offer escrow for custom models.", "no-escrow"],
  ["No escrow of the weights is provided.", "no-escrow"],
  // uncapped-renewal-pricing
  ["Vendor may raise its fees at each renewal.", "uncapped-renewal-pricing"],
  ["Renewals are priced at Vendor's then-current list price.", "uncapped-renewal-pricing"],
  // data-retained-after-exit
  ["Vendor may retain Client Data in its backups after termination.", "data-retained-after-exit"],
  ["Vendor has no obligation to delete Client Data at the end of the contract.", "data-retained-after-exit"],
];

// Client-friendly versions of the same topics: none of these may trigger any rule.
const MUST_NOT_FIRE: string[] = [
  "Vendor shall deliver a copy of the model weights to Client on request and Client may self-host at any time.",
  "Client owns all right, title and interest in the fine-tuned model.",
  "Client's data shall be used solely to develop the model for Client and for no other purpose.",
  "Vendor grants Client an exclusive, perpetual, irrevocable, worldwide licence.",
  "Vendor shall not use aggregated or de-identified Client data to train models for others.",
  "On termination Vendor shall deliver the latest weights and documentation.",
  "Vendor will maintain a separate fine-tuned instance for Client only, with no pooled training.",
  "Vendor may host the model during the pilot, but Client may obtain a copy of the model and deploy it in its own environment at any time.",
  "Vendor retains ownership of its pre-existing base model, while all fine-tuned weights are assigned to Client.",
  "Client's licence to the model survives termination or expiry of this Agreement.",
  "Vendor may not use Client Data for any purpose other than delivering the services to Client.",
  "Vendor shall not reuse, resell or license the model to third parties, and no discount is tied to such rights.",
  "We offer a 5% discount for payment within 30 days.",
  "Vendor shall not use the Model or any portion of it to build or enhance models for other clients.",
  "All improvements to the model, including those made by Vendor, shall be owned by Client.",
  "Vendor shall not delete or destroy the model weights until Client confirms receipt of a complete copy.",
  "Any licence granted to Client under this Agreement is irrevocable and may not be revoked for any reason.",
  "Client grants Vendor a non-exclusive licence to use Client Data solely to provide the services to Client.",
  "Vendor shall return all Client Data at the end of the engagement and then delete its remaining copies.",
  "The weights are held in a neutral escrow and released to Client if Vendor becomes insolvent or stops supporting the model.",
  "Vendor warrants that its third-party platform licences permit delivery of the model weights to Client.",
  "Client may retrain or fine-tune the model itself or through any third party without Vendor's consent.",
  "Renewal pricing is capped at 3% per year for the first five years.",
  "Vendor may use anonymised learnings from the project only with Client's prior written consent.",
  "We are not a multi-tenant shop, your model is trained only on your data.",
  "If Client terminates, Vendor shall provide termination assistance and hand over the model to Client or its nominee.",
  "Vendor grants Client a perpetual, irrevocable, non-exclusive licence to its pre-existing base model as embedded in the deliverables.",
  "We'd never use it, and we'll put that commitment in writing in section 7 of the contract.",
  "Vendor keeps its general know-how, but the model and any improvements to it belong to Client.",
  "We'll host it on our cloud for now and deliver a copy of the weights to you whenever you ask.",
  "Vendor will host the model and Client may request a copy of the model at any time.",
  "Client data is never pooled with other customers' data.",
  "No customer data will ever be pooled or used to train shared models.",
  "There is no discount linked to reuse of the model.",
  "We discussed the discount at length, but Client declined to allow any reuse.",
  "Client shall have an exclusive licence in its sector for two years, after which Vendor may reuse generic components.",
  "All assurances are set out in this Agreement and no oral promise is binding.",
  "The model is built on an open-weight base model, so the weights can be exported at any time.",
  "Vendor will retrain a comparable model on an open-source base and deliver it if the platform cannot export the weights.",
  "Vendor shall not derive, aggregate or anonymise Client Data for any other use.",
  "Any aggregated data derived from Client Data belongs to Client.",
  "Vendor assigns to Client all improvements and derivatives of the Model.",
  "Vendor's licence to use Client Data terminates on expiry of this Agreement.",
  "After delivering the final weights to Client, Vendor will delete its working copies of the model.",
  "Vendor will destroy the model only upon Client's written instruction.",
  "Vendor shall delete Client Data within 30 days of termination at Client's request.",
  "The proprietary base model remains Vendor's; the fine-tuned model belongs to Client.",
  "On expiry, Client keeps a perpetual right to use the model.",
  "Vendor shall export the fine-tuned weights from the AWS platform and deliver them to Client.",
  "The model runs in Client's own Azure subscription and can be moved at any time.",
];

describe("detectRedFlags: the rule table", () => {
  it("covers every playbook pitch and every risky-language key, with valid pitch and layer keys", () => {
    const keys = RED_FLAG_RULES.map((r) => r.key);
    for (const p of PITCH_KEYS) expect(keys).toContain(p);
    for (const k of RISK_LANGUAGE_KEYS) expect(keys).toContain(k);
    expect(new Set(keys).size).toBe(keys.length);
    for (const rule of RED_FLAG_RULES) {
      expect(PITCH_KEYS).toContain(rule.pitchKey);
      expect(LAYER_KEYS).toContain(rule.layer);
      if (rule.kind === "pitch") expect(rule.pitchKey).toBe(rule.key);
      expect(rule.patterns.length).toBeGreaterThan(0);
      expect(rule.danger.length).toBeGreaterThan(40);
      expect(rule.counter.length).toBeGreaterThan(40);
    }
  });

  it("words each pitch as the playbook does: the playbook's pitches are the one source of danger and counter", () => {
    for (const pitch of DEFAULT_PLAYBOOK.pitches) {
      const rule = RED_FLAG_RULES.find((r) => r.kind === "pitch" && r.key === pitch.key)!;
      expect({ danger: rule.danger, counter: rule.counter }, pitch.key).toEqual({ danger: pitch.danger, counter: pitch.counter });
    }
    const [finding] = detectRedFlags("Leave it to us, just call our API.");
    const hostingOnly = DEFAULT_PLAYBOOK.pitches.find((p) => p.key === "hosting-only")!;
    expect(finding).toMatchObject({ key: "hosting-only", danger: hostingOnly.danger, counter: hostingOnly.counter });
  });

  it("has at least 25 vendor-friendly and 15 client-friendly test sentences", () => {
    expect(MUST_FIRE.length).toBeGreaterThanOrEqual(25);
    expect(MUST_NOT_FIRE.length).toBeGreaterThanOrEqual(15);
    // every rule is exercised by at least one positive sentence
    for (const rule of RED_FLAG_RULES) expect(MUST_FIRE.some(([, k]) => k === rule.key)).toBe(true);
  });
});

describe("detectRedFlags: vendor-friendly wording fires", () => {
  it.each(MUST_FIRE)("%s → %s", (sentence, expected) => {
    const findings = detectRedFlags(sentence);
    expect(findings.map((f) => f.key)).toContain(expected);
    for (const f of findings) {
      expect(sentence.slice(f.match.start, f.match.end)).toBe(f.match.text);
      expect(f.match.text.length).toBeGreaterThan(0);
    }
  });

  it("reports both the ownership pitch and the weak licence for the classic vendor clause", () => {
    const keys = keysOf("Fine-tuned weights remain the property of Vendor; Customer receives a non-exclusive licence for the subscription term.");
    expect(keys).toEqual(expect.arrayContaining(["proprietary-base-model", "weak-licence"]));
  });

  it("reports losing access and deletion of the weights together", () => {
    const keys = keysOf("Once the subscription lapses, access to the model ends and the weights are deleted.");
    expect(keys).toEqual(expect.arrayContaining(["lose-ai-on-exit", "destroy-on-termination"]));
  });
});

describe("detectRedFlags: client-friendly wording does not fire", () => {
  it.each(MUST_NOT_FIRE)("%s", (sentence) => {
    expect(keysOf(sentence)).toEqual([]);
  });
});

describe("detectRedFlags: robustness", () => {
  it("returns [] for empty and blank text", () => {
    expect(detectRedFlags("")).toEqual([]);
    expect(detectRedFlags("   \n\t  ")).toEqual([]);
  });

  it("ignores case, curly quotes and extra whitespace, with offsets into the original text", () => {
    const text = "  VENDOR   MAY\u00A0USE \n\n Customer  Data   FOR ANY   PURPOSE";
    // the line break splits the sentence, so use one with only spaces
    const oneLine = "VENDOR   MAY\u00A0USE   Customer  Data   FOR ANY   PURPOSE.";
    const [f] = detectRedFlags(oneLine);
    expect(f.key).toBe("data-any-purpose");
    expect(oneLine.slice(f.match.start, f.match.end)).toBe(f.match.text);
    expect(f.match.text).toBe("USE   Customer  Data   FOR ANY   PURPOSE");
    expect(keysOf(text)).toEqual([]); // a line break ends the sentence, so the grant is cut in two

    const curly = "We\u2019d never do that \u2014 it\u2019s not intended to harm you.";
    const [c] = detectRedFlags(curly);
    expect(c.key).toBe("trust-us");
    expect(curly.slice(c.match.start, c.match.end)).toBe(c.match.text);
    expect(c.match.text).toBe("We\u2019d never do that");

    expect(keysOf("\u201CTRUST US,\u201D the account manager said.")).toContain("trust-us");
    expect(keysOf("Don\u2019t   worry about   that   CLAUSE.")).toContain("trust-us");
  });

  it("keeps offsets right when zero-width characters and tabs precede the match", () => {
    const text = "\u200B\tPreamble.\t\tAll improvements\u00A0and enhancements shall be owned by Vendor.";
    const [f] = detectRedFlags(text);
    expect(f.key).toBe("vendor-owns-improvements");
    expect(text.slice(f.match.start, f.match.end)).toBe(f.match.text);
    expect(f.match.text.startsWith("improvements")).toBe(true);
    expect(f.match.text.endsWith("Vendor")).toBe(true);
  });

  it("applies vetoes per sentence only", () => {
    // the negation in the first sentence must not veto the second sentence
    const text = "Vendor shall not sell Customer Data. Vendor may use Customer Data for any purpose.";
    const findings = detectRedFlags(text);
    expect(findings.map((f) => f.key)).toEqual(["data-any-purpose"]);
    expect(findings[0].match.start).toBeGreaterThan(text.indexOf("Vendor may"));
  });

  it("does not let an unrelated negation earlier in the sentence veto the hit", () => {
    expect(keysOf("Vendor shall not be liable for any loss, and may use Customer Data for any purpose.")).toContain("data-any-purpose");
  });

  it("reads a realistic vendor e-mail and a client-friendly clause set", () => {
    const email = [
      "Hi team, thanks for the redlines.",
      "1) Hosting \u2013 we'd prefer to keep the model on our platform; honestly you don't need the raw weights.",
      "2) Section 4.2 lets us use aggregated insights to improve the product, which is standard.",
      "3) We can't move on IP ownership: the tuned model stays ours, but we'll give you a 3-year licence.",
      "4) If you agree to let us offer the model to other insurers, we'd take 15% off year one.",
      "Don\u2019t worry about clause 9.3, it's legacy wording.",
    ].join("\n");
    const findings = detectRedFlags(email);
    expect(findings.map((f) => f.key).sort()).toEqual(
      ["aggregated-data-exception", "discount-for-reuse", "hosting-only", "proprietary-base-model", "trust-us", "weak-licence"].sort(),
    );
    for (const f of findings) expect(email.slice(f.match.start, f.match.end)).toBe(f.match.text);

    const clientFriendly = [
      "Client retains all right, title and interest in Client Data.",
      "Vendor shall use Client Data solely to develop and operate the Model for Client.",
      "On payment, Vendor assigns to Client all IP rights in the Model.",
      "Client may, at any time, obtain a copy of the Model and deploy it in its own environment.",
      "Vendor shall not use the Model to build or enhance models for other clients.",
      "Upon any termination Vendor shall deliver the latest model weights and documentation to Client.",
      "The model weights are held in escrow and released if Vendor becomes insolvent.",
      "All licences granted to Client survive termination.",
    ].join(" ");
    expect(detectRedFlags(clientFriendly)).toEqual([]);
  });

  it("does not split sentences on abbreviations and decimals", () => {
    const norm = normalizeForMatching("Vendor, e.g. Acme Inc. may use data for any purpose. Fee is 2.5 percent.");
    const ranges = splitSentences(norm.text);
    expect(ranges).toHaveLength(2);
    expect(keysOf("Vendor, e.g. Acme Inc. may use data for any purpose.")).toContain("data-any-purpose");
  });

  it("returns one finding per rule (the first span) for multi-sentence text, high severity first", () => {
    const text = [
      "Trust us, the wording is harmless.", // trust-us (medium)
      "Vendor may use Customer Data for any purpose.", // data-any-purpose (high)
      "We can give you a 10% discount if we may resell the model to others.", // discount-for-reuse (medium)
      "Trust us again.", // second trust-us: ignored
      "If you leave, you lose access to the model.", // lose-ai-on-exit (high)
      "Vendor may use aggregated data to improve its services.", // aggregated-data-exception (medium)
    ].join(" ");
    const findings = detectRedFlags(text);
    expect(findings.map((f) => f.key)).toEqual(["data-any-purpose", "lose-ai-on-exit", "trust-us", "discount-for-reuse", "aggregated-data-exception"]);
    const trust = findings.find((f) => f.key === "trust-us")!;
    expect(trust.match.start).toBe(0);
    for (const f of findings) expect(text.slice(f.match.start, f.match.end)).toBe(f.match.text);
    // severity, then position
    const ranks = findings.map((f) => (f.severity === "high" ? 0 : 1));
    expect([...ranks].sort()).toEqual(ranks);
  });

  it("carries the rule's playbook data on each finding", () => {
    const [f] = detectRedFlags("Vendor may use Customer Data for any purpose.");
    expect(f).toMatchObject({
      key: "data-any-purpose",
      kind: "risky-language",
      pitchKey: "trust-us",
      severity: "high",
      layer: "training-data",
    });
    expect(f.danger).not.toBe("");
    expect(f.counter).not.toBe("");
  });

  it("accepts a custom rule list and ignores global flags on patterns", () => {
    const rules = [{ ...RED_FLAG_RULES[0], key: "hosting-only" as const, patterns: [/leave it to us/g] }];
    expect(detectRedFlags("Leave it to us. Leave it to us.", undefined, rules)).toHaveLength(1);
    expect(detectRedFlags("Leave it to us.", undefined, rules)).toHaveLength(1);
    expect(detectRedFlags("Leave it to us.", undefined, [])).toEqual([]);
  });

  // Not a performance measurement: a guard against catastrophic regex backtracking (a ReDoS an
  // attacker could trigger through the analysis API), which would take seconds, not the ~20 ms seen here.
  it("handles 20,000 characters of realistic text without runaway backtracking", () => {
    const pool = [...MUST_FIRE.map(([s]) => s), ...MUST_NOT_FIRE];
    let text = "";
    for (let i = 0; text.length < 20_000; i++) text += pool[i % pool.length] + " ";
    text = text.slice(0, 20_000);
    detectRedFlags(text); // warm up the regex engine
    const t0 = performance.now();
    const findings = detectRedFlags(text);
    const elapsed = performance.now() - t0;
    expect(findings.length).toBeGreaterThan(5);
    expect(elapsed).toBeLessThan(1_000);
  });

  it("handles 20,000 characters without any sentence boundary without runaway backtracking", () => {
    const words = "vendor may use the model data licence for the term weights shall be owned by the provider and we will host it ";
    const text = words.repeat(Math.ceil(20_000 / words.length)).slice(0, 20_000);
    const t0 = performance.now();
    detectRedFlags(text);
    detectRedFlags("a".repeat(20_000));
    detectRedFlags("licence ".repeat(2_500));
    const elapsed = performance.now() - t0;
    expect(elapsed).toBeLessThan(1_000);
  });
});

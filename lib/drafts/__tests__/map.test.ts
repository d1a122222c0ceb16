import { describe, expect, it } from "vitest";
import { buildClauseMapper } from "../map";
import { riskClauseKeysOf } from "../risk-clauses";
import type { ClauseForMapping, PassageFlag } from "../types";
import { DEFAULT_CLAUSES } from "../eval/default-clauses";

const mapper = buildClauseMapper(DEFAULT_CLAUSES, riskClauseKeysOf);
const keys = (text: string, heading = "", flags: PassageFlag[] = []) => mapper.map(text, flags, heading).map((m) => m.clauseKey);

const flag = (over: Partial<PassageFlag>): PassageFlag => ({
  key: "hosting-only",
  kind: "pitch",
  pitchKey: "hosting-only",
  severity: "high",
  title: "Hosting only",
  danger: "",
  counter: "",
  start: 0,
  end: 1,
  ...over,
});

describe("buildClauseMapper", () => {
  it("does not map on generic words alone", () => {
    expect(keys("The model, the data and the services are provided by the vendor to the client.")).toEqual([]);
  });

  it("maps a negated passage to the clause it addresses", () => {
    expect(keys("The Supplier shall not be required to deposit anything in escrow.")).toEqual(["model-escrow"]);
  });

  it("gives the matched terms as the reason", () => {
    const [mapping] = mapper.map("Release events include the Supplier's insolvency.", []);
    expect(mapping.clauseKey).toBe("model-escrow");
    expect(mapping.terms).toEqual(expect.arrayContaining(["release event", "insolvency"]));
  });

  it("reads the heading above the passage as a confirmation of its words, never on its own", () => {
    const hint = "The Supplier shall arrange independent verification every quarter.";
    expect(keys(hint)).toEqual([]);
    expect(keys(hint, "Escrow")).toEqual(["model-escrow"]);
    expect(mapper.map(hint, [], "Escrow")[0].terms).toEqual(["verification", "heading: Escrow"]);
    expect(keys("Notices shall be sent by email to the addresses in Schedule 1.", "Escrow")).toEqual([]);
  });

  it("recognises a clause's concepts in wording no term list has, and names the words", () => {
    const [mapping] = mapper.map("The Client keeps all rights in the datasets it uploads.", []);
    expect(mapping.clauseKey).toBe("client-data-ownership");
    expect(mapping.terms).toEqual(["client … rights in … datasets"]);
    expect(keys("When the term ends the Supplier shall hand the latest checkpoints to the Customer.")).toContain("delivery-on-termination");
  });

  it("leaves contract boilerplate that shares a word with a clause unmapped", () => {
    expect(keys("Neither party may assign or transfer this Agreement without the other party's consent.", "Assignment")).toEqual([]);
    expect(keys("The courts of London shall have exclusive jurisdiction over any dispute.", "Governing Law")).toEqual([]);
    expect(keys("Clauses 7 and 9 shall survive the expiry or termination of this Agreement.", "Survival")).toEqual([]);
    expect(keys("Each party shall use the other's Confidential Information only for the purpose of this Agreement.", "Confidentiality")).toEqual([]);
    expect(keys("The Supplier shall hold professional indemnity insurance for the term of this Agreement.", "Insurance")).toEqual([]);
  });

  // Vendor emails and chats say it plainly ("you", "we", "the model generates"): each line names the
  // clause it must map to, whatever else it maps to.
  it.each([
    ["You own everything the model generates for you.", "output-ownership"],
    ["Anything the assistant writes in reply to your prompts belongs to you.", "output-ownership"],
    ["We'll keep running your model on our servers; you can't take a copy.", "self-host-option"],
    ["When the subscription ends, access to the model stops and nothing is handed back.", "delivery-on-termination"],
    ["Your licence lapses at the end of the subscription period.", "licence-survives-termination"],
    ["We may look at how you use the product to make our models better.", "no-vague-data-use-terms"],
    ["The parameters of the tuned network will be handed to the client at project close.", "weights-as-deliverable"],
    ["Ownership of the tuned network passes to the client once the final invoice is paid.", "weights-ip-assignment"],
    ["The client may continue training the model with any contractor it likes.", "client-retraining-rights"],
    ["Prices for each further year are set at our then-current list rates.", "capped-renewal-pricing"],
    ["Moving your data out of our platform is billed per gigabyte.", "cloud-exit-costs"],
    ["Your data stays yours; we claim no ownership of anything you upload.", "client-data-ownership"],
    ["We delete everything you gave us within 30 days of the contract ending.", "data-return-deletion"],
    ["Supervisors and the bank's examiners may review the model's logic on request.", "regulator-audit-transparency"],
    ["A copy of the model, its code and documents will be held by an independent custodian and released if we go bankrupt.", "model-escrow"],
  ] as const)("maps plain wording: %s", (text, clause) => {
    expect(keys(text)).toContain(clause);
  });

  it("reads a decimal point as part of a number, not the end of a sentence", () => {
    expect(keys("The Supplier shall keep the hosted API available 99.5 % of each month.")[0]).toBe("vendor-hosting-sla");
  });

  it("keeps concepts apart across sentences", () => {
    expect(keys("The Customer keeps its seat on the steering committee. The dataset list is in Annex 2.")).toEqual([]);
  });

  it("needs two hints, or a hint and a flagged pitch the clause counters", () => {
    expect(keys("The Supplier shall provide the API.")).toEqual([]);
    expect(keys("The Supplier shall provide the API.", "", [flag({})])).toEqual(["self-host-option"]);
  });

  it("maps risky wording to its clauses when the words say nothing else", () => {
    const found = keys("Anything else is at our discretion.", "", [
      flag({ key: "data-any-purpose", kind: "risky-language", pitchKey: null, title: "Any purpose" }),
    ]);
    expect(found).toEqual(["data-use-limited-to-project", "no-vague-data-use-terms"]);
  });

  it("recognises a clause without curated terms by its title and must-have words", () => {
    const clauses: ClauseForMapping[] = [
      ...DEFAULT_CLAUSES.slice(0, 3),
      {
        id: "x",
        key: "deal-specific-1",
        title: "Arabic dialect coverage",
        section: "outputs",
        counters: [],
        priority: "MUST_HAVE",
        mustHave: "The model handles Gulf and Levantine dialects.",
      },
    ];
    const own = buildClauseMapper(clauses);
    expect(own.map("The model shall handle the Arabic dialect coverage set out in Annex 3.", []).map((m) => m.clauseKey)).toEqual(["deal-specific-1"]);
    expect(own.map("Levantine dialects are out of scope.", []).map((m) => m.clauseKey)).toEqual(["deal-specific-1"]);
    expect(own.map("The model is delivered with documentation.", []).map((m) => m.clauseKey)).toEqual([]);
  });
});

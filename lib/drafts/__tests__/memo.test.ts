import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { negotiationMemoDocx, passageLabel, type MemoData } from "../memo";

const ESCROW = {
  title: "Escrow of weights and training code",
  priority: "MUST_HAVE" as const,
  whyItMatters: "If the vendor fails, a deposited copy is the only way to keep running the model.",
  mustHave: "Deposit within 10 business days of every release, released on insolvency.",
  fallback: "Quarterly deposits with a verified build.",
  walkAway: "No escrow at all.",
};

const ESCROW_TEXT = "4.1 The Supplier shall not be required to deposit the model weights with any escrow agent.";
const HOSTING_TEXT = "The model stays in our cloud at all times.";
const span = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

const DATA: MemoData = {
  dealName: "Claims triage model",
  vendor: "Acme AI",
  round: 2,
  draftTitle: "Acme redline",
  receivedOn: "20 November 2026",
  preparedOn: "1 December 2026",
  preparedBy: "Nora Negotiator",
  passages: [
    {
      number: "4.1",
      heading: "Escrow",
      text: ESCROW_TEXT,
      flags: [
        {
          title: "No escrow",
          severity: "high",
          danger: "Nothing survives the vendor.",
          counter: "Ask for escrow with release triggers.",
          ...span(ESCROW_TEXT, "shall not be required to deposit"),
        },
      ],
      clauses: [ESCROW],
      counterText: "The Supplier shall deposit the model weights with the escrow agent within 10 business days.",
    },
    {
      number: "",
      heading: "Hosting",
      text: HOSTING_TEXT,
      flags: [
        {
          title: "Hosting only",
          severity: "medium",
          danger: "You never get the model.",
          counter: "Ask for a copy to self-host.",
          ...span(HOSTING_TEXT, "stays in our cloud"),
        },
      ],
      clauses: [],
      counterText: null,
    },
  ],
  silent: [
    { title: "Delivery of weights on termination", priority: "MUST_HAVE", mustHave: "Latest weights and documentation on any termination." },
    { title: "Capped renewal pricing", priority: "IMPORTANT", mustHave: "Renewals capped at inflation." },
  ],
};

describe("negotiationMemoDocx", () => {
  it("has the title, the summary, a section per passage with its text, danger, position and counter, and the silent clauses", async () => {
    const bytes = Buffer.from(await negotiationMemoDocx(DATA));
    const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    const text = (await mammoth.extractRawText({ buffer: bytes })).value;

    // Real Word headings (the navigation pane lists them).
    expect(html).toContain("<h1>Summary</h1>");
    expect(html).toContain("<h1>Passages to answer</h1>");
    expect(html).toContain("<h2>4.1 (Escrow)</h2>");
    expect(html).toContain("<h1>The draft is silent on</h1>");
    expect(text).toContain("Negotiation memo: Claims triage model");
    expect(text).toContain("Vendor: Acme AI. Round 2: “Acme redline”, received 20 November 2026.");
    expect(text).toContain("2 risky findings in 2 passages: 1 high, 1 medium.");
    expect(text).toContain("1 passage has our counter wording.");
    expect(text).toContain("The draft is silent on 2 clauses of the playbook, 1 must-have among them.");

    // The flagged words are bold in the vendor's text.
    expect(html).toContain("4.1 The Supplier <strong>shall not be required to deposit</strong> the model weights with any escrow agent.");
    expect(text).toContain("No escrow (high risk): Nothing survives the vendor.");
    expect(text).toContain(`${ESCROW.title}: ${ESCROW.whyItMatters}`);
    expect(text).toContain(`Must-have: ${ESCROW.mustHave}`);
    expect(text).toContain(`Fallback: ${ESCROW.fallback}`);
    expect(text).toContain(`Walk away if: ${ESCROW.walkAway}`);
    expect(text).toContain("The Supplier shall deposit the model weights with the escrow agent within 10 business days.");
    // Without our wording, the flag's counter from the playbook.
    expect(text).toContain("Answer to hosting only: Ask for a copy to self-host.");

    // Silent clauses, must-haves first.
    const silent = text.slice(text.lastIndexOf("The draft is silent on"));
    expect(silent.indexOf("Delivery of weights on termination (must-have)")).toBeGreaterThan(0);
    expect(silent.indexOf("Capped renewal pricing (important)")).toBeGreaterThan(silent.indexOf("Delivery of weights"));
  });

  it("names a passage by its number, or by its first words", () => {
    expect(passageLabel({ number: "4.1", heading: "Escrow", text: "…" })).toBe("4.1 (Escrow)");
    expect(passageLabel({ number: "", heading: "", text: "Short text." })).toBe("“Short text.”");
    expect(passageLabel({ number: "", heading: "", text: "x".repeat(80) })).toBe(`“${"x".repeat(57)}…”`);
  });

  it("says so when nothing is flagged and nothing is silent", async () => {
    const bytes = Buffer.from(await negotiationMemoDocx({ ...DATA, passages: [], silent: [] }));
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(value).toContain("No passage is flagged or countered in this round.");
    expect(value).toContain("Every clause of the playbook is addressed somewhere in the draft.");
  });
});

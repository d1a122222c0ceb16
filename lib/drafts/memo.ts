import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";

// The negotiation memo: what a negotiator takes into the meeting about one round of the vendor's
// draft. Per passage that needs an answer (flagged, or countered): the vendor's words with the risky
// ones in bold, why they matter, where we stand (the mapped clauses' positions) and what we propose.
// Then the clauses the draft says nothing about, must-haves first. Headings are real Word headings,
// so the navigation pane lists every passage.

export interface MemoFlag {
  title: string;
  severity: string;
  danger: string;
  counter: string;
  /** [start, end) of the flagged words in the passage's text. */
  start: number;
  end: number;
}

export interface MemoClause {
  title: string;
  priority: "MUST_HAVE" | "IMPORTANT" | "NICE_TO_HAVE";
  whyItMatters: string;
  mustHave: string;
  fallback: string;
  walkAway: string;
}

export interface MemoPassage {
  number: string;
  heading: string;
  text: string;
  flags: readonly MemoFlag[];
  clauses: readonly MemoClause[];
  /** Our proposed wording, when set on the redline page. */
  counterText: string | null;
}

export interface MemoData {
  dealName: string;
  vendor: string;
  round: number;
  draftTitle: string;
  /** "20 November 2026" */
  receivedOn: string;
  preparedOn: string;
  preparedBy: string;
  passages: readonly MemoPassage[];
  /** Clauses no passage addresses, must-haves first. */
  silent: readonly Pick<MemoClause, "title" | "priority" | "mustHave">[];
}

const PRIORITY_LABEL: Record<MemoClause["priority"], string> = { MUST_HAVE: "must-have", IMPORTANT: "important", NICE_TO_HAVE: "nice to have" };

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [new TextRun(text)] });
const para = (text: string) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(text)] });
const bullet = (runs: TextRun[]) => new Paragraph({ bullet: { level: 0 }, children: runs });
const labelled = (label: string, text: string) => bullet([new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)]);

/** "4.2 Escrow" / "Unnumbered passage (Escrow)": how a passage is named in the memo. */
export function passageLabel(p: Pick<MemoPassage, "number" | "heading" | "text">): string {
  const where = p.heading ? ` (${p.heading})` : "";
  if (p.number) return `${p.number}${where}`;
  const start = p.text.length > 60 ? `${p.text.slice(0, 57).trimEnd()}…` : p.text;
  return `“${start}”${where}`;
}

/** The passage's text with the flagged words bold (overlapping spans merged). */
function flaggedText(text: string, flags: readonly MemoFlag[]): TextRun[] {
  const spans = flags
    .map((f) => [Math.max(0, f.start), Math.min(text.length, f.end)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const runs: TextRun[] = [];
  let pos = 0;
  for (const [s, e] of spans) {
    if (e <= pos) continue;
    const from = Math.max(s, pos);
    if (from > pos) runs.push(new TextRun(text.slice(pos, from)));
    runs.push(new TextRun({ text: text.slice(from, e), bold: true }));
    pos = e;
  }
  if (pos < text.length) runs.push(new TextRun(text.slice(pos)));
  return runs;
}

function passageSection(p: MemoPassage): Paragraph[] {
  const out: Paragraph[] = [heading(passageLabel(p), HeadingLevel.HEADING_2)];
  out.push(heading("The vendor's text", HeadingLevel.HEADING_3), new Paragraph({ spacing: { after: 120 }, children: flaggedText(p.text, p.flags) }));

  out.push(heading("Why it matters", HeadingLevel.HEADING_3));
  for (const f of p.flags) out.push(labelled(`${f.title} (${f.severity} risk)`, f.danger));
  for (const c of p.clauses) out.push(labelled(c.title, c.whyItMatters));
  if (!p.flags.length && !p.clauses.length) out.push(para("No risky wording was found and no clause of the playbook is mapped to this passage."));

  out.push(heading("Our position", HeadingLevel.HEADING_3));
  if (!p.clauses.length) out.push(para("No playbook clause is mapped to this passage yet."));
  for (const c of p.clauses) {
    out.push(new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: `${c.title} (${PRIORITY_LABEL[c.priority]})`, bold: true })] }));
    out.push(labelled("Must-have", c.mustHave), labelled("Fallback", c.fallback), labelled("Walk away if", c.walkAway));
  }

  out.push(heading("Counter wording", HeadingLevel.HEADING_3));
  if (p.counterText) out.push(para(p.counterText));
  else if (p.flags.length) for (const f of p.flags) out.push(labelled(`Answer to ${f.title.toLowerCase()}`, f.counter));
  else out.push(para("None set yet."));
  return out;
}

function summary(data: MemoData): Paragraph[] {
  const flags = data.passages.flatMap((p) => p.flags);
  const high = flags.filter((f) => f.severity === "high").length;
  const flagged = data.passages.filter((p) => p.flags.length).length;
  const countered = data.passages.filter((p) => p.counterText).length;
  const silentMustHaves = data.silent.filter((c) => c.priority === "MUST_HAVE").length;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    heading("Summary", HeadingLevel.HEADING_1),
    bullet([
      new TextRun(
        `${plural(flags.length, "risky finding", "risky findings")} in ${plural(flagged, "passage", "passages")}: ${high} high, ${flags.length - high} medium.`,
      ),
    ]),
    bullet([new TextRun(`${plural(countered, "passage has", "passages have")} our counter wording.`)]),
    bullet([
      new TextRun(
        `The draft is silent on ${plural(data.silent.length, "clause", "clauses")} of the playbook, ${plural(silentMustHaves, "must-have", "must-haves")} among them.`,
      ),
    ]),
  ];
}

export async function negotiationMemoDocx(data: MemoData): Promise<Uint8Array> {
  const title = `Negotiation memo: ${data.dealName}`;
  const children: Paragraph[] = [
    heading(title, HeadingLevel.TITLE),
    para(`Vendor: ${data.vendor}. Round ${data.round}: “${data.draftTitle}”, received ${data.receivedOn}.`),
    para(`Prepared by ${data.preparedBy} on ${data.preparedOn}.`),
    ...summary(data),
    heading("Passages to answer", HeadingLevel.HEADING_1),
    ...(data.passages.length ? data.passages.flatMap(passageSection) : [para("No passage is flagged or countered in this round.")]),
    heading("The draft is silent on", HeadingLevel.HEADING_1),
    ...(data.silent.length
      ? data.silent.map((c) => labelled(`${c.title} (${PRIORITY_LABEL[c.priority]})`, `we need: ${c.mustHave}`))
      : [para("Every clause of the playbook is addressed somewhere in the draft.")]),
  ];
  const doc = new Document({ creator: data.preparedBy, title, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

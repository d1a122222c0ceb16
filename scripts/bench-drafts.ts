// Timing of the vendor-draft engine on a 40-page draft (issue 14: "a 40-page draft (≈ 20,000 words) is
// split, mapped and analysed in under 2 s of server time").
//
//   npm run bench:drafts
//
// Builds a realistic ≈ 20,000-word draft (numbered sections and clauses, definitions, tables, risky
// and harmless wording) as a DOCX (Word numbering, lib/test/draft-files.ts) and as pasted text, then
// times extraction, and splitting + mapping + flagging (analyseDraft) against the default playbook.
// Times are CPU time of this process (process.cpuUsage), median of RUNS runs. The longest time the
// event loop was blocked is measured with perf_hooks.monitorEventLoopDelay while each step runs:
// analyseDraft yields between slices of passages, so another request waits at most one slice.
// Exits 1 when the median total is over the budget.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import { analyseDraft } from "@/lib/drafts/analyse";
import { DEFAULT_CLAUSES } from "@/lib/drafts/eval/default-clauses";
import { MAPPING_SET } from "@/lib/drafts/eval/mapping-set";
import { extractFile, extractText } from "@/lib/drafts/extract";
import { riskClauseKeysOf } from "@/lib/drafts/risk-clauses";
import type { SourceParagraph } from "@/lib/drafts/types";
import { makeDocx, type DocxBlock } from "@/lib/test/draft-files";

const BUDGET_MS = 2_000;
const RUNS = 5;
const TARGET_WORDS = 20_000;
const PITCHES = DEFAULT_PLAYBOOK.pitches.map((p) => ({ ...p, phrases: p.phrases ?? [] }));

const BOILERPLATE = [
  "Each party shall perform its obligations under this Agreement with reasonable skill and care and in accordance with good industry practice, and shall comply with all laws that apply to it.",
  "The Supplier shall provide the Services described in the statement of work, through personnel with the qualifications and experience the work requires, and shall replace any of them on reasonable request.",
  "Neither party shall be liable for any failure or delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to mitigate the effect.",
  "Any notice under this Agreement shall be in writing and delivered by hand, by courier or by email to the address the receiving party last gave for notices.",
];

/** ≈ 20,000 words: sections of a heading, ten clauses (labelled passages and boilerplate) and a small table. */
function draft(): { blocks: DocxBlock[]; lines: string[] } {
  const blocks: DocxBlock[] = [];
  const lines: string[] = [];
  let words = 0;
  let n = 0;
  for (let section = 1; words < TARGET_WORDS; section++) {
    const title = MAPPING_SET[(section * 7) % MAPPING_SET.length].heading;
    blocks.push({ numberedHeading: title });
    lines.push(`${section}. ${title}`);
    for (let clause = 1; clause <= 10; clause++) {
      const labelled = MAPPING_SET[n++ % MAPPING_SET.length].text;
      const text =
        clause % 2 === 0 ? `${labelled} ${BOILERPLATE[(n + clause) % BOILERPLATE.length]}` : BOILERPLATE[(n + clause) % BOILERPLATE.length] + " " + labelled;
      blocks.push({ clause: text });
      lines.push(`${section}.${clause} ${text}`);
      words += text.split(/\s+/).length;
    }
    blocks.push({
      table: [
        ["Milestone", "Due"],
        [`Milestone ${section}`, `Week ${section * 2}`],
      ],
    });
  }
  return { blocks, lines };
}

const cpu = async <T>(f: () => Promise<T> | T): Promise<{ ms: number; blockedMs: number; value: T }> => {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const t0 = process.cpuUsage();
  const value = await f();
  const d = process.cpuUsage(t0);
  // One more turn of the loop, so the delay of the last slice is recorded.
  await new Promise((r) => setTimeout(r, 20));
  histogram.disable();
  return { ms: (d.user + d.system) / 1000, blockedMs: histogram.max / 1e6, value };
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms: number) => `${ms.toFixed(0).padStart(5)} ms`;

async function main() {
  const { blocks, lines } = draft();
  const text = lines.join("\n");
  const docx = await makeDocx(blocks);
  const wordCount = text.split(/\s+/).length;
  console.log(
    `Draft: ${wordCount.toLocaleString("en-US")} words, ${text.length.toLocaleString("en-US")} characters, ${lines.length} lines; DOCX ${Math.round(docx.length / 1024)} KB`,
  );

  const analyse = (paragraphs: SourceParagraph[]) => analyseDraft(paragraphs, DEFAULT_CLAUSES, { pitches: PITCHES, riskClauseKeys: riskClauseKeysOf });
  let failed = false;
  for (const [label, extract] of [
    ["DOCX", () => extractFile(docx)],
    ["pasted text", () => extractText(text, "TEXT")],
  ] as const) {
    const rows = { extract: [] as number[], analyse: [] as number[], total: [] as number[], blocked: [] as number[], extractBlocked: [] as number[] };
    let passages = 0;
    let flags = 0;
    for (let run = 0; run < RUNS; run++) {
      const extracted = await cpu(extract);
      const analysed = await cpu(() => analyse(extracted.value.paragraphs));
      rows.extract.push(extracted.ms);
      rows.analyse.push(analysed.ms);
      rows.total.push(extracted.ms + analysed.ms);
      rows.blocked.push(analysed.blockedMs);
      rows.extractBlocked.push(extracted.blockedMs);
      passages = analysed.value.passages.length;
      flags = analysed.value.passages.reduce((s, p) => s + p.flags.length, 0);
    }
    const total = median(rows.total);
    if (total > BUDGET_MS) failed = true;
    console.log(
      `${label.padEnd(12)} extract ${fmt(median(rows.extract))} · split+map+analyse ${fmt(median(rows.analyse))} · total ${fmt(total)} (budget ${BUDGET_MS} ms) · ` +
        `longest event-loop block (median / worst run) ${fmt(median(rows.blocked))} / ${fmt(Math.max(...rows.blocked))} analysing, ` +
        `${fmt(median(rows.extractBlocked))} / ${fmt(Math.max(...rows.extractBlocked))} extracting · ${passages} passages, ${flags} flags`,
    );
  }
  process.exit(failed ? 1 : 0);
}

void main();

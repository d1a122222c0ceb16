import { detectRedFlags, type PlaybookPitchText } from "@/lib/domain/red-flags";
import { buildClauseMapper } from "./map";
import { splitPassages } from "./split";
import type { ClauseForMapping, DraftAnalysis, PassageAnalysis, PassageFlag, SourceParagraph } from "./types";

// The workbench's engine: paragraphs → numbered passages → for each, the risky language and pitches in
// it (lib/domain/red-flags.ts) and the clauses it addresses (map.ts) → the clauses nobody addressed.
// The same function serves a deal's draft, the "Analyse text" page and POST /api/v1/analyze.

/**
 * The longest the analysis runs before it yields to the event loop, so a long draft never holds other
 * requests up for more than about this long (npm run bench:drafts measures it).
 */
const SLICE_MS = 10;

const PRIORITY_RANK = { MUST_HAVE: 0, IMPORTANT: 1, NICE_TO_HAVE: 2 } as const;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface AnalyseOptions {
  /** The playbook's pitches (the deal's version, or the organisation's current one). */
  pitches: readonly PlaybookPitchText[] | null;
  /** The clauses a risky-language finding concerns, by finding key (default: none). */
  riskClauseKeys?: (flagKey: string) => readonly string[];
}

export async function analyseDraft(
  paragraphs: readonly SourceParagraph[],
  clauses: readonly ClauseForMapping[],
  options: AnalyseOptions,
): Promise<DraftAnalysis> {
  const mapper = buildClauseMapper(clauses, options.riskClauseKeys);
  const passages = splitPassages(paragraphs);
  const analysed: PassageAnalysis[] = [];
  let sliceStart = performance.now();
  for (const passage of passages) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
    const flags: PassageFlag[] =
      passage.kind === "heading"
        ? []
        : detectRedFlags(passage.text, options.pitches).map((f) => ({
            key: f.key,
            kind: f.kind,
            pitchKey: f.pitchKey,
            severity: f.severity,
            title: f.title,
            danger: f.danger,
            counter: f.counter,
            start: f.match.start,
            end: f.match.end,
          }));
    const mappings = passage.kind === "heading" ? [] : mapper.map(passage.text, flags, passage.heading);
    analysed.push({ passage, mappings, flags });
  }
  return { passages: analysed, silentClauseIds: silentClauses(analysed, clauses) };
}

/** The clauses no passage addresses, must-haves first (in the order given within a priority). */
export function silentClauses(passages: readonly Pick<PassageAnalysis, "mappings">[], clauses: readonly ClauseForMapping[]): string[] {
  const addressed = new Set(passages.flatMap((p) => p.mappings.map((m) => m.clauseId)));
  return clauses
    .map((clause, index) => ({ clause, index }))
    .filter(({ clause }) => !addressed.has(clause.id))
    .sort((a, b) => PRIORITY_RANK[a.clause.priority] - PRIORITY_RANK[b.clause.priority] || a.index - b.index)
    .map(({ clause }) => clause.id);
}

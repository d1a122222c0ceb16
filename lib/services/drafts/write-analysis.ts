import "server-only";
import { randomUUID } from "node:crypto";
import type { DraftAnalysis } from "@/lib/drafts/types";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

// A 40-page draft is about a thousand passages with several thousand proposed mappings and flags.
// Prisma's createMany compiles every row in JavaScript (query compiler, engineType "client"): 8,000
// mappings held the event loop for several seconds, stalling every other request of the process.
// Here rows go as INSERT … SELECT FROM unnest(column arrays), a few array parameters per statement,
// in chunks of ROWS_PER_STATEMENT so that no one statement's parameters hold the thread for long.

const ROWS_PER_STATEMENT = 500;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) out.push(rows.slice(i, i + ROWS_PER_STATEMENT));
  return out;
}

const newId = () => `d${randomUUID().replaceAll("-", "")}`;

/** Passages, their proposed (AUTO) mappings and their flags, three statements in the caller's transaction. */
export async function writeAnalysis(tx: Tx, draftId: string, analysis: DraftAnalysis) {
  const allPassages = analysis.passages.map(({ passage }) => ({ id: newId(), ...passage }));
  const idOf = new Map(allPassages.map((p) => [p.ordinal, p.id]));
  for (const passages of chunks(allPassages)) {
    await tx.$executeRaw`
      INSERT INTO "DraftPassage" ("id", "draftId", "ordinal", "number", "heading", "kind", "text", "sourceIndex")
      SELECT r.id, ${draftId}, r.ordinal, r.number, r.heading, r.kind, r.text, r.source_index
      FROM unnest(
        ${passages.map((p) => p.id)}::text[], ${passages.map((p) => p.ordinal)}::int[], ${passages.map((p) => p.number)}::text[],
        ${passages.map((p) => p.heading)}::text[], ${passages.map((p) => p.kind)}::text[], ${passages.map((p) => p.text)}::text[],
        ${passages.map((p) => p.sourceIndex)}::int[]
      ) AS r(id, ordinal, number, heading, kind, text, source_index)`;
  }

  const allMappings = analysis.passages.flatMap(({ passage, mappings }) => mappings.map((m) => ({ passageId: idOf.get(passage.ordinal)!, ...m })));
  for (const mappings of chunks(allMappings)) {
    // The terms of each row go as one JSON array text: unnest would flatten a two-dimensional array.
    await tx.$executeRaw`
      INSERT INTO "DraftPassageClause" ("id", "passageId", "dealClauseId", "origin", "state", "terms", "score")
      SELECT r.id, r.passage_id, r.clause_id, 'AUTO', 'PROPOSED', ARRAY(SELECT jsonb_array_elements_text(r.terms::jsonb)), r.score
      FROM unnest(
        ${mappings.map(newId)}::text[], ${mappings.map((m) => m.passageId)}::text[], ${mappings.map((m) => m.clauseId)}::text[],
        ${mappings.map((m) => JSON.stringify(m.terms))}::text[], ${mappings.map((m) => m.score)}::int[]
      ) AS r(id, passage_id, clause_id, terms, score)`;
  }

  const allFlags = analysis.passages.flatMap(({ passage, flags }) => flags.map((f) => ({ passageId: idOf.get(passage.ordinal)!, ...f })));
  for (const flags of chunks(allFlags)) {
    await tx.$executeRaw`
      INSERT INTO "DraftFlag" ("id", "passageId", "key", "kind", "pitchKey", "severity", "title", "start", "end")
      SELECT r.id, r.passage_id, r.key, r.kind, r.pitch_key, r.severity, r.title, r.start_at, r.end_at
      FROM unnest(
        ${flags.map(newId)}::text[], ${flags.map((f) => f.passageId)}::text[], ${flags.map((f) => f.key)}::text[], ${flags.map((f) => f.kind)}::text[],
        ${flags.map((f) => f.pitchKey)}::text[], ${flags.map((f) => f.severity)}::text[], ${flags.map((f) => f.title)}::text[],
        ${flags.map((f) => f.start)}::int[], ${flags.map((f) => f.end)}::int[]
      ) AS r(id, passage_id, key, kind, pitch_key, severity, title, start_at, end_at)`;
  }
}

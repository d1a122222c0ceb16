import type { RedFlagFinding } from "@/lib/domain/red-flags";

// The shapes the vendor-draft workbench passes between its steps: extraction (a file or pasted text →
// paragraphs), splitting (paragraphs → numbered passages), mapping (passages → the deal's clauses) and
// flagging (risky language and vendor pitches in each passage). All pure data: no Prisma, no I/O.

export type PassageKind = "paragraph" | "heading" | "list-item" | "table-cell";

/** A paragraph as the source document has it, before numbering and headings are worked out. */
export interface SourceParagraph {
  text: string;
  /** What the document itself says it is (a DOCX heading style, a list, a table cell); "paragraph" otherwise. */
  kind: PassageKind;
  /** DOCX: the index of its w:p element among the body's paragraphs in document order (the redline edits it). */
  sourceIndex: number | null;
  /** The list or outline number the document renders but does not hold as text (DOCX numbering), if known. */
  renderedNumber?: string;
}

export interface ExtractedDocument {
  source: "DOCX" | "PDF" | "TEXT" | "EMAIL";
  paragraphs: SourceParagraph[];
}

export interface SplitPassage {
  ordinal: number;
  /** "4.2", "(b)", "Schedule 2" …; "" when unnumbered. */
  number: string;
  /** The title of the section the passage sits in ("" when none). */
  heading: string;
  kind: PassageKind;
  text: string;
  sourceIndex: number | null;
}

/** A deal clause as the mapper reads it. */
export interface ClauseForMapping {
  /** The DealClause id (or, outside a deal, the clause key). */
  id: string;
  key: string;
  title: string;
  section: string;
  /** The pitches the clause counters (the playbook's clause ↔ pitch links). */
  counters: readonly string[];
  priority: "MUST_HAVE" | "IMPORTANT" | "NICE_TO_HAVE";
  /** The clause's must-have position: its distinctive words recognise clauses without curated terms. */
  mustHave?: string;
}

export interface PassageMapping {
  clauseId: string;
  clauseKey: string;
  /** Why: the terms matched, or "pitch: …" / "risky wording: …" for a recognised finding. */
  terms: string[];
  /** How strongly the passage addresses the clause, rounded to a whole number (stored as an integer). */
  score: number;
}

export type PassageFlag = Pick<RedFlagFinding, "key" | "kind" | "pitchKey" | "severity" | "title" | "danger" | "counter"> & {
  /** [start, end) of the matched words in the passage's text. */
  start: number;
  end: number;
};

export interface PassageAnalysis {
  passage: SplitPassage;
  mappings: PassageMapping[];
  flags: PassageFlag[];
}

export interface DraftAnalysis {
  passages: PassageAnalysis[];
  /** Clauses no passage addresses, must-haves first. */
  silentClauseIds: string[];
}

import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { detectRedFlags, type RedFlagFinding } from "@/lib/domain/red-flags";
import { analyseDraft } from "@/lib/drafts/analyse";
import { extractText } from "@/lib/drafts/extract";
import { DraftFileError } from "@/lib/drafts/extract-errors";
import { riskClauseKeysOf } from "@/lib/drafts/risk-clauses";
import type { ClauseForMapping, PassageFlag, PassageKind, SourceParagraph } from "@/lib/drafts/types";
import { requirePermission } from "./access";
import { pitchTextsOf } from "./playbook-pitches";

// "Analyse text": pasted vendor wording read by the draft workbench's engine (lib/drafts) against the
// organisation's current playbook, outside any deal. Nothing is saved. Serves the /analyze page and
// POST /api/v1/analyze (which keeps its original `findings` and `count` for the whole text).

type Priority = ClauseForMapping["priority"];

export interface AnalyzedPassage {
  number: string;
  heading: string;
  kind: PassageKind;
  text: string;
  flags: PassageFlag[];
  clauses: { key: string; title: string; priority: Priority; terms: string[] }[];
}

export interface TextAnalysis {
  findings: RedFlagFinding[];
  count: number;
  passages: AnalyzedPassage[];
  /** The playbook clauses no passage addresses, must-haves first. */
  silentClauses: { key: string; title: string; priority: Priority }[];
}

async function currentPlaybook(actor: Actor) {
  const db = getDb();
  const playbook = await db.playbook.findFirst({
    where: { organizationId: actor.organizationId, isCurrent: true },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  if (!playbook) return { clauses: [], pitches: [] };
  const [rows, pitches] = await Promise.all([
    db.clause.findMany({
      // The playbook's own clauses: a deal's specific clauses belong to that deal only.
      where: { playbookId: playbook.id, dealId: null },
      orderBy: [{ layer: { position: "asc" } }, { position: "asc" }],
      select: {
        key: true,
        title: true,
        mustHave: true,
        priority: true,
        layer: { select: { key: true } },
        pitches: { select: { pitch: { select: { key: true } } } },
      },
    }),
    pitchTextsOf(db, playbook.id),
  ]);
  const clauses: ClauseForMapping[] = rows.map((c) => ({
    id: c.key,
    key: c.key,
    title: c.title,
    section: c.layer.key,
    counters: c.pitches.map((p) => p.pitch.key),
    priority: c.priority,
    mustHave: c.mustHave,
  }));
  return { clauses, pitches };
}

export async function analyzeText(actor: Actor, text: string): Promise<TextAnalysis> {
  requirePermission(actor, "text:analyze");
  const { clauses, pitches } = await currentPlaybook(actor);
  const findings = detectRedFlags(text, pitches);
  let paragraphs: SourceParagraph[];
  try {
    paragraphs = extractText(text, "TEXT").paragraphs;
  } catch (error) {
    if (error instanceof DraftFileError)
      paragraphs = []; // only blank lines: nothing to read
    else throw error;
  }
  const analysis = await analyseDraft(paragraphs, clauses, { pitches, riskClauseKeys: riskClauseKeysOf });
  const byId = new Map(clauses.map((c) => [c.id, c]));
  return {
    findings,
    count: findings.length,
    passages: analysis.passages.map(({ passage, flags, mappings }) => ({
      number: passage.number,
      heading: passage.heading,
      kind: passage.kind,
      text: passage.text,
      flags,
      clauses: mappings.map((m) => {
        const clause = byId.get(m.clauseId)!;
        return { key: clause.key, title: clause.title, priority: clause.priority, terms: m.terms };
      }),
    })),
    silentClauses: paragraphs.length
      ? analysis.silentClauseIds.map((id) => {
          const clause = byId.get(id)!;
          return { key: clause.key, title: clause.title, priority: clause.priority };
        })
      : [],
  };
}

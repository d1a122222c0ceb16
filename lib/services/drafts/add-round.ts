import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { analyseDraft } from "@/lib/drafts/analyse";
import { extractFile, extractText } from "@/lib/drafts/extract";
import { DraftFileError } from "@/lib/drafts/extract-errors";
import { riskClauseKeysOf } from "@/lib/drafts/risk-clauses";
import type { ExtractedDocument } from "@/lib/drafts/types";
import { AppError } from "@/lib/errors";
import { defaultDraftTitle, type TAddPastedDraft } from "@/lib/validation/draft";
import { requirePermission } from "../access";
import { afterDealChange, beginDealChange } from "../deal-changes";
import { pitchTextsOf } from "../playbook-pitches";
import { clausesForMapping } from "./access";
import { writeAnalysis } from "./write-analysis";

export type DraftRoundSource = { file: { bytes: Uint8Array; fileName: string; mediaType: string } } | { text: string; source: "TEXT" | "EMAIL" };

export interface NewDraftRound {
  dealId: string;
  /** "" → "Vendor draft, round N". */
  title: string;
  /** The day the vendor sent it. */
  receivedOn: Date;
}

/**
 * Adds a round of the vendor's draft to a deal: the file's (or pasted text's) paragraphs are extracted,
 * split into passages, flagged and mapped to the deal's clauses against the deal's own playbook version,
 * and everything (file bytes included) is written in one transaction, audited `draft.added`. A file
 * that cannot be read throws a DraftFileError-based INVALID_INPUT on `file` and writes nothing.
 */
export async function addDraftRound(actor: Actor, input: NewDraftRound & DraftRoundSource) {
  requirePermission(actor, "draft:manage");
  const db = getDb();
  // Another organisation's deal is not found before anything is read from the file.
  const deal = await db.deal.findFirst({
    where: { id: input.dealId, organizationId: actor.organizationId },
    select: { id: true, playbookId: true, archivedAt: true },
  });
  if (!deal) throw new AppError("NOT_FOUND", "The deal was not found.");
  if (deal.archivedAt) throw new AppError("CONFLICT", "This deal is archived. Restore it before adding a draft.");
  const document = await readDocument(input);
  const text = document.paragraphs.map((p) => p.text).join("\n");
  const wordCount = countWords(text);
  if (wordCount === 0) {
    const message = "There are no words in it to analyse (only punctuation or symbols). Nothing was saved.";
    throw new AppError("INVALID_INPUT", message, { ["file" in input ? "file" : "text"]: [message] });
  }

  // The CPU-heavy part runs before the transaction (it yields to the event loop between slices of
  // passages); the transaction re-checks that the deal still reads the playbook version analysed against.
  const clauses = await clausesForMapping(db, deal.id);
  const analysis = await analyseDraft(document.paragraphs, clauses, { pitches: await pitchTextsOf(db, deal.playbookId), riskClauseKeys: riskClauseKeysOf });

  const bytes = "file" in input ? input.file.bytes : new TextEncoder().encode(input.text);
  return db.$transaction(
    async (tx) => {
      const locked = await beginDealChange(tx, actor, { dealId: deal.id });
      if (locked.playbookId !== deal.playbookId) {
        throw new AppError("CONFLICT", "The deal moved to another playbook version while the draft was analysed. Add the draft again.");
      }
      const last = await tx.dealDraft.aggregate({ where: { dealId: deal.id }, _max: { round: true } });
      const round = (last._max.round ?? 0) + 1;
      const title = input.title.trim() || defaultDraftTitle(round);
      const draft = await tx.dealDraft.create({
        data: {
          organizationId: actor.organizationId,
          dealId: deal.id,
          round,
          title,
          source: document.source,
          receivedOn: input.receivedOn,
          fileName: "file" in input ? input.file.fileName : null,
          // The type the bytes turned out to be (what the download is served as), not the browser's guess.
          mediaType: "file" in input ? MEDIA_TYPE[document.source as "DOCX" | "PDF"] : null,
          byteSize: "file" in input ? input.file.bytes.byteLength : null,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          text,
          wordCount,
          playbookId: deal.playbookId,
          createdById: actor.userId,
          // Pasted text is kept as received too, so the download is byte for byte what the checksum names.
          file: { create: { bytes: Buffer.from(bytes) } },
        },
      });
      await writeAnalysis(tx, draft.id, analysis);
      await afterDealChange(tx, actor, deal.id, {
        entityType: "DealDraft",
        entityId: draft.id,
        action: "draft.added",
        after: {
          round,
          title,
          source: document.source,
          fileName: draft.fileName,
          byteSize: draft.byteSize,
          sha256: draft.sha256,
          passages: analysis.passages.length,
          flags: analysis.passages.reduce((n, p) => n + p.flags.length, 0),
          silentClauses: analysis.silentClauseIds.length,
        },
      });
      return { id: draft.id, round, passages: analysis.passages.length, silentClauses: analysis.silentClauseIds.length };
    },
    { timeout: 60_000 },
  );
}

const MEDIA_TYPE = {
  DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  PDF: "application/pdf",
} as const;

async function readDocument(input: DraftRoundSource): Promise<ExtractedDocument> {
  try {
    return "file" in input ? await extractFile(input.file.bytes) : extractText(input.text, input.source);
  } catch (error) {
    if (error instanceof DraftFileError) {
      const field = "file" in input ? "file" : "text";
      throw new AppError("INVALID_INPUT", error.message, { [field]: [error.message] });
    }
    throw error;
  }
}

function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

/** A round pasted as text or an email (the form's action). */
export function addPastedDraftRound(actor: Actor, input: TAddPastedDraft) {
  return addDraftRound(actor, { dealId: input.dealId, title: input.title, receivedOn: input.receivedOn, text: input.text, source: input.kind });
}

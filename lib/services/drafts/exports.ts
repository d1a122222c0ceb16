import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { fileSlug } from "@/lib/format/file-slug";
import { silentClauses } from "@/lib/drafts/analyse";
import { negotiationMemoDocx, type MemoClause, type MemoPassage } from "@/lib/drafts/memo";
import { redlineDocx } from "@/lib/drafts/redline";
import { redlineFromPassages } from "@/lib/drafts/redline-text";
import { RED_FLAG_RULES } from "@/lib/playbook/pitch-patterns";
import { requireDeal, requirePermission } from "../access";
import { clausesForMapping, requireDraft } from "./access";

// The two downloads of a draft round, for everyone who reads the deal: the redline (our counter
// wording as tracked changes, in the vendor's own DOCX when there is one) and the negotiation memo.
// Tracked changes are authored by the person downloading: the one who sends the file back.

/**
 * A download, read and authorised: everything it needs is loaded (a missing or foreign draft has
 * thrown already), and `render` only builds the DOCX: CPU work the route runs in its queue.
 */
export interface DocxExport {
  fileName: string;
  render: () => Promise<Uint8Array>;
}

const slug = (name: string) => fileSlug(name, "draft");

const baseNameOf = (draft: { fileName: string | null; title: string; round: number }) =>
  draft.fileName ? slug(draft.fileName.replace(/\.[a-z0-9]{1,5}$/i, "")) : `${slug(draft.title)}-round-${draft.round}`;

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

async function loadDraft(actor: Actor, dealId: string, draftId: string) {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const draft = await requireDraft(db, actor, draftId, dealId);
  const deal = await requireDeal(db, actor, dealId);
  return { db, draft, deal };
}

export async function draftRedline(actor: Actor, dealId: string, draftId: string): Promise<DocxExport> {
  const { db, draft } = await loadDraft(actor, dealId, draftId);
  const mark = { author: actor.name || actor.email, date: new Date().toISOString() };
  const fileName = `${baseNameOf(draft)}-redline.docx`;
  const file = draft.source === "DOCX" ? await db.dealDraftFile.findUnique({ where: { draftId: draft.id } }) : null;
  if (file) {
    const countered = await db.draftPassage.findMany({
      where: { draftId: draft.id, counterText: { not: null }, sourceIndex: { not: null } },
      orderBy: { ordinal: "asc" },
      select: { sourceIndex: true, number: true, counterText: true },
    });
    const counters = countered.map((p) => ({ sourceIndex: p.sourceIndex!, number: p.number, proposed: p.counterText! }));
    return { fileName, render: () => redlineDocx(new Uint8Array(file.bytes), counters, mark) };
  }
  const passages = await db.draftPassage.findMany({
    where: { draftId: draft.id },
    orderBy: { ordinal: "asc" },
    select: { number: true, kind: true, text: true, counterText: true },
  });
  const document = { title: draft.title, passages: passages.map((p) => ({ number: p.number, kind: p.kind, text: p.text, proposed: p.counterText })) };
  return { fileName, render: () => redlineFromPassages(document, mark) };
}

const RULE_TEXT = new Map(RED_FLAG_RULES.map((r) => [r.key as string, { danger: r.danger, counter: r.counter }]));

export async function draftMemo(actor: Actor, dealId: string, draftId: string): Promise<DocxExport> {
  const { db, draft, deal } = await loadDraft(actor, dealId, draftId);
  const [rows, pitches, clauses] = await Promise.all([
    db.draftPassage.findMany({
      where: { draftId: draft.id },
      orderBy: { ordinal: "asc" },
      select: {
        number: true,
        heading: true,
        text: true,
        counterText: true,
        flags: {
          where: { dismissedAt: null },
          orderBy: { start: "asc" },
          select: { key: true, pitchKey: true, title: true, severity: true, start: true, end: true },
        },
        mappings: {
          where: { state: { not: "REJECTED" } },
          orderBy: [{ state: "asc" }, { score: "desc" }],
          select: {
            dealClauseId: true,
            dealClause: { select: { priority: true, clause: { select: { title: true, whyItMatters: true, mustHave: true, fallback: true, walkAway: true } } } },
          },
        },
      },
    }),
    // The danger and counter of a pitch are the deal's playbook version's words.
    db.pitch.findMany({ where: { playbookId: draft.playbookId }, select: { key: true, danger: true, counter: true } }),
    clausesForMapping(db, deal.id),
  ]);
  const pitchText = new Map(pitches.map((p) => [p.key, p]));
  const memoClause = (m: (typeof rows)[number]["mappings"][number]): MemoClause => ({ ...m.dealClause.clause, priority: m.dealClause.priority });

  const passages: MemoPassage[] = rows
    .filter((p) => p.flags.length > 0 || p.counterText !== null)
    .map((p) => ({
      number: p.number,
      heading: p.heading,
      text: p.text,
      counterText: p.counterText,
      clauses: p.mappings.map(memoClause).sort((a, b) => Number(b.priority === "MUST_HAVE") - Number(a.priority === "MUST_HAVE")),
      flags: p.flags.map((f) => {
        const text = (f.pitchKey ? pitchText.get(f.pitchKey) : undefined) ?? RULE_TEXT.get(f.key);
        return { title: f.title, severity: f.severity, start: f.start, end: f.end, danger: text?.danger ?? "", counter: text?.counter ?? "" };
      }),
    }));

  const mapped = rows.map((p) => ({ mappings: p.mappings.map((m) => ({ clauseId: m.dealClauseId, clauseKey: "", terms: [], score: 0 })) }));
  const silentIds = silentClauses(mapped, clauses);
  const silentRows = await db.dealClause.findMany({
    where: { id: { in: silentIds } },
    select: { id: true, priority: true, clause: { select: { title: true, mustHave: true } } },
  });
  const byId = new Map(silentRows.map((r) => [r.id, r]));
  const silent = silentIds.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ title: r.clause.title, mustHave: r.clause.mustHave, priority: r.priority }] : [];
  });

  const memo = {
    dealName: deal.name,
    vendor: deal.vendor,
    round: draft.round,
    draftTitle: draft.title,
    receivedOn: DAY.format(draft.receivedOn),
    preparedOn: DAY.format(new Date()),
    preparedBy: actor.name || actor.email,
    passages,
    silent,
  };
  return { fileName: `${baseNameOf(draft)}-negotiation-memo.docx`, render: () => negotiationMemoDocx(memo) };
}

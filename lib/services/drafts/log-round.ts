import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { ClauseStatus, Priority, ResponseChannel, VendorStance } from "@/lib/domain/enums";
import { channelOf, proposeRound, type ProposalPassage, type ProposedEntry } from "@/lib/drafts/round-proposal";
import { AppError, rateLimited } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RED_FLAG_RULES } from "@/lib/playbook/pitch-patterns";
import { createRateLimiter } from "@/lib/rate-limit";
import type { TLogDraftRound } from "@/lib/validation/draft-log";
import { requireDeal, requirePermission } from "../access";
import { writeVendorResponse } from "../deal-clauses";
import { afterDealChange, type DealAudit } from "../deal-changes";
import { pitchTextsOf } from "../playbook-pitches";
import { requireDraft } from "./access";
import { beginDraftChange, finishDraftChange } from "./draft-change";

type Tx = Prisma.TransactionClient;

export interface RoundProposalDto {
  deal: { id: string; name: string; vendor: string; archived: boolean };
  draft: { id: string; round: number; title: string; version: number; source: string; receivedOn: string; logged: { at: string; by: string } | null };
  channel: ResponseChannel;
  entries: ProposedEntry[];
  /** Once logged: the responses the round wrote, in checklist order. */
  logged: { id: string; dealClauseId: string; title: string; stance: VendorStance; status: ClauseStatus }[];
}

/** The draft's passages with their mappings and flags, each flag with the counter the deal's playbook gives it. */
async function proposalPassages(tx: Tx, draftId: string, playbookId: string): Promise<ProposalPassage[]> {
  const [rows, pitches] = await Promise.all([
    tx.draftPassage.findMany({
      where: { draftId },
      orderBy: { ordinal: "asc" },
      select: {
        id: true,
        ordinal: true,
        number: true,
        heading: true,
        text: true,
        mappings: { select: { dealClauseId: true, origin: true, state: true } },
        flags: { select: { key: true, kind: true, pitchKey: true, severity: true, title: true, dismissedAt: true }, orderBy: { start: "asc" } },
      },
    }),
    pitchTextsOf(tx, playbookId),
  ]);
  const rules = new Map(RED_FLAG_RULES.map((r) => [r.key as string, r]));
  const pitchCounters = new Map(pitches.map((p) => [p.key, p.counter]));
  return rows.map((p) => ({
    ...p,
    flags: p.flags.map((f) => ({
      key: f.key,
      kind: f.kind,
      severity: f.severity,
      title: f.title,
      // Risky wording carries its own counter; a pitch reads as the deal's playbook version answers it.
      counter: (f.kind === "risky-language" ? rules.get(f.key)?.counter : pitchCounters.get(f.pitchKey ?? f.key)) ?? rules.get(f.key)?.counter ?? "",
      dismissed: f.dismissedAt !== null,
    })),
  }));
}

async function proposalClauses(tx: Tx, dealId: string) {
  const rows = await tx.dealClause.findMany({
    where: { dealId, retiredAt: null },
    orderBy: [{ clause: { layer: { position: "asc" } } }, { clause: { position: "asc" } }],
    select: { id: true, status: true, priority: true, version: true, clause: { select: { key: true, title: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    key: r.clause.key,
    title: r.clause.title,
    priority: r.priority as Priority,
    status: r.status as ClauseStatus,
    version: r.version,
  }));
}

/** What logging the round would record, for the log page (anyone who reads the deal may look). */
export async function getRoundProposal(actor: Actor, dealId: string, draftId: string): Promise<RoundProposalDto> {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const deal = await requireDeal(db, actor, dealId);
  const draft = await requireDraft(db, actor, draftId, deal.id);
  const [passages, clauses, loggedBy, responses] = await Promise.all([
    proposalPassages(db, draft.id, draft.playbookId),
    proposalClauses(db, deal.id),
    draft.loggedById ? db.user.findUnique({ where: { id: draft.loggedById }, select: { name: true } }) : null,
    db.vendorResponse.findMany({
      where: { draftId: draft.id },
      orderBy: [{ dealClause: { clause: { layer: { position: "asc" } } } }, { dealClause: { clause: { position: "asc" } } }],
      select: { id: true, stance: true, dealClause: { select: { id: true, status: true, clause: { select: { title: true } } } } },
    }),
  ]);
  return {
    deal: { id: deal.id, name: deal.name, vendor: deal.vendor, archived: deal.archivedAt !== null },
    draft: {
      id: draft.id,
      round: draft.round,
      title: draft.title,
      version: draft.version,
      source: draft.source,
      receivedOn: draft.receivedOn.toISOString().slice(0, 10),
      logged: draft.loggedAt ? { at: draft.loggedAt.toISOString(), by: loggedBy?.name ?? "" } : null,
    },
    channel: channelOf(draft.source),
    entries: proposeRound({ draftTitle: draft.title, passages, clauses }),
    logged: responses.map((r) => ({
      id: r.id,
      dealClauseId: r.dealClause.id,
      title: r.dealClause.clause.title,
      stance: r.stance as VendorStance,
      status: r.dealClause.status as ClauseStatus,
    })),
  };
}

// A round is one decision by a person, however many clauses it touches, so it has its own limiter
// rather than counting N calls against the hand-logging one (which would refuse any round past 60
// clauses). Its cost stays bounded: at most MAX_ROUND_TEXT characters in all (MAX_ROUND_ENTRIES
// entries) read by the linear-time matcher per call, and each draft logs once.
export const ROUNDS_PER_MINUTE = 20;
const roundLogLimiter = createRateLimiter({ name: "draft-round-log", limit: ROUNDS_PER_MINUTE, windowMs: 60_000 });

function invalidEntry(index: number, field: string, message: string) {
  return new AppError("INVALID_INPUT", message, { [`entries.${index}.${field}`]: [message] });
}

/**
 * Logs a reviewed draft round as vendor responses, all or nothing: one response per confirmed entry
 * (each clause at most once), quoting passages of this draft that are mapped to that clause, written by
 * the same code as a hand-logged response (red flags, status rules, evidence, clause version). The round
 * is then marked logged (its mapping read-only) and audited `draft.logged`, followed by each response's
 * own `response.logged` event. Any refused entry refuses the round, with the error on that entry's field.
 */
export async function logDraftRound(actor: Actor, input: TLogDraftRound) {
  requirePermission(actor, "draft:manage");
  requirePermission(actor, "response:log");
  const allowed = await roundLogLimiter.take(actor.userId);
  if (!allowed.ok) {
    throw rateLimited(
      `You have logged ${ROUNDS_PER_MINUTE} rounds in the last minute, the most we accept. Try again in ${allowed.retryAfterSeconds} s; nothing was saved.`,
      allowed.retryAfterSeconds,
    );
  }
  return getDb().$transaction(async (tx) => {
    const draft = await beginDraftChange(tx, actor, { draftId: input.draftId, version: input.version });
    const passages = await tx.draftPassage.findMany({
      where: { draftId: draft.id },
      select: { id: true, mappings: { where: { state: { not: "REJECTED" } }, select: { dealClauseId: true } } },
    });
    const mappedTo = new Map(passages.map((p) => [p.id, new Set(p.mappings.map((m) => m.dealClauseId))]));
    const occurredOn = draft.receivedOn;
    const channel = channelOf(draft.source);

    const written = [];
    for (const [index, entry] of input.entries.entries()) {
      const stray = entry.passageIds.find((id) => !mappedTo.get(id)?.has(entry.dealClauseId));
      if (stray) throw invalidEntry(index, "passageIds", "Quote only passages of this draft that are mapped to this clause.");
      try {
        const response = await writeVendorResponse(
          tx,
          actor,
          { ...entry, occurredOn, channel },
          { draftId: draft.id, passageIds: [...new Set(entry.passageIds)] },
        );
        if (response.dealId !== draft.dealId) throw invalidEntry(index, "dealClauseId", "This clause is not on this draft's deal.");
        written.push(response);
      } catch (error) {
        throw entryError(error, index);
      }
    }

    const version = await finishDraftChange(tx, draft.id, { loggedAt: new Date(), loggedBy: { connect: { id: actor.userId } } });
    const event: DealAudit = {
      entityType: "DealDraft",
      entityId: draft.id,
      action: "draft.logged",
      before: { round: draft.round, clauses: written.map((w) => ({ clause: w.clause.key, status: w.statusBefore })) },
      after: {
        round: draft.round,
        title: draft.title,
        responses: written.map((w) => ({ response: w.id, clause: w.clause.key, status: w.status, redFlags: w.redFlags })),
      },
    };
    await afterDealChange(tx, actor, draft.dealId, [event, ...written.map((w) => w.audit)]);
    return { draftId: draft.id, version, responses: written.map((w) => ({ id: w.id, dealClauseId: w.clause.id, status: w.status, redFlags: w.redFlags })) };
  });
}

/** An entry's refusal, with its field errors moved under `entries.<index>.` so the log page shows them on that row. */
function entryError(error: unknown, index: number): unknown {
  if (!(error instanceof AppError) || error.fieldErrors?.[`entries.${index}.passageIds`] || error.fieldErrors?.[`entries.${index}.dealClauseId`]) return error;
  if (error.code === "INVALID_INPUT") {
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrors ?? { newStatus: [error.message] }).map(([field, m]) => [`entries.${index}.${field}`, m]),
    );
    return new AppError("INVALID_INPUT", error.message, fieldErrors);
  }
  if (error.code === "CONFLICT") {
    // A stale clause comes with the clause as saved now; a retired one says so itself.
    const message = error.details
      ? "Someone changed this clause since this page was opened; nothing was logged. Reload the page and try again."
      : `${error.message} Nothing was logged.`;
    return new AppError("CONFLICT", message, { [`entries.${index}.newStatus`]: [message] }, error.details);
  }
  if (error.code === "NOT_FOUND") return invalidEntry(index, "dealClauseId", "This clause is not on this draft's deal.");
  return error;
}

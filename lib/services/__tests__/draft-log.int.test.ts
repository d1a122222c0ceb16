import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { getRoundComparison } from "@/lib/services/drafts/compare";
import { getRoundProposal, logDraftRound } from "@/lib/services/drafts/log-round";
import { appErrorOf } from "@/lib/test/app-error";
import { createTestDeal } from "@/lib/test/deals";
import { addTextDraft } from "@/lib/test/drafts";
import { createTeam } from "@/lib/test/factories";
import { ZLogDraftRound, type TLogDraftRound } from "@/lib/validation/draft-log";

const db = getDb();

/** Confirms every engine mapping of the draft, as a reviewer would. */
async function acceptAll(draftId: string) {
  await db.draftPassageClause.updateMany({ where: { passage: { draftId } }, data: { state: "ACCEPTED" } });
}

async function proposedInput(actor: Actor, dealId: string, draftId: string): Promise<TLogDraftRound> {
  const proposal = await getRoundProposal(actor, dealId, draftId);
  return ZLogDraftRound.parse({
    draftId,
    version: proposal.draft.version,
    entries: proposal.entries.map((e) => ({
      dealClauseId: e.dealClauseId,
      version: e.version,
      passageIds: e.passages.map((p) => p.id),
      vendorText: e.vendorText,
      stance: e.stance,
      offerPosition: e.offerPosition,
      counterNextStep: e.counterNextStep,
      newStatus: e.newStatus,
      agreedLanguage: e.agreedLanguage,
      contractReference: e.contractReference,
    })),
  });
}

async function counts(dealId: string) {
  const [responses, links, audits, clauses, draft] = await Promise.all([
    db.vendorResponse.count({ where: { dealId } }),
    db.responsePassage.count({ where: { response: { dealId } } }),
    db.auditEvent.count({ where: { dealId } }),
    db.dealClause.findMany({ where: { dealId }, select: { id: true, status: true, version: true }, orderBy: { id: "asc" } }),
    db.dealDraft.findMany({ where: { dealId }, select: { version: true, loggedAt: true } }),
  ]);
  return { responses, links, audits, clauses, draft };
}

async function setup() {
  const team = await createTeam();
  const actor = team.actors.NEGOTIATOR;
  const { deal } = await createTestDeal(actor);
  const draft = await addTextDraft(actor, deal.id);
  await acceptAll(draft.id);
  return { team, actor, deal, draft };
}

describe("logging a draft round as vendor responses", () => {
  it("writes exactly the confirmed responses, linked to the draft and their passages, moving statuses by the rules, in one audited step", async () => {
    const { actor, deal, draft } = await setup();
    const input = await proposedInput(actor, deal.id, draft.id);
    const outputs = input.entries.find((e) => e.vendorText.includes("owns all outputs"))!;
    const data = input.entries.find((e) => e.vendorText.includes("any purpose"))!;
    expect(outputs).toMatchObject({ stance: "ACCEPTS", newStatus: expect.stringMatching(/MUST_HAVE_MET|FALLBACK_ACCEPTED|^$/) });
    expect(data).toMatchObject({ stance: "REJECTS", offerPosition: "BELOW_WALK_AWAY", newStatus: "IN_NEGOTIATION" });
    // The negotiator leaves one entry out and edits another.
    const confirmed = input.entries.filter((e) => e !== outputs).map((e) => (e === data ? { ...e, counterNextStep: "Only for our model." } : e));

    const result = await logDraftRound(actor, { ...input, entries: confirmed });
    expect(result.responses).toHaveLength(confirmed.length);

    const responses = await db.vendorResponse.findMany({ where: { dealId: deal.id }, include: { passages: true } });
    expect(responses).toHaveLength(confirmed.length);
    for (const entry of confirmed) {
      const response = responses.find((r) => r.dealClauseId === entry.dealClauseId)!;
      expect(response).toMatchObject({ draftId: draft.id, channel: "REDLINE", vendorText: entry.vendorText, stance: entry.stance });
      expect(response.occurredOn.toISOString().slice(0, 10)).toBe("2026-11-20");
      expect(response.passages.map((p) => p.passageId).sort()).toEqual([...entry.passageIds].sort());
    }
    const dataResponse = responses.find((r) => r.dealClauseId === data.dealClauseId)!;
    expect(dataResponse.counterNextStep).toBe("Only for our model.");
    expect(dataResponse.redFlagKeys).toContain("data-any-purpose");
    expect((await db.dealClause.findUniqueOrThrow({ where: { id: data.dealClauseId } })).status).toBe("IN_NEGOTIATION");
    expect((await db.dealClause.findUniqueOrThrow({ where: { id: outputs.dealClauseId } })).status).toBe("NOT_STARTED");

    const logged = await db.dealDraft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(logged).toMatchObject({ loggedById: actor.userId, version: input.version + 1 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { dealId: deal.id, action: "draft.logged" } });
    expect((event.after as { responses: unknown[] }).responses).toHaveLength(confirmed.length);
    expect(await db.auditEvent.count({ where: { dealId: deal.id, action: "response.logged" } })).toBe(confirmed.length);

    // Logged: the round is read-only, and a second log is refused.
    expect((await appErrorOf(logDraftRound(actor, { ...input, version: logged.version }))).code).toBe("CONFLICT");
  });

  it("settles a clause only with its evidence, through the same rule as a hand-logged response", async () => {
    const { actor, deal, draft } = await setup();
    const input = await proposedInput(actor, deal.id, draft.id);
    const index = input.entries.findIndex((e) => e.vendorText.includes("owns all outputs"));
    const clause = await db.dealClause.findUniqueOrThrow({ where: { id: input.entries[index].dealClauseId } });
    await db.dealClause.update({ where: { id: clause.id }, data: { priority: "MUST_HAVE" } });
    const entries = input.entries.map((e, i) => (i === index ? { ...e, newStatus: "MUST_HAVE_MET" as const, agreedLanguage: "", contractReference: "" } : e));
    const before = await counts(deal.id);
    const error = await appErrorOf(logDraftRound(actor, { ...input, entries }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(expect.arrayContaining([`entries.${index}.agreedLanguage`, `entries.${index}.contractReference`]));
    expect(await counts(deal.id)).toEqual(before);
  });

  it("writes nothing when any entry is invalid: a passage of another draft, or one not mapped to the clause", async () => {
    const { actor, deal, draft } = await setup();
    const second = await addTextDraft(actor, deal.id);
    const input = await proposedInput(actor, deal.id, draft.id);
    const otherPassage = await db.draftPassage.findFirstOrThrow({ where: { draftId: second.id } });
    const last = input.entries.length - 1;
    const before = await counts(deal.id);

    const foreign = input.entries.map((e, i) => (i === last ? { ...e, passageIds: [otherPassage.id] } : e));
    const error = await appErrorOf(logDraftRound(actor, { ...input, entries: foreign }));
    expect(error).toMatchObject({ code: "INVALID_INPUT" });
    expect(error.fieldErrors).toHaveProperty(`entries.${last}.passageIds`);

    const unmapped = input.entries.map((e, i) => (i === last ? { ...e, passageIds: input.entries[0].passageIds } : e));
    expect((await appErrorOf(logDraftRound(actor, { ...input, entries: unmapped }))).fieldErrors).toHaveProperty(`entries.${last}.passageIds`);
    expect(await counts(deal.id)).toEqual(before);
  });

  it("refuses a stale draft version, another organisation's draft (not found) and a viewer", async () => {
    const { team, actor, deal, draft } = await setup();
    const other = await createTeam();
    const input = await proposedInput(actor, deal.id, draft.id);
    const before = await counts(deal.id);
    expect((await appErrorOf(logDraftRound(actor, { ...input, version: input.version + 1 }))).code).toBe("CONFLICT");
    expect((await appErrorOf(logDraftRound(other.actors.NEGOTIATOR, input))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(getRoundProposal(other.actors.NEGOTIATOR, deal.id, draft.id))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(logDraftRound(team.actors.VIEWER, input))).code).toBe("FORBIDDEN");
    expect(await counts(deal.id)).toEqual(before);
  });
});

describe("comparing rounds", () => {
  it("compares a round with the previous one of the same deal, and never with another deal's draft", async () => {
    const { actor, deal, draft } = await setup();
    const revised = (await import("@/lib/test/drafts")).SAMPLE_DRAFT_TEXT.replace(
      "6.1 The Supplier may use Customer Data for any purpose, including improving its services.",
      "6.1 The Supplier shall use Customer Data only to build and run the Customer's model.",
    );
    const second = await addTextDraft(actor, deal.id, revised, "Round two");
    const result = await getRoundComparison(actor, deal.id, second.id);
    expect(result.other?.id).toBe(draft.id);
    const verdicts = Object.fromEntries(result.comparison!.clauses.map((c) => [c.clause.key, c.verdict]));
    expect(Object.values(verdicts)).toContain("conceded");
    expect(result.comparison!.counts.conceded).toBeGreaterThan(0);

    const { deal: otherDeal } = await createTestDeal(actor);
    const elsewhere = await addTextDraft(actor, otherDeal.id);
    expect((await appErrorOf(getRoundComparison(actor, deal.id, second.id, elsewhere.id))).code).toBe("NOT_FOUND");
    expect((await getRoundComparison(actor, deal.id, draft.id)).comparison).toBeNull();
  });
});

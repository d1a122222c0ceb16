import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { EVIDENCE_MESSAGE } from "@/lib/domain/clause-status";
import type { ClauseStatus } from "@/lib/domain/enums";
import { readPlaybookDocument } from "@/lib/playbook/store";
import { getDealClause, getLayerChecklist, logVendorResponse, updateDealClause } from "@/lib/services/deal-clauses";
import { overrideClauseRules, restoreClauseRules } from "@/lib/services/deal-rules";
import { addDealSpecificClause, dealSpecificClauseKey, removeDealSpecificClause } from "@/lib/services/deal-specific-clauses";
import { getDeal, updateDeal } from "@/lib/services/deals";
import { getPlaybook } from "@/lib/services/playbook";
import { getDealReadiness } from "@/lib/services/readiness";
import { getReviewPage } from "@/lib/services/reviews";
import { appErrorOf } from "@/lib/test/app-error";
import { snapshotOrgs, watchAudit } from "@/lib/test/db-snapshot";
import { createTestDeal, dealInput, responseInput } from "@/lib/test/deals";
import { createTeam } from "@/lib/test/factories";
import type { TCreateDeal } from "@/lib/validation/deal";
import type { TAddDealSpecificClause } from "@/lib/validation/deal-rules";

// Applicability rules on real deals: what they do to the checklist and readiness when deal facts
// change, a negotiator's override, deal-specific clauses, and the evidence a settled must-have needs.

const db = getDb();
const SLA = "vendor-hosting-sla";
const AUDIT = "regulator-audit-transparency";

async function itemOf(dealId: string, key: string) {
  return db.dealClause.findFirstOrThrow({ where: { dealId, clause: { key } }, include: { clause: { select: { key: true, priority: true } } } });
}

async function editDeal(actor: Actor, dealId: string, changes: Partial<TCreateDeal>) {
  const deal = await db.deal.findUniqueOrThrow({ where: { id: dealId } });
  return updateDeal(actor, {
    ...dealInput(deal.ownerId, {
      hostingModel: deal.hostingModel as TCreateDeal["hostingModel"],
      regulatedSector: deal.regulatedSector,
      baseModelLicenceType: deal.baseModelLicenceType as TCreateDeal["baseModelLicenceType"],
      ...changes,
    }),
    dealId,
    version: deal.version,
  });
}

async function setStatus(actor: Actor, dealClauseId: string, status: ClauseStatus, evidence = { agreedLanguage: "", contractReference: "" }) {
  const row = await db.dealClause.findUniqueOrThrow({ where: { id: dealClauseId } });
  return updateDealClause(actor, { dealClauseId, version: row.version, status, notApplicableReason: "", notes: "", ...evidence });
}

function clauseInput(dealId: string, overrides: Partial<TAddDealSpecificClause> = {}): TAddDealSpecificClause {
  return {
    dealId,
    layerKey: "deployment-exit",
    title: "Data stays in the EU",
    whyItMatters: "Our regulator requires EU data residency.",
    mustHave: "All processing and storage in the EU.",
    fallback: "EU storage, processing outside the EU under SCCs.",
    walkAway: "Storage outside the EU.",
    priority: "MUST_HAVE",
    sampleLanguage: "",
    ...overrides,
  };
}

describe("a rule's effect on readiness", () => {
  it("a regulated deal counts regulator audit as a must-have: a new blocker until it is settled", async () => {
    const { actors } = await createTeam();
    const plain = await createTestDeal(actors.NEGOTIATOR);
    const regulated = await createTestDeal(actors.NEGOTIATOR, { regulatedSector: true });
    const blockerOf = async (dealId: string) =>
      (await getDealReadiness(actors.NEGOTIATOR, dealId)).blockers.find((b) => b.kind === "MUST_HAVE_OPEN" && b.clauseKey === AUDIT);

    expect(await blockerOf(plain.deal.id)).toBeUndefined();
    expect(await blockerOf(regulated.deal.id)).toBeDefined();
    const item = await itemOf(regulated.deal.id, AUDIT);
    expect(item).toMatchObject({ priority: "MUST_HAVE", clause: { priority: "IMPORTANT" } });
    expect(item.ruleEffects).toEqual([expect.objectContaining({ effect: "RAISE_PRIORITY", priority: "MUST_HAVE" })]);

    // The clause page and the review show the priority that counts; the overview counts the adjustment.
    const page = await getDealClause(actors.NEGOTIATOR, regulated.deal.id, item.id);
    expect(page.item).toMatchObject({ priority: "MUST_HAVE", clause: { priority: "IMPORTANT" } });
    const review = await getReviewPage(actors.CIO, regulated.deal.id);
    expect(review.gaps.find((g) => g.clauseKey === AUDIT)).toMatchObject({ priority: "MUST_HAVE", raisedByRule: true, blocking: true });
    expect((await getDeal(actors.NEGOTIATOR, regulated.deal.id)).ruleAdjustedClauses).toBeGreaterThanOrEqual(1);

    // Settling it needs the evidence (the raised priority counts), then the blocker is gone.
    const refused = await appErrorOf(setStatus(actors.NEGOTIATOR, item.id, "MUST_HAVE_MET"));
    expect(refused.fieldErrors).toEqual({ agreedLanguage: [EVIDENCE_MESSAGE.agreedLanguage], contractReference: [EVIDENCE_MESSAGE.contractReference] });
    await setStatus(actors.NEGOTIATOR, item.id, "MUST_HAVE_MET", { agreedLanguage: "Regulators may audit the model.", contractReference: "MSA §12" });
    expect(await blockerOf(regulated.deal.id)).toBeUndefined();
  });

  it("self-hosting makes the hosting SLA not applicable by rule, and going back restores the status it had", async () => {
    const { org, actors } = await createTeam();
    const { deal } = await createTestDeal(actors.NEGOTIATOR, { hostingModel: "VENDOR_HOSTED" });
    const sla = await itemOf(deal.id, SLA);
    await setStatus(actors.NEGOTIATOR, sla.id, "IN_NEGOTIATION");

    const watch = await watchAudit(org.id);
    await editDeal(actors.NEGOTIATOR, deal.id, { hostingModel: "SELF_HOSTED" });
    const off = await itemOf(deal.id, SLA);
    expect(off).toMatchObject({ status: "NOT_APPLICABLE", statusBeforeRule: "IN_NEGOTIATION" });
    expect(off.notApplicableReason).toMatch(/own infrastructure/);
    const [event] = await watch.added();
    expect(event.after).toMatchObject({ ruleChanges: [{ clauseKey: SLA, before: { status: "IN_NEGOTIATION" }, after: { status: "NOT_APPLICABLE" } }] });

    const checklist = await getLayerChecklist(actors.VIEWER, deal.id, "deployment-exit");
    expect(checklist.items.find((i) => i.id === sla.id)).toMatchObject({ notApplicableByRule: true, status: "NOT_APPLICABLE" });

    await editDeal(actors.NEGOTIATOR, deal.id, { hostingModel: "HYBRID" });
    expect(await itemOf(deal.id, SLA)).toMatchObject({ status: "IN_NEGOTIATION", statusBeforeRule: null, notApplicableReason: null });
  });

  it("never replaces a status someone settled: a met SLA stays met when the deal becomes self-hosted", async () => {
    const { actors } = await createTeam();
    const { deal } = await createTestDeal(actors.NEGOTIATOR, { hostingModel: "VENDOR_HOSTED" });
    const sla = await itemOf(deal.id, SLA);
    await setStatus(actors.NEGOTIATOR, sla.id, "MUST_HAVE_MET");
    await editDeal(actors.NEGOTIATOR, deal.id, { hostingModel: "SELF_HOSTED" });
    const after = await itemOf(deal.id, SLA);
    expect(after.status).toBe("MUST_HAVE_MET");
    expect(after.ruleEffects).toEqual([expect.objectContaining({ effect: "NOT_APPLICABLE" })]);
  });
});

describe("overriding the rules on one clause", () => {
  it("brings the clause back with the status it had, survives a fact change, and is undone by restoring", async () => {
    const { org, actors } = await createTeam();
    const { deal } = await createTestDeal(actors.NEGOTIATOR, { hostingModel: "SELF_HOSTED" });
    const sla = await itemOf(deal.id, SLA);
    expect(sla.status).toBe("NOT_APPLICABLE");

    const watch = await watchAudit(org.id);
    const result = await overrideClauseRules(actors.NEGOTIATOR, {
      dealClauseId: sla.id,
      version: sla.version,
      reason: "The vendor still runs our failover site.",
    });
    expect(result.status).toBe("NOT_STARTED");
    expect(await itemOf(deal.id, SLA)).toMatchObject({
      status: "NOT_STARTED",
      ruleOverrideReason: "The vendor still runs our failover site.",
      priority: "IMPORTANT",
    });
    const events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "clause.rules-overridden",
      entityId: sla.id,
      before: { status: "NOT_APPLICABLE" },
      after: { status: "NOT_STARTED" },
    });

    // Another fact change re-applies the rules: the override holds.
    await editDeal(actors.NEGOTIATOR, deal.id, { hostingModel: "SELF_HOSTED", regulatedSector: true });
    expect((await itemOf(deal.id, SLA)).status).toBe("NOT_STARTED");

    const current = await itemOf(deal.id, SLA);
    await restoreClauseRules(actors.NEGOTIATOR, { dealClauseId: sla.id, version: current.version });
    expect(await itemOf(deal.id, SLA)).toMatchObject({ status: "NOT_APPLICABLE", ruleOverrideReason: null });
    expect((await watch.added()).map((e) => e.action)).toContain("clause.rules-restored");
  });

  it("an override puts a raised clause back at its own priority", async () => {
    const { actors } = await createTeam();
    const { deal } = await createTestDeal(actors.NEGOTIATOR, { regulatedSector: true });
    const audit = await itemOf(deal.id, AUDIT);
    await overrideClauseRules(actors.NEGOTIATOR, {
      dealClauseId: audit.id,
      version: audit.version,
      reason: "Internal tool, never used for regulated decisions.",
    });
    expect((await itemOf(deal.id, AUDIT)).priority).toBe("IMPORTANT");
    const blockers = (await getDealReadiness(actors.NEGOTIATOR, deal.id)).blockers;
    expect(blockers.some((b) => b.clauseKey === AUDIT)).toBe(false);
  });

  it("refuses, writing nothing, when no rule fired, when stale, and for another organisation", async () => {
    const { org, otherOrg, actors, foreignAdmin } = await createTeam();
    const { deal } = await createTestDeal(actors.NEGOTIATOR, { hostingModel: "VENDOR_HOSTED" });
    const sla = await itemOf(deal.id, SLA);
    const before = await snapshotOrgs(org.id, otherOrg.id);
    const none = await appErrorOf(overrideClauseRules(actors.NEGOTIATOR, { dealClauseId: sla.id, version: sla.version, reason: "Because" }));
    expect(none.fieldErrors?.reason?.[0]).toMatch(/nothing to set aside/);
    expect((await appErrorOf(restoreClauseRules(actors.NEGOTIATOR, { dealClauseId: sla.id, version: sla.version }))).code).toBe("CONFLICT");
    expect((await appErrorOf(overrideClauseRules(foreignAdmin, { dealClauseId: sla.id, version: sla.version, reason: "x" }))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(overrideClauseRules(actors.VIEWER, { dealClauseId: sla.id, version: sla.version, reason: "x" }))).code).toBe("FORBIDDEN");
    expect(await snapshotOrgs(org.id, otherOrg.id)).toEqual(before);
  });
});

describe("deal-specific clauses", () => {
  it("count in readiness like any other, and never reach the playbook or another deal", async () => {
    const { org, playbook, actors } = await createTeam();
    const { deal } = await createTestDeal(actors.NEGOTIATOR);
    const watch = await watchAudit(org.id);
    const { id, clauseKey } = await addDealSpecificClause(actors.NEGOTIATOR, clauseInput(deal.id));
    expect(clauseKey).toMatch(/^deal-[0-9a-f]{8}-data-stays-in-the-eu$/);
    expect((await watch.added()).map((e) => e.action)).toEqual(["clause.added-to-deal"]);

    const readiness = await getDealReadiness(actors.NEGOTIATOR, deal.id);
    expect(readiness.blockers).toContainEqual(expect.objectContaining({ kind: "MUST_HAVE_OPEN", clauseKey }));
    const checklist = await getLayerChecklist(actors.NEGOTIATOR, deal.id, "deployment-exit");
    expect(checklist.items.at(-1)).toMatchObject({ id, dealOnly: true, priority: "MUST_HAVE", clause: { title: "Data stays in the EU" } });

    const book = await getPlaybook(actors.VIEWER);
    expect(book.layers.flatMap((l) => l.clauses).some((c) => c.key === clauseKey)).toBe(false);
    const document = await readPlaybookDocument(db, playbook.id);
    expect(document.clauses.some((c) => c.key === clauseKey)).toBe(false);
    expect((await getDeal(actors.NEGOTIATOR, deal.id)).progress.total).toBe(document.clauses.length + 1);
    const other = await createTestDeal(actors.NEGOTIATOR, { name: "Another deal" });
    expect(await db.dealClause.count({ where: { dealId: other.deal.id, clause: { key: clauseKey } } })).toBe(0);
    expect(await db.dealClause.count({ where: { dealId: other.deal.id } })).toBe(document.clauses.length);
  });

  it("is removable only while nothing was negotiated on it", async () => {
    const { actors } = await createTeam();
    const { deal } = await createTestDeal(actors.NEGOTIATOR);
    const first = await addDealSpecificClause(actors.NEGOTIATOR, clauseInput(deal.id, { title: "Escrow of prompts" }));
    const second = await addDealSpecificClause(actors.NEGOTIATOR, clauseInput(deal.id, { title: "Escrow of prompts" }));
    expect(second.clauseKey).not.toBe(first.clauseKey);
    await logVendorResponse(actors.NEGOTIATOR, responseInput(second.id, 1));
    const refused = await appErrorOf(removeDealSpecificClause(actors.NEGOTIATOR, { dealClauseId: second.id, version: 1 }));
    expect(refused.code).toBe("CONFLICT");
    await removeDealSpecificClause(actors.NEGOTIATOR, { dealClauseId: first.id, version: 1 });
    expect(await db.dealClause.count({ where: { id: first.id } })).toBe(0);
    expect(await db.clause.count({ where: { key: first.clauseKey } })).toBe(0);
    // A playbook clause is never removed this way.
    const playbookItem = await itemOf(deal.id, SLA);
    expect((await appErrorOf(removeDealSpecificClause(actors.NEGOTIATOR, { dealClauseId: playbookItem.id, version: playbookItem.version }))).code).toBe(
      "CONFLICT",
    );
  });

  it("makes a short, kebab-case key from any title", () => {
    expect(dealSpecificClauseKey("Données — résidence UE!", "ab12cd34")).toBe("deal-ab12cd34-donnees-residence-ue");
    expect(dealSpecificClauseKey("???", "ab12cd34")).toBe("deal-ab12cd34-clause");
    const long = dealSpecificClauseKey("word ".repeat(40), "ab12cd34");
    expect(long.length).toBeLessThanOrEqual(80);
    // Cut at 80, never ending on a dash.
    expect(long).toMatch(/^deal-ab12cd34-(word-)+w[a-z]*$/);
  });
});

describe("evidence for met", () => {
  it("refuses a settled must-have without agreed language and contract section, with field errors, writing nothing", async () => {
    const { org, actors } = await createTeam();
    const { deal, clause } = await createTestDeal(actors.NEGOTIATOR);
    expect(clause.priority).toBe("MUST_HAVE");
    const before = await snapshotOrgs(org.id);
    const viaClause = await appErrorOf(setStatus(actors.NEGOTIATOR, clause.id, "FALLBACK_ACCEPTED", { agreedLanguage: "We agree.", contractReference: "" }));
    expect(viaClause).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { contractReference: [EVIDENCE_MESSAGE.contractReference] } });
    const viaResponse = await appErrorOf(
      logVendorResponse(
        actors.NEGOTIATOR,
        responseInput(clause.id, 1, { stance: "ACCEPTS", offerPosition: "MUST_HAVE", newStatus: "MUST_HAVE_MET", agreedLanguage: "", contractReference: "" }),
      ),
    );
    expect(viaResponse.fieldErrors).toEqual({ agreedLanguage: [EVIDENCE_MESSAGE.agreedLanguage], contractReference: [EVIDENCE_MESSAGE.contractReference] });
    expect(await snapshotOrgs(org.id)).toEqual(before);

    // A response that settles it may bring the evidence along; it is stored on the clause.
    await logVendorResponse(
      actors.NEGOTIATOR,
      responseInput(clause.id, 1, {
        stance: "ACCEPTS",
        offerPosition: "MUST_HAVE",
        newStatus: "MUST_HAVE_MET",
        agreedLanguage: "Client owns the training data.",
        contractReference: "MSA §3.1",
      }),
    );
    expect(await db.dealClause.findUniqueOrThrow({ where: { id: clause.id } })).toMatchObject({
      status: "MUST_HAVE_MET",
      agreedLanguage: "Client owns the training data.",
      contractReference: "MSA §3.1",
    });
    // Its evidence cannot be removed while it stays settled.
    expect((await appErrorOf(setStatus(actors.NEGOTIATOR, clause.id, "MUST_HAVE_MET"))).fieldErrors).toHaveProperty("agreedLanguage");
    expect((await getReviewPage(actors.CIO, deal.id)).legacyGaps).toEqual([]);
  });

  it("the CIO review lists must-haves settled before evidence was required", async () => {
    const { actors } = await createTeam();
    const { deal, clause } = await createTestDeal(actors.NEGOTIATOR);
    // Written directly, as a seeded or older deal holds it.
    await db.dealClause.update({ where: { id: clause.id }, data: { status: "MUST_HAVE_MET", contractReference: "MSA §2" } });
    const review = await getReviewPage(actors.CIO, deal.id);
    expect(review.legacyGaps).toEqual([{ dealClauseId: clause.id, title: expect.any(String), status: "MUST_HAVE_MET", missing: ["agreedLanguage"] }]);
    // Still editable (notes) without completing it.
    const row = await db.dealClause.findUniqueOrThrow({ where: { id: clause.id } });
    await updateDealClause(actors.NEGOTIATOR, {
      dealClauseId: clause.id,
      version: row.version,
      status: "MUST_HAVE_MET",
      notApplicableReason: "",
      agreedLanguage: "",
      contractReference: "MSA §2",
      notes: "Language to follow",
    });
  });
});

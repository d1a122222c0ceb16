import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { ClauseStatus } from "@/lib/domain/enums";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import type { PlaybookDocument } from "@/lib/playbook/format";
import { createPlaybookVersion } from "@/lib/playbook/store";
import { afterDealsInserted } from "@/lib/services/deal-changes";
import { logVendorResponse, updateDealClause } from "@/lib/services/deal-clauses";
import { confirmClauseStillHolds, getNewerPlaybook, previewDealUpgrade, upgradeDeal } from "@/lib/services/deal-upgrade";
import { createDeal, getDeal } from "@/lib/services/deals";
import { listProcessSteps, updateProcessStep } from "@/lib/services/process";
import { getDealReadiness } from "@/lib/services/readiness";
import { acceptRisk, decideReview, getReviewPage } from "@/lib/services/reviews";
import { appErrorOf } from "@/lib/test/app-error";
import { snapshotOrgs, watchAudit } from "@/lib/test/db-snapshot";
import { createTestDeal, dealInput, responseInput } from "@/lib/test/deals";
import { createTeam } from "@/lib/test/factories";
import { playbookVersion2, V2_ESCROW_MUST_HAVE, V2_NEW_CLAUSE_KEY, V2_RETIRED_CLAUSE_KEY } from "@/lib/test/playbook-v2";

// Deals stay on the playbook version they started on until someone upgrades them; the upgrade keeps
// what still holds, flags what changed, opens what is new and keeps what was retired read-only.

const db = getDb();
type Team = Awaited<ReturnType<typeof createTeam>>;

function publish(team: Team, doc: PlaybookDocument, version: number, changeSummary = "Tighter escrow, data residency added, reuse compensation dropped") {
  return db.$transaction((tx) => createPlaybookVersion(tx, doc, { organizationId: team.org.id, version, changeSummary, publishedById: team.users.ADMIN.id }));
}

async function item(dealId: string, clauseKey: string) {
  return db.dealClause.findFirstOrThrow({ where: { dealId, clause: { key: clauseKey } }, include: { clause: true, _count: { select: { responses: true } } } });
}

async function setClause(actor: Actor, dealId: string, clauseKey: string, status: ClauseStatus, agreedLanguage = "") {
  const row = await item(dealId, clauseKey);
  return updateDealClause(actor, {
    dealClauseId: row.id,
    version: row.version,
    status,
    notApplicableReason: "",
    agreedLanguage,
    contractReference: agreedLanguage ? "§ 9.2" : "",
    notes: "",
  });
}

/** A v1 deal with work on the clauses the test version 2 keeps, changes and retires. */
async function workedDeal(team: Team) {
  const n = team.actors.NEGOTIATOR;
  const { deal } = await createTestDeal(n, { stage: "NEGOTIATING" });
  await setClause(n, deal.id, "model-escrow", "MUST_HAVE_MET", "Vendor deposits weights and code with NCC Group on each release.");
  await setClause(n, deal.id, "model-documentation", "FALLBACK_ACCEPTED", "Model card and training data sheet at delivery.");
  await setClause(n, deal.id, "self-host-option", "BELOW_WALK_AWAY");
  await setClause(n, deal.id, "capped-renewal-pricing", "IN_NEGOTIATION");
  const retired = await item(deal.id, V2_RETIRED_CLAUSE_KEY);
  await logVendorResponse(n, responseInput(retired.id, retired.version, { vendorText: "We want a share of any reuse revenue.", newStatus: "IN_NEGOTIATION" }));
  const docs = await item(deal.id, "model-documentation");
  await logVendorResponse(n, responseInput(docs.id, docs.version));
  const selfHost = await item(deal.id, "self-host-option");
  await acceptRisk(team.actors.CIO, { dealId: deal.id, dealClauseId: selfHost.id, rationale: "Hosting is covered by the escrow for this pilot." });
  const step = await db.dealRecommendation.findFirstOrThrow({ where: { dealId: deal.id, recommendation: { key: "plan-exit" } } });
  await updateProcessStep(n, { dealId: deal.id, dealRecommendationId: step.id, done: true, note: "Exit plan agreed with procurement" });
  return db.deal.findUniqueOrThrow({ where: { id: deal.id } });
}

describe("publishing a version does not touch existing deals", () => {
  it("a deal on v1 stays on v1, row for row, and is told a newer version exists; a new deal starts on v2", async () => {
    const team = await createTeam();
    const deal = await workedDeal(team);
    const before = await snapshotOrgs(team.org.id);
    const v2 = await publish(team, playbookVersion2(), 2);

    // Everything but the playbook versions themselves (version 1 is no longer the current one).
    const { Playbook: _playbooksAfter, ...after } = await snapshotOrgs(team.org.id);
    const { Playbook: _playbooksBefore, ...unchanged } = before;
    expect(after).toEqual(unchanged);
    expect((await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).playbookId).toBe(team.playbook.id);
    expect(await getNewerPlaybook(team.actors.VIEWER, deal.id)).toMatchObject({
      version: 2,
      dealVersion: 1,
      changeSummary: "Tighter escrow, data residency added, reuse compensation dropped",
      publishedBy: team.users.ADMIN.name,
    });
    const escrow = await item(deal.id, "model-escrow");
    expect(escrow.clause.playbookId).toBe(team.playbook.id);
    expect(escrow.clause.mustHave).not.toBe(V2_ESCROW_MUST_HAVE);

    const { id } = await createDeal(team.actors.NEGOTIATOR, dealInput(team.users.NEGOTIATOR.id));
    expect((await db.deal.findUniqueOrThrow({ where: { id } })).playbookId).toBe(v2.id);
    expect(await getNewerPlaybook(team.actors.NEGOTIATOR, id)).toBeNull();
    expect(await previewDealUpgrade(team.actors.NEGOTIATOR, id)).toBeNull();
  });
});

describe("upgrading a deal", () => {
  it("keeps unchanged clauses, flags changed ones, opens new ones, retires dropped ones; the preview's readiness is what the upgrade gives", async () => {
    const team = await createTeam();
    const deal = await workedDeal(team);
    const v2 = await publish(team, playbookVersion2(), 2);
    const before = {
      escrow: await item(deal.id, "model-escrow"),
      docs: await item(deal.id, "model-documentation"),
      retired: await item(deal.id, V2_RETIRED_CLAUSE_KEY),
      selfHost: await item(deal.id, "self-host-option"),
    };

    const preview = (await previewDealUpgrade(team.actors.VIEWER, deal.id))!;
    expect(preview.from.version).toBe(1);
    expect(preview.to).toMatchObject({ version: 2, publishedBy: team.users.ADMIN.name });
    expect(preview.plan.counts).toEqual({ kept: 31, recheck: 2, added: 1, retired: 1 });
    expect(preview.before.blockers.some((b) => b.kind === "NEEDS_RECHECK")).toBe(false);
    expect(preview.after.blockers.filter((b) => b.kind === "NEEDS_RECHECK").map((b) => b.clauseKey)).toEqual(["model-escrow"]);

    const audit = await watchAudit(team.org.id);
    const result = await upgradeDeal(team.actors.NEGOTIATOR, { dealId: deal.id, version: deal.version, toVersion: 2 });
    expect(result).toMatchObject({ toVersion: 2, version: deal.version + 1, counts: preview.plan.counts, approvalMadeStale: false });
    expect((await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).playbookId).toBe(v2.id);

    // Kept: same row, same status, terms and log, now on the v2 clause (with its new wording).
    const docs = await item(deal.id, "model-documentation");
    expect(docs).toMatchObject({
      id: before.docs.id,
      status: "FALLBACK_ACCEPTED",
      agreedLanguage: before.docs.agreedLanguage,
      recheckReason: null,
      retiredAt: null,
    });
    expect(docs.clause.playbookId).toBe(v2.id);
    expect(docs.clause.title).toMatch(/\(reworded\)$/);
    expect(docs._count.responses).toBe(1);
    const selfHost = await item(deal.id, "self-host-option");
    expect(selfHost).toMatchObject({ id: before.selfHost.id, status: "BELOW_WALK_AWAY" });
    expect(await db.riskAcceptance.count({ where: { dealClauseId: selfHost.id, revokedAt: null } })).toBe(1);

    // Re-check: kept, flagged with what changed, on the new must-have.
    const escrow = await item(deal.id, "model-escrow");
    expect(escrow).toMatchObject({
      id: before.escrow.id,
      status: "MUST_HAVE_MET",
      agreedLanguage: before.escrow.agreedLanguage,
      contractReference: "§ 9.2",
      recheckReason: "Must-have position changed in version 2",
      version: before.escrow.version + 1,
    });
    expect(escrow.clause.mustHave).toBe(V2_ESCROW_MUST_HAVE);
    const renewal = await item(deal.id, "capped-renewal-pricing");
    expect(renewal).toMatchObject({ priority: "MUST_HAVE", recheckReason: "Priority (important → must-have) changed in version 2", status: "IN_NEGOTIATION" });

    // New: open, at its own priority. Retired: kept with its log on the v1 clause, out of readiness.
    const added = await item(deal.id, V2_NEW_CLAUSE_KEY);
    expect(added).toMatchObject({ status: "NOT_STARTED", priority: "IMPORTANT", retiredAt: null, recheckReason: null });
    const retired = await item(deal.id, V2_RETIRED_CLAUSE_KEY);
    expect(retired).toMatchObject({ id: before.retired.id, status: "IN_NEGOTIATION", clauseId: before.retired.clauseId });
    expect(retired.retiredAt).toBeInstanceOf(Date);
    expect(retired._count.responses).toBe(1);

    const readiness = await getDealReadiness(team.actors.NEGOTIATOR, deal.id);
    expect(readiness.clauseStatuses).toHaveLength(34);
    expect(readiness.clauseLinks[V2_RETIRED_CLAUSE_KEY]).toBeUndefined();
    expect({ score: readiness.score, ready: readiness.ready, blockers: readiness.blockers }).toEqual({
      score: preview.after.score,
      ready: preview.after.ready,
      blockers: preview.after.blockers,
    });
    const overview = await getDeal(team.actors.NEGOTIATOR, deal.id);
    expect(overview.playbook.version).toBe(2);
    expect(overview.progress.total).toBe(34);

    const steps = await listProcessSteps(team.actors.NEGOTIATOR, deal.id);
    expect(steps.map((s) => s.key)).toEqual(playbookVersion2().steps.map((s) => s.key));
    expect(steps.find((s) => s.key === "plan-exit")).toMatchObject({ done: true, note: "Exit plan agreed with procurement" });
    expect(steps.find((s) => s.key === "record-upgrades")).toMatchObject({ done: false, note: "" });

    const events = await audit.added();
    expect(events.map((e) => e.action)).toEqual(["deal.playbook-upgraded"]);
    expect(events[0]).toMatchObject({ actorId: team.users.NEGOTIATOR.id, dealId: deal.id, entityType: "Deal", before: { playbookVersion: 1 } });
    expect(events[0].after).toMatchObject({
      fromVersion: 1,
      toVersion: 2,
      kept: 31,
      recheck: 2,
      added: 1,
      retired: 1,
      addedClauses: [V2_NEW_CLAUSE_KEY],
      retiredClauses: [V2_RETIRED_CLAUSE_KEY],
      addedSteps: ["record-upgrades"],
      retiredSteps: [{ step: "document-everything", done: false, note: "" }],
    });

    expect((await appErrorOf(upgradeDeal(team.actors.NEGOTIATOR, { dealId: deal.id, version: result.version, toVersion: 2 }))).code).toBe("CONFLICT");
  });

  it("a retired clause is read-only: status, response and risk acceptance are refused and nothing is written", async () => {
    const team = await createTeam();
    const deal = await workedDeal(team);
    await publish(team, playbookVersion2(), 2);
    await upgradeDeal(team.actors.NEGOTIATOR, { dealId: deal.id, version: deal.version, toVersion: 2 });
    const retired = await item(deal.id, V2_RETIRED_CLAUSE_KEY);
    const before = await snapshotOrgs(team.org.id);
    const refusals = [
      () =>
        updateDealClause(team.actors.NEGOTIATOR, {
          dealClauseId: retired.id,
          version: retired.version,
          status: "MUST_HAVE_MET",
          notApplicableReason: "",
          agreedLanguage: "x",
          contractReference: "§ 1",
          notes: "",
        }),
      () => logVendorResponse(team.actors.NEGOTIATOR, responseInput(retired.id, retired.version)),
      () => acceptRisk(team.actors.CIO, { dealId: deal.id, dealClauseId: retired.id, rationale: "Not needed any more, the clause is gone." }),
    ];
    for (const refusal of refusals) {
      const error = await appErrorOf(refusal());
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toMatch(/retired from the playbook/);
    }
    expect(await snapshotOrgs(team.org.id)).toEqual(before);
  });

  it("saving the clause, logging a response with a status, or confirming it still holds clears the re-check blocker", async () => {
    const team = await createTeam();
    const n = team.actors.NEGOTIATOR;
    const deal = await workedDeal(team);
    await setClause(n, deal.id, "capped-renewal-pricing", "FALLBACK_ACCEPTED", "Renewal capped at CPI + 3 %.");
    await setClause(n, deal.id, "weights-ip-assignment", "MUST_HAVE_MET", "All IP in the weights is assigned to the client.");
    const changed = playbookVersion2();
    changed.clauses = changed.clauses.map((c) => (c.key === "weights-ip-assignment" ? { ...c, fallback: `${c.fallback} Tightened.` } : c));
    await publish(team, changed, 2);
    await upgradeDeal(n, { dealId: deal.id, version: deal.version, toVersion: 2 });
    const rechecks = async () => (await getDealReadiness(n, deal.id)).blockers.filter((b) => b.kind === "NEEDS_RECHECK").map((b) => b.clauseKey);
    expect(await rechecks()).toEqual(["weights-ip-assignment", "model-escrow", "capped-renewal-pricing"]);

    await setClause(n, deal.id, "model-escrow", "MUST_HAVE_MET", "Deposit refreshed within 10 business days of each release.");
    expect(await rechecks()).toEqual(["weights-ip-assignment", "capped-renewal-pricing"]);

    const ip = await item(deal.id, "weights-ip-assignment");
    await logVendorResponse(n, responseInput(ip.id, ip.version, { stance: "ACCEPTS", offerPosition: "MUST_HAVE", newStatus: "MUST_HAVE_MET" }));
    expect(await rechecks()).toEqual(["capped-renewal-pricing"]);

    const renewal = await item(deal.id, "capped-renewal-pricing");
    const audit = await watchAudit(team.org.id);
    expect((await appErrorOf(confirmClauseStillHolds(team.actors.VIEWER, { dealClauseId: renewal.id, version: renewal.version }))).code).toBe("FORBIDDEN");
    expect((await appErrorOf(confirmClauseStillHolds(n, { dealClauseId: renewal.id, version: renewal.version - 1 }))).code).toBe("CONFLICT");
    await confirmClauseStillHolds(n, { dealClauseId: renewal.id, version: renewal.version });
    expect(await rechecks()).toEqual([]);
    expect(await item(deal.id, "capped-renewal-pricing")).toMatchObject({ recheckReason: null, status: "FALLBACK_ACCEPTED", version: renewal.version + 1 });
    const events = await audit.added();
    expect(events.map((e) => [e.action, e.before])).toEqual([
      [
        "clause.recheck-confirmed",
        { clause: "capped-renewal-pricing", status: "FALLBACK_ACCEPTED", recheckReason: "Priority (important → must-have) changed in version 2" },
      ],
    ]);
    expect((await appErrorOf(confirmClauseStillHolds(n, { dealClauseId: renewal.id, version: renewal.version + 1 }))).code).toBe("CONFLICT");
  });

  it("moves the deal's own clauses to the new version's sections, unchanged", async () => {
    const team = await createTeam();
    const deal = await workedDeal(team);
    const layer = await db.layer.findFirstOrThrow({ where: { playbookId: team.playbook.id, key: "deployment-exit" } });
    const own = await db.clause.create({
      data: {
        playbookId: team.playbook.id,
        layerId: layer.id,
        dealId: deal.id,
        key: "eu-data-residency-annex",
        position: 1000,
        title: "EU data residency annex",
        whyItMatters: "The client's regulator requires it.",
        mustHave: "EU only.",
        fallback: "EU and UK.",
        walkAway: "Anywhere.",
        priority: "MUST_HAVE",
        source: "Deal-specific",
      },
    });
    const ownItem = await db.dealClause.create({
      data: { dealId: deal.id, clauseId: own.id, priority: "MUST_HAVE", status: "MUST_HAVE_MET", agreedLanguage: "EU only." },
    });
    const v2 = await publish(team, playbookVersion2(), 2);
    const preview = (await previewDealUpgrade(team.actors.NEGOTIATOR, deal.id))!;
    expect(preview.plan.dealSpecific).toEqual([{ clauseKey: "eu-data-residency-annex", title: "EU data residency annex" }]);

    await upgradeDeal(team.actors.NEGOTIATOR, { dealId: deal.id, version: deal.version, toVersion: 2 });
    const moved = await db.clause.findUniqueOrThrow({ where: { id: own.id }, include: { layer: true } });
    expect(moved).toMatchObject({ playbookId: v2.id, dealId: deal.id, mustHave: "EU only." });
    expect(moved.layer).toMatchObject({ playbookId: v2.id, key: "deployment-exit" });
    expect(await db.dealClause.findUniqueOrThrow({ where: { id: ownItem.id } })).toMatchObject({
      clauseId: own.id,
      status: "MUST_HAVE_MET",
      recheckReason: null,
      retiredAt: null,
    });
    expect((await getDealReadiness(team.actors.NEGOTIATOR, deal.id)).clauseLinks["eu-data-residency-annex"]).toBeDefined();
  });
});

describe("an upgrade of an approved deal", () => {
  it("makes the approval stale and sends the deal back to CIO review, even when the new version changed nothing the deal uses", async () => {
    const team = await createTeam();
    const { deal } = await createTestDeal(team.actors.NEGOTIATOR, { stage: "NEGOTIATING" });
    await db.$transaction(async (tx) => {
      await tx.dealClause.updateMany({ where: { dealId: deal.id }, data: { status: "MUST_HAVE_MET" } });
      await afterDealsInserted(tx, [deal.id]);
    });
    const { id: reviewId } = await decideReview(team.actors.CIO, { dealId: deal.id, decision: "APPROVED", comment: "All positions met." });
    const approved = await db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect(approved.stage).toBe("APPROVED");

    await publish(team, DEFAULT_PLAYBOOK, 2, "Republished unchanged");
    const preview = (await previewDealUpgrade(team.actors.NEGOTIATOR, deal.id))!;
    expect(preview.plan.counts).toEqual({ kept: 34, recheck: 0, added: 0, retired: 0 });
    const audit = await watchAudit(team.org.id);
    const result = await upgradeDeal(team.actors.NEGOTIATOR, { dealId: deal.id, version: approved.version, toVersion: 2 });

    expect(result.approvalMadeStale).toBe(true);
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).staleAt).toBeInstanceOf(Date);
    expect((await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).stage).toBe("CIO_REVIEW");
    const [event] = await audit.added();
    expect(event.after).toMatchObject({ fromVersion: 1, toVersion: 2, kept: 34, approvalMadeStale: reviewId });
    const page = await getReviewPage(team.actors.CIO, deal.id);
    expect(page.reviews[0]).toMatchObject({ id: reviewId, factChanges: [{ label: "Playbook version", from: "version 1", to: "version 2" }] });
  });
});

describe("refused upgrades write nothing", () => {
  it("stale deal version, a version that is no longer current, an already current deal → CONFLICT; another organisation → NOT_FOUND; other roles → FORBIDDEN", async () => {
    const team = await createTeam();
    const deal = await workedDeal(team);
    await publish(team, playbookVersion2(), 2);
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    const attempt = (actor: Actor, overrides: Partial<{ version: number; toVersion: number }> = {}) =>
      appErrorOf(upgradeDeal(actor, { dealId: deal.id, version: deal.version, toVersion: 2, ...overrides }));

    const stale = await attempt(team.actors.NEGOTIATOR, { version: deal.version - 1 });
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/changed this deal after you opened the preview/);
    expect((await attempt(team.actors.NEGOTIATOR, { toVersion: 3 })).code).toBe("CONFLICT");
    expect((await attempt(team.foreignAdmin)).code).toBe("NOT_FOUND");
    expect((await appErrorOf(previewDealUpgrade(team.foreignAdmin, deal.id))).code).toBe("NOT_FOUND");
    for (const role of ["CIO", "MANAGER", "VIEWER"] as const) expect((await attempt(team.actors[role])).code).toBe("FORBIDDEN");
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);

    // A version published after the preview: the preview's target is refused.
    await publish(team, playbookVersion2(), 3);
    const moved = await attempt(team.actors.ADMIN);
    expect(moved.code).toBe("CONFLICT");
    expect(moved.message).toMatch(/version 3 was published since/);
    await upgradeDeal(team.actors.ADMIN, { dealId: deal.id, version: deal.version, toVersion: 3 });

    expect((await attempt(team.actors.ADMIN, { version: deal.version + 1, toVersion: 3 })).message).toMatch(
      /already follows the current playbook \(version 3\)/,
    );

    // A closed deal keeps the version it was closed under: no notice, and the upgrade is refused.
    const { deal: signed } = await createTestDeal(team.actors.NEGOTIATOR, { stage: "NEGOTIATING" });
    await publish(team, playbookVersion2(), 4);
    await db.deal.update({ where: { id: signed.id }, data: { stage: "SIGNED" } });
    expect(await getNewerPlaybook(team.actors.NEGOTIATOR, signed.id)).toBeNull();
    const closed = await appErrorOf(upgradeDeal(team.actors.NEGOTIATOR, { dealId: signed.id, version: signed.version, toVersion: 4 }));
    expect(closed.message).toMatch(/This deal is closed/);
  });
});

import { beforeEach, describe, expect, it, vi } from "vitest";
import { appErrorOf } from "@/lib/test/app-error";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { ClauseStatus, Role } from "@/lib/domain/enums";
import { logVendorResponse, updateDealClause } from "@/lib/services/deal-clauses";
import { setDealArchived, updateDeal } from "@/lib/services/deals";
import { updateProcessStep } from "@/lib/services/process";
import { getDealReadiness } from "@/lib/services/readiness";
import { getReadinessReport } from "@/lib/services/report";
import { getReviewQueue } from "@/lib/services/review-queue";
import { parseReviewSnapshot } from "@/lib/domain/review-snapshot";
import { afterDealsInserted, beginDealChange } from "@/lib/services/deal-changes";
import { acceptRisk, decideReview, getReviewPage, revokeRisk } from "@/lib/services/reviews";
import type { AppError } from "@/lib/errors";
import { cookieJar, revalidatePath, signIn, signOut } from "@/lib/test/action-env";
import { snapshotOrgs, watchAudit } from "@/lib/test/db-snapshot";
import { evidenceFor, createTestDeal, dealInput, responseInput } from "@/lib/test/deals";
import { createTeam } from "@/lib/test/factories";
import { actionNamed, invoke, loadAllActions } from "@/lib/test/load-actions";
import type { TLogVendorResponse } from "@/lib/validation/deal-clause";

vi.mock("@/lib/auth/actor", () => import("@/lib/test/action-env"));
vi.mock("next/headers", () => import("@/lib/test/action-env"));
vi.mock("next/cache", () => import("@/lib/test/action-env"));

// The CIO review workflow: approval refused while blockers remain, risk acceptances clause by clause,
// the readiness frozen into each review, and an approval going stale when the clauses change later.
// The permission matrix (lib/actions/__tests__/authorization-matrix.int.test.ts) covers every role
// against every action; here the roles are checked on the paths that matter for a review.

const { actions } = await loadAllActions();
const db = getDb();

type Team = Awaited<ReturnType<typeof createTeam>>;

const RATIONALE = "Escrow and a step-in right cover this gap for the pilot phase.";

beforeEach(() => {
  signOut();
  cookieJar.clear();
  revalidatePath.mockClear();
});

function clausesOf(dealId: string) {
  return db.dealClause.findMany({
    where: { dealId },
    include: { clause: { select: { key: true, title: true, priority: true, position: true } } },
    orderBy: { clause: { position: "asc" } },
  });
}

/** Sets a clause's status through the service, from its current version, keeping its other fields unless overridden. */
async function setClause(
  actor: Actor,
  dealClauseId: string,
  status: ClauseStatus,
  overrides: { notes?: string; agreedLanguage?: string; notApplicableReason?: string } = {},
) {
  const row = await db.dealClause.findUniqueOrThrow({ where: { id: dealClauseId } });
  return updateDealClause(actor, {
    dealClauseId,
    version: row.version,
    status,
    notApplicableReason: status === "NOT_APPLICABLE" ? "This deal has no such component." : "",
    ...evidenceFor(status, row),
    notes: row.notes,
    ...overrides,
  });
}

/** A response input against the clause's current version. */
async function currentResponseInput(dealClauseId: string, overrides: Partial<TLogVendorResponse> = {}): Promise<TLogVendorResponse> {
  const row = await db.dealClause.findUniqueOrThrow({ where: { id: dealClauseId } });
  return responseInput(dealClauseId, row.version, overrides);
}

/**
 * A deal in CIO review whose only gaps are three clauses: two MUST_HAVE-priority clauses still in
 * negotiation and one IMPORTANT clause below the walk-away line. Every other clause is at its must-have.
 */
async function gappedDeal(team: Team) {
  const { deal } = await createTestDeal(team.actors.NEGOTIATOR, { stage: "CIO_REVIEW" });
  const clauses = await clausesOf(deal.id);
  const mustHaves = clauses.filter((c) => c.clause.priority === "MUST_HAVE");
  const important = clauses.filter((c) => c.clause.priority === "IMPORTANT");
  expect(mustHaves.length).toBeGreaterThanOrEqual(2);
  expect(important.length).toBeGreaterThanOrEqual(1);
  const gaps = { openA: mustHaves[0], openB: mustHaves[1], belowWalkAway: important[0] };
  const gapIds = new Set(Object.values(gaps).map((c) => c.id));
  const settled = clauses.filter((c) => !gapIds.has(c.id));
  // The statuses are the fixture, not a change under test: written in one transaction as the service
  // would leave them (one version on, evidence for the settled ones), the deal's readiness cache
  // refreshed as after a bulk insert. Saving each of the ~30 clauses through the service cost a
  // second or more per test.
  const groups: [ClauseStatus, string[]][] = [
    ["BELOW_WALK_AWAY", [gaps.belowWalkAway.id]],
    ["IN_NEGOTIATION", [gaps.openA.id, gaps.openB.id]],
    ["MUST_HAVE_MET", settled.map((c) => c.id)],
  ];
  await db.$transaction(async (tx) => {
    for (const [status, ids] of groups) {
      await tx.dealClause.updateMany({
        where: { id: { in: ids } },
        data: {
          status,
          ...evidenceFor(status),
          notApplicableReason: null,
          statusBeforeRule: null,
          recheckReason: null,
          updatedById: team.users.NEGOTIATOR.id,
          version: { increment: 1 },
        },
      });
    }
    await afterDealsInserted(tx, [deal.id]);
  });
  const written = new Map((await clausesOf(deal.id)).map((c) => [c.id, c.status]));
  expect(groups.flatMap(([status, ids]) => ids.filter((id) => written.get(id) !== status))).toEqual([]);
  return { deal: await db.deal.findUniqueOrThrow({ where: { id: deal.id } }), gaps, gapList: [gaps.openA, gaps.openB, gaps.belowWalkAway], settled };
}

/** The gapped deal with every gap risk-accepted by the admin (so the CIO's approval alone suffices): ready, not yet approved. */
async function readyDeal(team: Team) {
  const fixture = await gappedDeal(team);
  const acceptances: Record<string, string> = {};
  for (const gap of fixture.gapList) {
    acceptances[gap.id] = (
      await acceptRisk(team.actors.ADMIN, { dealId: fixture.deal.id, dealClauseId: gap.id, rationale: `${RATIONALE} (${gap.clause.key})` })
    ).id;
  }
  expect((await getDealReadiness(team.actors.CIO, fixture.deal.id)).ready).toBe(true);
  return { ...fixture, acceptances };
}

/** The ready deal approved by the CIO. */
async function approvedDeal(team: Team) {
  const fixture = await readyDeal(team);
  const { id: reviewId } = await decideReview(team.actors.CIO, { dealId: fixture.deal.id, decision: "APPROVED", comment: "Gaps accepted in writing." });
  const review = await db.review.findUniqueOrThrow({ where: { id: reviewId } });
  expect(review.staleAt).toBeNull();
  return { ...fixture, reviewId, review };
}

const stageOf = async (dealId: string) => (await db.deal.findUniqueOrThrow({ where: { id: dealId } })).stage;

describe("approval is refused while blockers remain", () => {
  it("a fresh deal: INVALID_INPUT naming the decision, with the blockers; nothing written", async () => {
    const team = await createTeam();
    const { deal } = await createTestDeal(team.actors.NEGOTIATOR);
    const readiness = await getDealReadiness(team.actors.CIO, deal.id);
    expect(readiness.ready).toBe(false);
    const before = await snapshotOrgs(team.org.id);

    const error = await appErrorOf(decideReview(team.actors.CIO, { dealId: deal.id, decision: "APPROVED", comment: "Looks fine to me." }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["decision"]);
    expect(error.fieldErrors!.decision).toHaveLength(1);
    expect(error.fieldErrors!.decision[0]).toContain(`${readiness.blockers.length} blockers remain`);
    expect(error.details).toEqual({ blockers: readiness.blockers });
    expect(readiness.blockers.some((b) => b.kind === "MUST_HAVE_OPEN")).toBe(true);

    expect(await db.review.count({ where: { dealId: deal.id } })).toBe(0);
    expect(await stageOf(deal.id)).toBe("INTAKE");
    expect(await snapshotOrgs(team.org.id)).toEqual(before);
  });
});

describe("approval with risk acceptances", () => {
  it("refused with three gaps, ready once each gap is accepted, then approved with the acceptances frozen in", async () => {
    const team = await createTeam();
    const { deal, gaps, gapList } = await gappedDeal(team);
    const gapKeys = gapList.map((g) => g.clause.key);

    // Exactly the three gaps block: two must-haves open, one below walk-away (plus any scenario they defend).
    const gapped = await getDealReadiness(team.actors.CIO, deal.id);
    expect(gapped.ready).toBe(false);
    expect(new Set(gapped.blockers.filter((b) => b.clauseKey).map((b) => `${b.kind}:${b.clauseKey}`))).toEqual(
      new Set([`MUST_HAVE_OPEN:${gaps.openA.clause.key}`, `MUST_HAVE_OPEN:${gaps.openB.clause.key}`, `BELOW_WALK_AWAY:${gaps.belowWalkAway.clause.key}`]),
    );
    for (const b of gapped.blockers.filter((x) => !x.clauseKey)) expect(b.kind).toBe("SCENARIO_UNCOVERED");
    for (const s of gapped.scenarios) for (const m of s.missing) expect(gapKeys).toContain(m.clauseKey);

    let watch = await watchAudit(team.org.id);
    const refused = await appErrorOf(decideReview(team.actors.CIO, { dealId: deal.id, decision: "APPROVED", comment: "" }));
    expect(refused.code).toBe("INVALID_INPUT");
    expect(refused.details).toEqual({ blockers: gapped.blockers });
    expect(await watch.added()).toEqual([]);

    const acceptanceIds: string[] = [];
    for (const gap of gapList) {
      watch = await watchAudit(team.org.id);
      const rationale = `${RATIONALE} (${gap.clause.key})`;
      const { id } = await acceptRisk(team.actors.ADMIN, { dealId: deal.id, dealClauseId: gap.id, rationale });
      acceptanceIds.push(id);
      const events = await watch.added();
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        entityType: "RiskAcceptance",
        entityId: id,
        dealId: deal.id,
        action: "risk.accepted",
        actorId: team.actors.ADMIN.userId,
      });
      expect(events[0].after).toEqual({
        clause: gap.clause.key,
        status: gap.id === gaps.belowWalkAway.id ? "BELOW_WALK_AWAY" : "IN_NEGOTIATION",
        rationale,
        ownerId: team.actors.ADMIN.userId,
        reviewOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
    }
    const ready = await getDealReadiness(team.actors.CIO, deal.id);
    expect(ready).toMatchObject({ ready: true, blockers: [] });
    expect(await db.riskAcceptance.findMany({ where: { dealId: deal.id } })).toHaveLength(3);
    expect(
      (await db.riskAcceptance.findMany({ where: { dealId: deal.id } })).every((a) => a.reviewId === null && a.acceptedById === team.actors.ADMIN.userId),
    ).toBe(true);

    watch = await watchAudit(team.org.id);
    const result = await decideReview(team.actors.CIO, { dealId: deal.id, decision: "APPROVED", comment: "Gaps accepted in writing." });
    expect(result.stage).toBe("APPROVED");
    const events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entityType: "Review",
      entityId: result.id,
      dealId: deal.id,
      action: "review.approved",
      actorId: team.actors.CIO.userId,
      before: { stage: "CIO_REVIEW" },
    });
    expect(events[0].after).toEqual({
      stage: "APPROVED",
      decision: "APPROVED",
      comment: "Gaps accepted in writing.",
      score: ready.score,
      acceptedRisks: 3,
      secondApprover: false,
      approvalComplete: true,
    });

    const review = await db.review.findUniqueOrThrow({ where: { id: result.id } });
    expect(review).toMatchObject({
      dealId: deal.id,
      reviewerId: team.actors.CIO.userId,
      decision: "APPROVED",
      comment: "Gaps accepted in writing.",
      staleAt: null,
    });
    const snapshot = parseReviewSnapshot(review.snapshot);
    expect(snapshot.ready).toBe(true);
    expect(snapshot.blockers).toEqual([]);
    expect(snapshot.score).toBe(ready.score);
    expect(snapshot.scenarios).toEqual(ready.scenarios);
    expect(snapshot.sections).toEqual(ready.sections);
    expect(Number.isNaN(Date.parse(snapshot.takenAt))).toBe(false);
    expect(snapshot.acceptedRisks.map((a) => a.dealClauseId).sort()).toEqual(gapList.map((g) => g.id).sort());
    for (const gap of gapList) {
      expect(snapshot.acceptedRisks).toContainEqual({
        dealClauseId: gap.id,
        clauseKey: gap.clause.key,
        rationale: `${RATIONALE} (${gap.clause.key})`,
        acceptedById: team.users.ADMIN.id,
      });
    }
    const rows = await clausesOf(deal.id);
    expect(snapshot.clauses).toEqual(
      rows.map((c) => ({
        dealClauseId: c.id,
        clauseKey: c.clause.key,
        title: c.clause.title,
        status: c.status,
        version: c.version,
        agreedLanguage: c.agreedLanguage,
        contractReference: c.contractReference,
      })),
    );

    const acceptances = await db.riskAcceptance.findMany({ where: { dealId: deal.id } });
    expect(acceptances.map((a) => a.id).sort()).toEqual([...acceptanceIds].sort());
    expect(acceptances.every((a) => a.reviewId === result.id && a.revokedAt === null)).toBe(true);
    expect(await stageOf(deal.id)).toBe("APPROVED");

    const page = await getReviewPage(team.actors.VIEWER, deal.id);
    expect(page.deal.stage).toBe("APPROVED");
    expect(page.reviews).toHaveLength(1);
    expect(page.reviews[0]).toMatchObject({ id: result.id, decision: "APPROVED", staleAt: null, changedSince: [], reviewer: team.users.CIO.name });
    expect(page.reviews[0].acceptedRisks.map((a) => a.clauseTitle).sort()).toEqual(gapList.map((g) => g.clause.title).sort());
    // Accepted gaps stay listed as gaps (with their acceptance), no longer blocking.
    expect(page.gaps.map((g) => g.dealClauseId).sort()).toEqual(gapList.map((g) => g.id).sort());
    for (const gap of page.gaps)
      expect(gap).toMatchObject({ blocking: false, acceptance: { rationale: `${RATIONALE} (${gap.clauseKey})`, acceptedBy: team.users.ADMIN.name } });
  });
});

describe("risk acceptance rules", () => {
  it("is refused for a settled or not-applicable clause (field dealClauseId) and for a clause already accepted (CONFLICT)", async () => {
    const team = await createTeam();
    const { deal, gaps, settled } = await gappedDeal(team);
    const fallback = settled[1];
    await setClause(team.actors.NEGOTIATOR, fallback.id, "FALLBACK_ACCEPTED");
    const notApplicable = settled[2];
    await setClause(team.actors.NEGOTIATOR, notApplicable.id, "NOT_APPLICABLE");

    for (const dealClauseId of [settled[0].id, fallback.id, notApplicable.id]) {
      const before = await snapshotOrgs(team.org.id);
      const error = await appErrorOf(acceptRisk(team.actors.CIO, { dealId: deal.id, dealClauseId, rationale: RATIONALE }));
      expect(error.code).toBe("INVALID_INPUT");
      expect(Object.keys(error.fieldErrors ?? {})).toEqual(["dealClauseId"]);
      expect(await snapshotOrgs(team.org.id)).toEqual(before);
    }

    const { id } = await acceptRisk(team.actors.CIO, { dealId: deal.id, dealClauseId: gaps.openA.id, rationale: RATIONALE });
    let before = await snapshotOrgs(team.org.id);
    const twice = await appErrorOf(
      acceptRisk(team.actors.ADMIN, { dealId: deal.id, dealClauseId: gaps.openA.id, rationale: "A second opinion on the very same gap." }),
    );
    expect(twice.code).toBe("CONFLICT");
    expect(await snapshotOrgs(team.org.id)).toEqual(before);

    // A clause of another deal, named with this deal's id: not found.
    const other = await createTestDeal(team.actors.NEGOTIATOR);
    before = await snapshotOrgs(team.org.id);
    expect((await appErrorOf(acceptRisk(team.actors.CIO, { dealId: deal.id, dealClauseId: other.clause.id, rationale: RATIONALE }))).code).toBe("NOT_FOUND");
    expect(await snapshotOrgs(team.org.id)).toEqual(before);

    // Once revoked, the gap can be accepted again.
    await revokeRisk(team.actors.CIO, { dealId: deal.id, riskAcceptanceId: id });
    expect((await db.riskAcceptance.findUniqueOrThrow({ where: { id } })).revokedAt).not.toBeNull();
    const again = await acceptRisk(team.actors.CIO, { dealId: deal.id, dealClauseId: gaps.openA.id, rationale: RATIONALE });
    expect(again.id).not.toBe(id);
    expect(await db.riskAcceptance.count({ where: { dealClauseId: gaps.openA.id, revokedAt: null } })).toBe(1);
  });

  it("needs a rationale of at least 20 characters (action level: fieldErrors.rationale, nothing written)", async () => {
    const team = await createTeam();
    const { deal, gaps } = await gappedDeal(team);
    await signIn(team.users.CIO.id);
    const acceptRiskAction = actionNamed(actions, "acceptRisk");
    const before = await snapshotOrgs(team.org.id);
    // 19 characters, also once padded with spaces (trimmed before counting), and nothing at all.
    for (const rationale of ["Nineteen characters", "      Nineteen characters      ", "Fine by me.", ""]) {
      const result = await invoke(acceptRiskAction, { dealId: deal.id, dealClauseId: gaps.openA.id, rationale });
      expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
      expect(Object.keys(("fieldErrors" in result && result.fieldErrors) || {})).toEqual(["rationale"]);
    }
    expect(await snapshotOrgs(team.org.id)).toEqual(before);
    expect(revalidatePath).not.toHaveBeenCalled();

    // Exactly 20 characters is enough (stored trimmed).
    const ok = await invoke(acceptRiskAction, { dealId: deal.id, dealClauseId: gaps.openA.id, rationale: "  Twenty chars exactly  " });
    expect(ok, JSON.stringify(ok)).toMatchObject({ ok: true });
    expect(await db.riskAcceptance.findFirstOrThrow({ where: { dealClauseId: gaps.openA.id } })).toMatchObject({
      rationale: "Twenty chars exactly",
      acceptedById: team.users.CIO.id,
    });
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
  });

  it("lifts the clause's blocker without raising the score; revoking brings the blocker back", async () => {
    const team = await createTeam();
    const { deal, gaps } = await gappedDeal(team);
    const before = await getDealReadiness(team.actors.CIO, deal.id);
    expect(before.blockers.map((b) => b.clauseKey)).toContain(gaps.belowWalkAway.clause.key);

    const { id } = await acceptRisk(team.actors.CIO, { dealId: deal.id, dealClauseId: gaps.belowWalkAway.id, rationale: RATIONALE });
    const after = await getDealReadiness(team.actors.CIO, deal.id);
    expect(after.score).toBe(before.score);
    expect(after.sections).toEqual(before.sections);
    expect(after.blockers.map((b) => b.clauseKey)).not.toContain(gaps.belowWalkAway.clause.key);
    expect(
      after.blockers
        .filter((b) => b.clauseKey)
        .map((b) => b.clauseKey)
        .sort(),
    ).toEqual([gaps.openA.clause.key, gaps.openB.clause.key].sort());
    expect(after.ready).toBe(false);

    await revokeRisk(team.actors.CIO, { dealId: deal.id, riskAcceptanceId: id });
    expect(await getDealReadiness(team.actors.CIO, deal.id)).toEqual(before);
  });
});

describe("an approval goes stale when the clauses change later", () => {
  it("a status change: the review is stale, the deal back in CIO review, the audit event names the approval, the page lists the change", async () => {
    const team = await createTeam();
    const { deal, reviewId, gaps } = await approvedDeal(team);
    const watch = await watchAudit(team.org.id);

    const changed = await setClause(team.actors.NEGOTIATOR, gaps.belowWalkAway.id, "IN_NEGOTIATION");

    const review = await db.review.findUniqueOrThrow({ where: { id: reviewId } });
    expect(review.staleAt).toBeInstanceOf(Date);
    expect(await stageOf(deal.id)).toBe("CIO_REVIEW");
    const events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: "DealClause", entityId: gaps.belowWalkAway.id, action: "clause.updated" });
    expect((events[0].after as Record<string, unknown>).approvalMadeStale).toBe(reviewId);

    const page = await getReviewPage(team.actors.CIO, deal.id);
    expect(page.deal.stage).toBe("CIO_REVIEW");
    expect(page.reviews[0]).toMatchObject({ id: reviewId, staleAt: review.staleAt!.toISOString() });
    expect(page.reviews[0].changedSince).toEqual([
      { clauseKey: gaps.belowWalkAway.clause.key, title: gaps.belowWalkAway.clause.title, from: "BELOW_WALK_AWAY", to: "IN_NEGOTIATION" },
    ]);
    expect(changed.status).toBe("IN_NEGOTIATION");

    // A second change finds no live approval: the stale date stays, no approvalMadeStale, stage unchanged.
    const again = await watchAudit(team.org.id);
    await setClause(team.actors.NEGOTIATOR, gaps.openA.id, "MUST_HAVE_MET");
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).staleAt).toEqual(review.staleAt);
    expect(await stageOf(deal.id)).toBe("CIO_REVIEW");
    const [second] = await again.added();
    expect(second.after).not.toHaveProperty("approvalMadeStale");
  });

  it("a deal approved twice: a later change makes every approval given before it stale", async () => {
    const team = await createTeam();
    const { deal, reviewId: first, settled } = await approvedDeal(team);
    const { id: second } = await decideReview(team.actors.CIO, { dealId: deal.id, decision: "APPROVED", comment: "Confirmed after the board meeting." });
    const watch = await watchAudit(team.org.id);
    await setClause(team.actors.NEGOTIATOR, settled[0].id, "IN_NEGOTIATION");
    expect((await db.review.findUniqueOrThrow({ where: { id: first } })).staleAt).not.toBeNull();
    expect((await db.review.findUniqueOrThrow({ where: { id: second } })).staleAt).not.toBeNull();
    expect(await stageOf(deal.id)).toBe("CIO_REVIEW");
    const [event] = await watch.added();
    expect((event.after as Record<string, unknown>).approvalMadeStale).toBe(second);
  });

  it("after going stale, a new approval is live again and the old one stays stale", async () => {
    const team = await createTeam();
    const { deal, reviewId: first, settled, gapList } = await approvedDeal(team);
    await setClause(team.actors.NEGOTIATOR, settled[0].id, "FALLBACK_ACCEPTED");
    const staleAt = (await db.review.findUniqueOrThrow({ where: { id: first } })).staleAt;
    expect(staleAt).not.toBeNull();
    const { id: second, stage } = await decideReview(team.actors.CIO, { dealId: deal.id, decision: "APPROVED", comment: "Fallback is acceptable." });
    expect(stage).toBe("APPROVED");
    const page = await getReviewPage(team.actors.CIO, deal.id);
    expect(page.reviews.map((r) => r.id)).toEqual([second, first]);
    expect(page.reviews[0]).toMatchObject({ staleAt: null, changedSince: [] });
    expect(page.reviews[0].snapshot.acceptedRisks.map((a) => a.dealClauseId).sort()).toEqual(gapList.map((g) => g.id).sort());
    expect(page.reviews[1].staleAt).toBe(staleAt!.toISOString());
    expect(page.reviews[1].changedSince).toEqual([
      { clauseKey: settled[0].clause.key, title: settled[0].clause.title, from: "MUST_HAVE_MET", to: "FALLBACK_ACCEPTED" },
    ]);
  });

  it("agreed language changing (same status) also makes it stale", async () => {
    const team = await createTeam();
    const { deal, reviewId, settled } = await approvedDeal(team);
    await setClause(team.actors.NEGOTIATOR, settled[0].id, "MUST_HAVE_MET", { agreedLanguage: "Client owns the weights, except for the base model." });
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).staleAt).not.toBeNull();
    expect(await stageOf(deal.id)).toBe("CIO_REVIEW");
  });

  it("a vendor response that changes the status makes it stale; one that does not, does not", async () => {
    const team = await createTeam();
    const { deal, reviewId, settled } = await approvedDeal(team);

    await logVendorResponse(team.actors.NEGOTIATOR, await currentResponseInput(settled[0].id));
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).staleAt).toBeNull();
    expect(await stageOf(deal.id)).toBe("APPROVED");

    const watch = await watchAudit(team.org.id);
    await logVendorResponse(
      team.actors.NEGOTIATOR,
      await currentResponseInput(settled[0].id, {
        stance: "REJECTS",
        offerPosition: "UNCLEAR",
        newStatus: "IN_NEGOTIATION",
        vendorText: "We withdraw our agreement.",
      }),
    );
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).staleAt).not.toBeNull();
    expect(await stageOf(deal.id)).toBe("CIO_REVIEW");
    const events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: "VendorResponse", action: "response.logged" });
    expect((events[0].after as Record<string, unknown>).approvalMadeStale).toBe(reviewId);
    const page = await getReviewPage(team.actors.CIO, deal.id);
    expect(page.reviews[0].changedSince).toEqual([
      { clauseKey: settled[0].clause.key, title: settled[0].clause.title, from: "MUST_HAVE_MET", to: "IN_NEGOTIATION" },
    ]);
  });

  it("a notes-only edit leaves the approval standing", async () => {
    const team = await createTeam();
    const { deal, reviewId, settled } = await approvedDeal(team);
    const watch = await watchAudit(team.org.id);
    await setClause(team.actors.NEGOTIATOR, settled[0].id, "MUST_HAVE_MET", { notes: "Vendor's counsel confirmed by phone." });
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).staleAt).toBeNull();
    expect(await stageOf(deal.id)).toBe("APPROVED");
    const events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0].after).toMatchObject({ notes: "Vendor's counsel confirmed by phone." });
    expect(events[0].after).not.toHaveProperty("approvalMadeStale");
    const page = await getReviewPage(team.actors.CIO, deal.id);
    expect(page.reviews[0]).toMatchObject({ id: reviewId, staleAt: null });
  });

  it("revoking a risk acceptance on an approved deal makes the approval stale", async () => {
    const team = await createTeam();
    const { deal, reviewId, gaps, acceptances } = await approvedDeal(team);
    const watch = await watchAudit(team.org.id);
    await revokeRisk(team.actors.CIO, { dealId: deal.id, riskAcceptanceId: acceptances[gaps.openB.id] });
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).staleAt).not.toBeNull();
    expect(await stageOf(deal.id)).toBe("CIO_REVIEW");
    const events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entityType: "RiskAcceptance",
      entityId: acceptances[gaps.openB.id],
      action: "risk.revoked",
      before: { clause: gaps.openB.clause.key },
    });
    expect(events[0].after).toEqual({ revoked: true, approvalMadeStale: reviewId });
    const readiness = await getDealReadiness(team.actors.CIO, deal.id);
    expect(readiness.ready).toBe(false);
    expect(readiness.blockers.map((b) => b.clauseKey)).toContain(gaps.openB.clause.key);
  });
});

describe("the after-change step keeps an approval honest for every kind of deal change", () => {
  it("taking an approved deal out of the approved stage by hand: the approval goes stale and the audit event names it", async () => {
    const team = await createTeam();
    const { deal, reviewId } = await approvedDeal(team);
    const watch = await watchAudit(team.org.id);
    const current = await db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    await updateDeal(team.actors.NEGOTIATOR, {
      ...dealInput(team.users.NEGOTIATOR.id, { name: current.name, stage: "NEGOTIATING" }),
      dealId: deal.id,
      version: current.version,
    });
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).staleAt).not.toBeNull();
    const [event] = await watch.added();
    expect(event).toMatchObject({ action: "deal.updated", after: { stage: "NEGOTIATING", approvalMadeStale: reviewId } });
  });

  it("marking an approved deal signed keeps the approval it was signed on", async () => {
    const team = await createTeam();
    const { deal, reviewId } = await approvedDeal(team);
    const current = await db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    await updateDeal(team.actors.NEGOTIATOR, {
      ...dealInput(team.users.NEGOTIATOR.id, { name: current.name, stage: "SIGNED" }),
      dealId: deal.id,
      version: current.version,
    });
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).staleAt).toBeNull();
    // After signature, clause edits are record-keeping: the approval stays.
    await setClause(team.actors.NEGOTIATOR, (await clausesOf(deal.id))[0].id, "IN_NEGOTIATION");
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).staleAt).toBeNull();
    expect(await stageOf(deal.id)).toBe("SIGNED");
  });

  it("every deal change moves the deal's latest-change time, a process step too", async () => {
    const team = await createTeam();
    const { deal } = await createTestDeal(team.actors.NEGOTIATOR);
    const step = await db.dealRecommendation.findFirstOrThrow({ where: { dealId: deal.id } });
    const before = (await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).updatedAt;
    await updateProcessStep(team.actors.NEGOTIATOR, { dealId: deal.id, dealRecommendationId: step.id, done: true, note: "" });
    expect((await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).updatedAt.getTime()).toBeGreaterThan(before.getTime());
  });
});

describe("changes of one deal never interleave, and an archived deal takes none", () => {
  // Regression: a clause saved while a CIO approved could leave the deal approved on the clause as it
  // was before the save (nothing locked the deal row between the approval's reads and its write).
  it("an approval waits for a clause save in flight and decides on what the save wrote", async () => {
    const team = await createTeam();
    const { deal, settled } = await readyDeal(team);
    const clause = settled[settled.length - 1];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const save = db.$transaction(
      async (tx) => {
        await beginDealChange(tx, team.actors.NEGOTIATOR, { dealClauseId: clause.id });
        await tx.dealClause.update({ where: { id: clause.id }, data: { status: "IN_NEGOTIATION", version: { increment: 1 } } });
        locked();
        await held;
      },
      { timeout: 30_000 },
    );
    await lockTaken;
    let settledDecision = false;
    const decision = decideReview(team.actors.CIO, { dealId: deal.id, decision: "CHANGES_REQUESTED", comment: "Deciding while a save is in flight." }).finally(
      () => (settledDecision = true),
    );
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(settledDecision).toBe(false);
    release();
    await save;
    const { id } = await decision;
    const snapshot = parseReviewSnapshot((await db.review.findUniqueOrThrow({ where: { id } })).snapshot);
    expect(snapshot.clauses.find((c) => c.dealClauseId === clause.id)?.status).toBe("IN_NEGOTIATION");
  });

  it("two acceptances of one gap at once: exactly one is recorded, the other is a CONFLICT", async () => {
    const team = await createTeam();
    const { deal, gapList } = await gappedDeal(team);
    const results = await Promise.allSettled(
      [1, 2, 3].map((n) => acceptRisk(team.actors.CIO, { dealId: deal.id, dealClauseId: gapList[0].id, rationale: `${RATIONALE} (attempt ${n})` })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused.map((r) => (r.reason as AppError).code)).toEqual(["CONFLICT", "CONFLICT"]);
    expect(await db.riskAcceptance.count({ where: { dealClauseId: gapList[0].id, revokedAt: null } })).toBe(1);
  });

  it("the database refuses a second acceptance in force for one clause, whatever the code does", async () => {
    const team = await createTeam();
    const { deal, gapList } = await gappedDeal(team);
    const row = { dealId: deal.id, dealClauseId: gapList[0].id, acceptedById: team.users.CIO.id, rationale: RATIONALE };
    await db.riskAcceptance.create({ data: row });
    await expect(db.riskAcceptance.create({ data: row })).rejects.toThrow();
    await db.riskAcceptance.create({ data: { ...row, revokedAt: new Date() } });
  });

  it("an archived deal refuses risk acceptances, revocations, process steps, edits and decisions; restoring is allowed", async () => {
    const team = await createTeam();
    const { deal, gapList, acceptances } = await readyDeal(team);
    const current = await db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    await setDealArchived(team.actors.NEGOTIATOR, { dealId: deal.id, version: current.version, archived: true });
    const archived = await db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    const step = await db.dealRecommendation.findFirstOrThrow({ where: { dealId: deal.id } });
    const before = await snapshotOrgs(team.org.id);
    const attempts = [
      () => revokeRisk(team.actors.CIO, { dealId: deal.id, riskAcceptanceId: acceptances[gapList[0].id] }),
      () => acceptRisk(team.actors.CIO, { dealId: deal.id, dealClauseId: gapList[0].id, rationale: RATIONALE }),
      () => updateProcessStep(team.actors.NEGOTIATOR, { dealId: deal.id, dealRecommendationId: step.id, done: true, note: "" }),
      () =>
        updateDeal(team.actors.NEGOTIATOR, {
          ...dealInput(team.users.NEGOTIATOR.id, { name: "Renamed while archived", stage: archived.stage as "CIO_REVIEW" }),
          dealId: deal.id,
          version: archived.version,
        }),
      () => decideReview(team.actors.CIO, { dealId: deal.id, decision: "APPROVED", comment: "Approving an archived deal." }),
    ];
    for (const attempt of attempts) {
      const error = await appErrorOf(attempt());
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toMatch(/archived/);
    }
    expect(await snapshotOrgs(team.org.id)).toEqual(before);
    await setDealArchived(team.actors.NEGOTIATOR, { dealId: deal.id, version: archived.version, archived: false });
    expect((await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).archivedAt).toBeNull();
  });
});

describe("a material change to the deal's facts makes an approval stale", () => {
  it.each([
    ["vendor", { vendor: "Another Vendor Ltd" }, "Vendor"],
    ["contract value", { contractValue: 99_000_000n }, "Contract value"],
    ["hosting model", { hostingModel: "API_ONLY" as const }, "Hosting model"],
    ["base model", { baseModel: "Mistral 7B" }, "Base model"],
    ["base model licence", { baseModelLicence: "Apache-2.0" }, "Base model licence"],
  ])("%s: stale, back in CIO review, and the history lists the change", async (_name, change, label) => {
    const team = await createTeam();
    const { deal, reviewId } = await approvedDeal(team);
    const current = await db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    const unchanged = dealInput(team.users.NEGOTIATOR.id, {
      name: current.name,
      vendor: current.vendor,
      hostingModel: current.hostingModel as "VENDOR_HOSTED",
      baseModel: current.baseModel,
      baseModelLicence: current.baseModelLicence,
      contractValue: current.contractValueMinor,
      currency: current.currency as "EUR",
      stage: "APPROVED",
      targetSigningDate: current.targetSigningDate,
    });
    // A rename or a new signing date is not what the approval relied on.
    await updateDeal(team.actors.NEGOTIATOR, { ...unchanged, name: "Renamed after approval", dealId: deal.id, version: current.version });
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).staleAt).toBeNull();
    const renamed = await db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    await updateDeal(team.actors.NEGOTIATOR, { ...unchanged, name: "Renamed after approval", ...change, dealId: deal.id, version: renamed.version });
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).staleAt).not.toBeNull();
    expect(await stageOf(deal.id)).toBe("CIO_REVIEW");
    const page = await getReviewPage(team.actors.CIO, deal.id);
    expect(page.reviews[0].factChanges.map((c) => c.label)).toEqual([label]);
  });
});

describe("snapshots stored by earlier releases still read", () => {
  it("the review page and the report show a snapshot without agreed terms, acceptors or sections", async () => {
    const team = await createTeam();
    const { deal, reviewId, review } = await approvedDeal(team);
    const stored = structuredClone(review.snapshot) as { clauses: Record<string, unknown>[]; acceptedRisks: Record<string, unknown>[]; sections?: unknown };
    for (const c of stored.clauses) {
      delete c.agreedLanguage;
      delete c.contractReference;
    }
    for (const a of stored.acceptedRisks) delete a.acceptedById;
    delete stored.sections;
    await db.review.update({ where: { id: reviewId }, data: { snapshot: stored as object } });

    const page = await getReviewPage(team.actors.CIO, deal.id);
    expect(page.reviews[0].snapshot.score).toBe(parseReviewSnapshot(review.snapshot).score);
    expect(page.reviews[0].snapshot.sections).toEqual([]);
    expect(page.reviews[0].acceptedRisks).toHaveLength(3);
    expect(page.reviews[0].changedSince).toEqual([]);
    const report = await getReadinessReport(team.actors.CIO, deal.id);
    expect(report.reviews[0].snapshot).toEqual({ score: page.reviews[0].snapshot.score, ready: true, blockerCount: 0 });
  });
});

describe("a review's snapshot is frozen", () => {
  it("stays exactly as decided while the deal changes afterwards", async () => {
    const team = await createTeam();
    const { deal, reviewId, review, gaps, settled, acceptances } = await approvedDeal(team);
    const frozen = parseReviewSnapshot(structuredClone(review.snapshot));
    expect(frozen.ready).toBe(true);

    await setClause(team.actors.NEGOTIATOR, gaps.openA.id, "MUST_HAVE_MET", { agreedLanguage: "Agreed at last." });
    await setClause(team.actors.NEGOTIATOR, settled[0].id, "BELOW_WALK_AWAY");
    await logVendorResponse(
      team.actors.NEGOTIATOR,
      await currentResponseInput(settled[1].id, { stance: "ACCEPTS", offerPosition: "FALLBACK", newStatus: "FALLBACK_ACCEPTED" }),
    );
    await logVendorResponse(team.actors.NEGOTIATOR, await currentResponseInput(gaps.openB.id));
    await revokeRisk(team.actors.CIO, { dealId: deal.id, riskAcceptanceId: acceptances[gaps.belowWalkAway.id] });
    await decideReview(team.actors.CIO, { dealId: deal.id, decision: "CHANGES_REQUESTED", comment: "The training data clause slipped below walk-away." });

    const now = await getDealReadiness(team.actors.CIO, deal.id);
    expect(now.ready).toBe(false);
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).snapshot).toEqual(frozen);
    const page = await getReviewPage(team.actors.CIO, deal.id);
    expect(page.reviews.map((r) => r.decision)).toEqual(["CHANGES_REQUESTED", "APPROVED"]);
    expect(page.reviews[1].snapshot).toEqual(frozen);
    // The newer review froze the deal as it is now.
    expect(page.reviews[0].snapshot).toMatchObject({ ready: false, score: now.score, blockers: now.blockers });
  });
});

describe("changes requested", () => {
  it("needs a comment (action level: fieldErrors.comment, nothing written)", async () => {
    const team = await createTeam();
    const { deal } = await gappedDeal(team);
    await signIn(team.users.CIO.id);
    const decide = actionNamed(actions, "decideReview");
    const before = await snapshotOrgs(team.org.id);
    for (const comment of ["", "    ", "Fix", undefined]) {
      const result = await invoke(decide, { dealId: deal.id, decision: "CHANGES_REQUESTED", ...(comment === undefined ? {} : { comment }) });
      expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
      expect(Object.keys(("fieldErrors" in result && result.fieldErrors) || {})).toEqual(["comment"]);
    }
    expect(await snapshotOrgs(team.org.id)).toEqual(before);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("sends the deal back to negotiation with a snapshot, even with blockers, and leaves the risk acceptances unclaimed", async () => {
    const team = await createTeam();
    const { deal, gaps } = await gappedDeal(team);
    const { id: acceptanceId } = await acceptRisk(team.actors.CIO, { dealId: deal.id, dealClauseId: gaps.openA.id, rationale: RATIONALE });
    const readiness = await getDealReadiness(team.actors.CIO, deal.id);
    expect(readiness.ready).toBe(false);
    await signIn(team.users.CIO.id);
    const watch = await watchAudit(team.org.id);

    const result = await invoke(actionNamed(actions, "decideReview"), {
      dealId: deal.id,
      decision: "CHANGES_REQUESTED",
      comment: "  Get the weights clause to must-have.  ",
    });
    expect(result).toMatchObject({ ok: true, data: { stage: "NEGOTIATING" } });
    const reviewId = (result as { data: { id: string } }).data.id;
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");

    const review = await db.review.findUniqueOrThrow({ where: { id: reviewId } });
    expect(review).toMatchObject({
      decision: "CHANGES_REQUESTED",
      comment: "Get the weights clause to must-have.",
      reviewerId: team.users.CIO.id,
      staleAt: null,
    });
    const snapshot = parseReviewSnapshot(review.snapshot);
    expect(snapshot).toMatchObject({ ready: false, score: readiness.score, blockers: readiness.blockers });
    expect(snapshot.acceptedRisks).toEqual([
      { dealClauseId: gaps.openA.id, clauseKey: gaps.openA.clause.key, rationale: RATIONALE, acceptedById: team.users.CIO.id },
    ]);
    expect(await stageOf(deal.id)).toBe("NEGOTIATING");
    expect((await db.riskAcceptance.findUniqueOrThrow({ where: { id: acceptanceId } })).reviewId).toBeNull();

    const events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: "Review", entityId: reviewId, action: "review.changes-requested", before: { stage: "CIO_REVIEW" } });
    expect(events[0].after).toMatchObject({ stage: "NEGOTIATING", decision: "CHANGES_REQUESTED", score: readiness.score, acceptedRisks: 1 });

    const page = await getReviewPage(team.actors.MANAGER, deal.id);
    expect(page.reviews[0]).toMatchObject({ id: reviewId, decision: "CHANGES_REQUESTED", changedSince: [], acceptedRisks: [] });
  });
});

describe("only a CIO or an admin decides and accepts risks", () => {
  const NOT_ALLOWED: Role[] = ["NEGOTIATOR", "MANAGER", "VIEWER"];

  it("other roles get FORBIDDEN from the services, even on a ready deal; nothing written", async () => {
    const team = await createTeam();
    const { deal, gaps, acceptances } = await readyDeal(team);
    const other = await gappedDeal(team);
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    for (const role of NOT_ALLOWED) {
      const actor = team.actors[role];
      const calls = [
        () => decideReview(actor, { dealId: deal.id, decision: "APPROVED", comment: "" }),
        () => decideReview(actor, { dealId: deal.id, decision: "CHANGES_REQUESTED", comment: "Please fix the weights clause." }),
        () => acceptRisk(actor, { dealId: other.deal.id, dealClauseId: other.gaps.openA.id, rationale: RATIONALE }),
        () => revokeRisk(actor, { dealId: deal.id, riskAcceptanceId: acceptances[gaps.openA.id] }),
      ];
      for (const call of calls) expect((await appErrorOf(call())).code, role).toBe("FORBIDDEN");
    }
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
    // The page still shows them the deal, without the decision controls.
    expect((await getReviewPage(team.actors.NEGOTIATOR, deal.id)).canDecide).toBe(false);
    expect((await getReviewPage(team.actors.CIO, deal.id)).canDecide).toBe(true);
  });

  it("another organisation's admin gets NOT_FOUND, also when mixing their own deal with our ids; nothing written", async () => {
    const team = await createTeam();
    const { deal, gaps, acceptances } = await readyDeal(team);
    const own = await createTestDeal(team.foreignAdmin);
    const ownAcceptance = await acceptRisk(team.foreignAdmin, { dealId: own.deal.id, dealClauseId: own.clause.id, rationale: RATIONALE });
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    const calls: [string, () => Promise<unknown>][] = [
      ["decide APPROVED", () => decideReview(team.foreignAdmin, { dealId: deal.id, decision: "APPROVED", comment: "" })],
      ["decide CHANGES_REQUESTED", () => decideReview(team.foreignAdmin, { dealId: deal.id, decision: "CHANGES_REQUESTED", comment: "Not yours to decide." })],
      ["accept on our deal", () => acceptRisk(team.foreignAdmin, { dealId: deal.id, dealClauseId: gaps.openA.id, rationale: RATIONALE })],
      ["accept our clause under their deal", () => acceptRisk(team.foreignAdmin, { dealId: own.deal.id, dealClauseId: gaps.openB.id, rationale: RATIONALE })],
      ["revoke on our deal", () => revokeRisk(team.foreignAdmin, { dealId: deal.id, riskAcceptanceId: acceptances[gaps.openA.id] })],
      ["revoke our acceptance under their deal", () => revokeRisk(team.foreignAdmin, { dealId: own.deal.id, riskAcceptanceId: acceptances[gaps.openA.id] })],
      ["our CIO revokes their acceptance", () => revokeRisk(team.actors.CIO, { dealId: deal.id, riskAcceptanceId: ownAcceptance.id })],
      ["read our review page", () => getReviewPage(team.foreignAdmin, deal.id)],
    ];
    for (const [label, call] of calls) expect((await appErrorOf(call())).code, label).toBe("NOT_FOUND");
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
  });

  it("an admin may accept a risk and approve; having accepted the risks, not as the only approver", async () => {
    const team = await createTeam();
    const { deal, gapList } = await gappedDeal(team);
    for (const gap of gapList) await acceptRisk(team.actors.ADMIN, { dealId: deal.id, dealClauseId: gap.id, rationale: RATIONALE });
    const first = await decideReview(team.actors.ADMIN, { dealId: deal.id, decision: "APPROVED", comment: "" });
    expect(first).toMatchObject({ stage: "CIO_REVIEW", complete: false });
    expect(await db.review.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      reviewerId: team.actors.ADMIN.userId,
      decision: "APPROVED",
      staleAt: null,
    });
    const second = await decideReview(team.actors.CIO, { dealId: deal.id, decision: "APPROVED", comment: "" });
    expect(second).toMatchObject({ stage: "APPROVED", complete: true });
    expect(await db.review.count({ where: { dealId: deal.id, decision: "APPROVED", staleAt: null } })).toBe(2);
  });
});

describe("a closed deal is not reviewed", () => {
  async function expectConflict(team: Team, dealId: string) {
    const before = await snapshotOrgs(team.org.id);
    for (const input of [
      { dealId, decision: "APPROVED" as const, comment: "" },
      { dealId, decision: "CHANGES_REQUESTED" as const, comment: "Reopen the weights clause." },
    ]) {
      expect((await appErrorOf(decideReview(team.actors.CIO, input))).code, input.decision).toBe("CONFLICT");
    }
    expect(await snapshotOrgs(team.org.id)).toEqual(before);
  }

  it("SIGNED: CONFLICT", async () => {
    const team = await createTeam();
    const { deal } = await approvedDeal(team);
    const current = await db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    await updateDeal(team.actors.NEGOTIATOR, { ...dealInput(team.actors.NEGOTIATOR.userId, { stage: "SIGNED" }), dealId: deal.id, version: current.version });
    expect(await stageOf(deal.id)).toBe("SIGNED");
    await expectConflict(team, deal.id);
  });

  it("WALKED_AWAY: CONFLICT", async () => {
    const team = await createTeam();
    const { deal } = await createTestDeal(team.actors.NEGOTIATOR, { stage: "WALKED_AWAY" });
    await expectConflict(team, deal.id);
  });

  it("archived (even when ready): CONFLICT", async () => {
    const team = await createTeam();
    const { deal } = await readyDeal(team);
    const current = await db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    await setDealArchived(team.actors.NEGOTIATOR, { dealId: deal.id, version: current.version, archived: true });
    await expectConflict(team, deal.id);
    expect((await getReviewPage(team.actors.CIO, deal.id)).canDecide).toBe(false);
  });
});

describe("updateProcessStep", () => {
  it("toggles done and the note, one audit event per change", async () => {
    const team = await createTeam();
    const { deal } = await createTestDeal(team.actors.NEGOTIATOR);
    const steps = await db.dealRecommendation.findMany({
      where: { dealId: deal.id },
      include: { recommendation: { select: { key: true, position: true } } },
      orderBy: { recommendation: { position: "asc" } },
    });
    expect(steps.length).toBeGreaterThan(1);
    const step = steps[0];
    expect(step).toMatchObject({ done: false, note: "" });

    let watch = await watchAudit(team.org.id);
    expect(
      await updateProcessStep(team.actors.NEGOTIATOR, { dealId: deal.id, dealRecommendationId: step.id, done: true, note: "Kick-off held with legal" }),
    ).toEqual({ id: step.id, done: true });
    let events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entityType: "DealRecommendation",
      entityId: step.id,
      dealId: deal.id,
      action: "process.updated",
      actorId: team.actors.NEGOTIATOR.userId,
    });
    expect(events[0].before).toEqual({ step: step.recommendation.key, done: false, note: "" });
    expect(events[0].after).toEqual({ step: step.recommendation.key, done: true, note: "Kick-off held with legal" });
    expect(await db.dealRecommendation.findUniqueOrThrow({ where: { id: step.id } })).toMatchObject({
      done: true,
      note: "Kick-off held with legal",
      updatedById: team.actors.NEGOTIATOR.userId,
    });

    watch = await watchAudit(team.org.id);
    await updateProcessStep(team.actors.CIO, { dealId: deal.id, dealRecommendationId: step.id, done: false, note: "" });
    events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: team.actors.CIO.userId,
      before: { done: true, note: "Kick-off held with legal" },
      after: { done: false, note: "" },
    });
    expect(await db.dealRecommendation.findUniqueOrThrow({ where: { id: step.id } })).toMatchObject({
      done: false,
      note: "",
      updatedById: team.actors.CIO.userId,
    });
    // The other steps were not touched.
    const others = await db.dealRecommendation.findMany({ where: { dealId: deal.id, id: { not: step.id } } });
    expect(others.every((s) => !s.done && s.note === "" && s.updatedById === null)).toBe(true);
  });

  it("a foreign deal or a step of another deal: NOT_FOUND, nothing written", async () => {
    const team = await createTeam();
    const { deal } = await createTestDeal(team.actors.NEGOTIATOR);
    const { deal: otherDeal } = await createTestDeal(team.actors.NEGOTIATOR);
    const { deal: foreignDeal } = await createTestDeal(team.foreignAdmin);
    const stepOf = async (dealId: string) => (await db.dealRecommendation.findFirstOrThrow({ where: { dealId } })).id;
    const [step, otherStep, foreignStep] = [await stepOf(deal.id), await stepOf(otherDeal.id), await stepOf(foreignDeal.id)];
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    const calls: [string, () => Promise<unknown>][] = [
      [
        "their deal, their step",
        () => updateProcessStep(team.actors.NEGOTIATOR, { dealId: foreignDeal.id, dealRecommendationId: foreignStep, done: true, note: "" }),
      ],
      ["our deal, their step", () => updateProcessStep(team.actors.NEGOTIATOR, { dealId: deal.id, dealRecommendationId: foreignStep, done: true, note: "" })],
      [
        "our deal, a step of another of our deals",
        () => updateProcessStep(team.actors.NEGOTIATOR, { dealId: deal.id, dealRecommendationId: otherStep, done: true, note: "" }),
      ],
      ["foreign admin on our deal", () => updateProcessStep(team.foreignAdmin, { dealId: deal.id, dealRecommendationId: step, done: true, note: "" })],
      [
        "foreign admin, own deal, our step",
        () => updateProcessStep(team.foreignAdmin, { dealId: foreignDeal.id, dealRecommendationId: step, done: true, note: "" }),
      ],
    ];
    for (const [label, call] of calls) expect((await appErrorOf(call())).code, label).toBe("NOT_FOUND");
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
  });
});

describe("the CIO review queue", () => {
  it("shows each deal's readiness exactly as the readiness function computes it, worst first", async () => {
    const team = await createTeam();
    const soon = new Date(Date.now() + 10 * 86_400_000);
    const later = new Date(Date.now() + 60 * 86_400_000);
    const review = await createTestDeal(team.actors.NEGOTIATOR, { name: "In review", stage: "CIO_REVIEW", targetSigningDate: later });
    const signing = await createTestDeal(team.actors.NEGOTIATOR, { name: "Signing soon", stage: "NEGOTIATING", targetSigningDate: soon });
    const notDue = await createTestDeal(team.actors.NEGOTIATOR, { name: "Not due", stage: "NEGOTIATING", targetSigningDate: later });
    // Move readiness apart: settle part of one deal's checklist, put a clause of the other below walk-away.
    const reviewClauses = await clausesOf(review.deal.id);
    for (const c of reviewClauses.slice(0, 12)) await setClause(team.actors.NEGOTIATOR, c.id, "MUST_HAVE_MET");
    await setClause(team.actors.NEGOTIATOR, (await clausesOf(signing.deal.id))[0].id, "BELOW_WALK_AWAY");

    const queue = await getReviewQueue(team.actors.CIO);
    expect(queue.map((q) => q.id).sort()).toEqual([review.deal.id, signing.deal.id].sort());
    expect(queue.map((q) => q.id)).not.toContain(notDue.deal.id);
    for (const item of queue) {
      const live = await getDealReadiness(team.actors.CIO, item.id);
      expect(item, item.name).toMatchObject({
        score: live.score,
        ready: live.ready,
        blockerCount: live.blockers.length,
        scenariosUncovered: live.scenarios.filter((s) => !s.covered).length,
        reason: item.id === review.deal.id ? "CIO_REVIEW" : "SIGNING_SOON",
      });
    }
    expect(queue[0].score).toBeLessThanOrEqual(queue[1].score);
    expect(queue.find((q) => q.id === review.deal.id)!.score).toBeGreaterThan(queue.find((q) => q.id === signing.deal.id)!.score);
  });
});

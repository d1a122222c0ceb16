import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { dealLicenceFindings } from "@/lib/domain/deal-licence";
import { parseReviewSnapshot } from "@/lib/domain/review-snapshot";
import { afterDealsInserted, refreshLicenceCaches } from "@/lib/services/deal-changes";
import { listDeals, setDealArchived, updateDeal } from "@/lib/services/deals";
import { acceptLicenceFinding, getDealLicenceFindings, revokeLicenceFinding } from "@/lib/services/licence-findings";
import { getPortfolioLicences } from "@/lib/services/portfolio-licences";
import { getDealReadiness } from "@/lib/services/readiness";
import { getReadinessReport } from "@/lib/services/report";
import { decideReview } from "@/lib/services/reviews";
import { appErrorOf } from "@/lib/test/app-error";
import { snapshotOrgs } from "@/lib/test/db-snapshot";
import { createTestDeal, dealInput, evidenceFor } from "@/lib/test/deals";
import { createTeam } from "@/lib/test/factories";
import { ZDealListQuery } from "@/lib/validation/deal";
import type { TCreateDeal } from "@/lib/validation/deal";

// Base-model licence findings in the product: a blocking finding blocks readiness until a CIO accepts
// it in writing; the facts it rests on are part of what an approval relies on; the portfolio counts
// the deals with open findings from the cached column, which must equal a recomputation from the rows.

const db = getDb();
const LLAMA = "llama-3.1-community";
const RATIONALE = "Meta's separate licence is being negotiated; launch stays below the cap until it is signed.";

type Team = Awaited<ReturnType<typeof createTeam>>;

/** A deal whose every clause is at its must-have (with evidence): nothing blocks it but its licence. */
async function settledDeal(team: Team, overrides: Partial<TCreateDeal> = {}) {
  const { deal } = await createTestDeal(team.actors.NEGOTIATOR, { stage: "CIO_REVIEW", ...overrides });
  // The statuses are the fixture, written as the service would leave them, the cache refreshed as after a bulk insert.
  await db.$transaction(async (tx) => {
    await tx.dealClause.updateMany({
      where: { dealId: deal.id },
      data: { status: "MUST_HAVE_MET", ...evidenceFor("MUST_HAVE_MET"), notApplicableReason: null, statusBeforeRule: null, version: { increment: 1 } },
    });
    await afterDealsInserted(tx, [deal.id]);
  });
  return db.deal.findUniqueOrThrow({ where: { id: deal.id } });
}

const overCap = { baseModelLicenceKey: LLAMA, expectedMonthlyUsers: 900_000_000 } as const;

async function blockersOf(actor: Actor, dealId: string) {
  return (await getDealReadiness(actor, dealId)).blockers.map((b) => `${b.kind}:${b.findingKey ?? b.clauseKey ?? b.scenarioKey}`);
}

const cacheOf = (dealId: string) =>
  db.deal.findUniqueOrThrow({ where: { id: dealId }, select: { readinessReady: true, blockerCount: true, openLicenceFindings: true } });

/** Saves the deal through the form's service with some fields changed, from its current version. */
async function editDeal(actor: Actor, dealId: string, changes: Partial<TCreateDeal>) {
  const deal = await db.deal.findUniqueOrThrow({ where: { id: dealId } });
  return updateDeal(actor, {
    ...dealInput(deal.ownerId, {
      baseModelLicenceKey: deal.baseModelLicenceKey,
      expectedMonthlyUsers: deal.expectedMonthlyUsers,
      stage: deal.stage as TCreateDeal["stage"],
      targetSigningDate: deal.targetSigningDate,
    }),
    ...changes,
    dealId,
    version: deal.version,
  });
}

describe("the deal's licence facts", () => {
  it("a registry pick names the licence and sets its type; the free text typed alongside is not kept", async () => {
    const team = await createTeam();
    const { deal } = await createTestDeal(team.actors.NEGOTIATOR, {
      ...overCap,
      baseModelLicence: "whatever was typed",
      baseModelLicenceType: "PROPRIETARY",
      useCaseCategory: "CUSTOMER_FACING",
    });
    expect(deal).toMatchObject({
      baseModelLicenceKey: LLAMA,
      baseModelLicence: "Llama 3.1 Community License",
      baseModelLicenceType: "OPEN_RESTRICTED",
      expectedMonthlyUsers: 900_000_000,
      useCaseCategory: "CUSTOMER_FACING",
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { dealId: deal.id, action: "deal.created" } });
    expect(audit.after).toMatchObject({ baseModelLicenceKey: LLAMA, expectedMonthlyUsers: 900_000_000, useCaseCategory: "CUSTOMER_FACING" });

    // Back to free text: the key goes, the typed licence and type are kept as typed (unchecked).
    await editDeal(team.actors.NEGOTIATOR, deal.id, { baseModelLicenceKey: null, baseModelLicence: "Vendor terms v2", baseModelLicenceType: "PROPRIETARY" });
    const after = await db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect(after).toMatchObject({ baseModelLicenceKey: null, baseModelLicence: "Vendor terms v2", baseModelLicenceType: "PROPRIETARY" });
    const edit = await db.auditEvent.findFirstOrThrow({ where: { dealId: deal.id, action: "deal.updated" } });
    expect(edit.before).toMatchObject({ baseModelLicenceKey: LLAMA });
    expect(edit.after).toMatchObject({ baseModelLicenceKey: null });
    expect((await getDealLicenceFindings(team.actors.VIEWER, deal.id)).findings.map((f) => `${f.severity}:${f.key}`)).toEqual(["WARNING:unchecked"]);
  });
});

describe("findings change readiness", () => {
  it("a blocking finding blocks; accepting it in writing unblocks; revoking blocks again, and the cache follows each step", async () => {
    const team = await createTeam();
    const deal = await settledDeal(team, overCap);
    expect(await blockersOf(team.actors.VIEWER, deal.id)).toEqual(["LICENCE_FINDING:user-threshold"]);
    expect((await getDealReadiness(team.actors.VIEWER, deal.id)).blockers[0].message).toContain("Expected users above the licence's threshold");
    expect(await cacheOf(deal.id)).toEqual({ readinessReady: false, blockerCount: 1, openLicenceFindings: 1 });

    const { id } = await acceptLicenceFinding(team.actors.CIO, { dealId: deal.id, findingKey: "user-threshold", rationale: RATIONALE });
    expect(await blockersOf(team.actors.VIEWER, deal.id)).toEqual([]);
    expect(await cacheOf(deal.id)).toEqual({ readinessReady: true, blockerCount: 0, openLicenceFindings: 0 });
    const view = await getDealLicenceFindings(team.actors.VIEWER, deal.id);
    expect(view.findings.find((f) => f.key === "user-threshold")?.acceptance).toMatchObject({
      id,
      rationale: RATIONALE,
      acceptedBy: team.users.CIO.name,
      owner: team.users.CIO.name,
    });
    expect(view.canAccept).toBe(false);
    const accepted = await db.auditEvent.findFirstOrThrow({ where: { dealId: deal.id, action: "licence-finding.accepted" } });
    expect(accepted).toMatchObject({ entityType: "LicenceFindingAcceptance", entityId: id, actorId: team.users.CIO.id });

    await revokeLicenceFinding(team.actors.ADMIN, { dealId: deal.id, acceptanceId: id });
    expect(await blockersOf(team.actors.VIEWER, deal.id)).toEqual(["LICENCE_FINDING:user-threshold"]);
    expect(await cacheOf(deal.id)).toEqual({ readinessReady: false, blockerCount: 1, openLicenceFindings: 1 });
    expect(await db.auditEvent.count({ where: { dealId: deal.id, action: "licence-finding.revoked", entityId: id } })).toBe(1);

    // Below the cap the finding, and so the blocker, is gone without any acceptance.
    await editDeal(team.actors.NEGOTIATOR, deal.id, { expectedMonthlyUsers: 5_000_000 });
    expect(await blockersOf(team.actors.VIEWER, deal.id)).toEqual([]);
    expect(await cacheOf(deal.id)).toMatchObject({ readinessReady: true, openLicenceFindings: 0 });
  });

  it("the report lists the licence, its facts, the findings and the acceptance", async () => {
    const team = await createTeam();
    const deal = await settledDeal(team, overCap);
    await acceptLicenceFinding(team.actors.CIO, { dealId: deal.id, findingKey: "user-threshold", rationale: RATIONALE });
    const { licence } = await getReadinessReport(team.actors.VIEWER, deal.id);
    expect(licence.licence?.key).toBe(LLAMA);
    expect(licence.facts).toMatchObject({ expectedMonthlyUsers: 900_000_000, threshold: 700_000_000 });
    expect(licence.openBlocking).toBe(0);
    expect(licence.findings.find((f) => f.key === "user-threshold")?.acceptance?.rationale).toBe(RATIONALE);
  });
});

describe("approval staleness", () => {
  it("an approval relies on the licence facts and the acceptances: more expected users or a revoked acceptance stale it", async () => {
    const team = await createTeam();
    const deal = await settledDeal(team, overCap);
    const { id: acceptanceId } = await acceptLicenceFinding(team.actors.CIO, { dealId: deal.id, findingKey: "user-threshold", rationale: RATIONALE });
    const { id: reviewId } = await decideReview(team.actors.CIO, { dealId: deal.id, decision: "APPROVED", comment: "Licence risk accepted in writing." });
    const snapshot = parseReviewSnapshot((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).snapshot);
    expect(snapshot.deal).toMatchObject({ baseModelLicenceKey: LLAMA, expectedMonthlyUsers: 900_000_000, useCaseCategory: "UNSPECIFIED" });
    expect(snapshot.licenceAcceptances).toEqual([{ findingKey: "user-threshold", rationale: RATIONALE, acceptedById: team.users.CIO.id }]);
    expect(snapshot.licenceFindings.map((f) => `${f.severity}:${f.key}`)).toContain("BLOCKING:user-threshold");
    expect((await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).stage).toBe("APPROVED");

    await editDeal(team.actors.NEGOTIATOR, deal.id, { expectedMonthlyUsers: 950_000_000 });
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).staleAt).not.toBeNull();
    expect((await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).stage).toBe("CIO_REVIEW");

    // Approved again on the new facts; then the acceptance it relied on is withdrawn.
    const { id: again } = await decideReview(team.actors.CIO, { dealId: deal.id, decision: "APPROVED", comment: "Still within the negotiated permission." });
    await revokeLicenceFinding(team.actors.CIO, { dealId: deal.id, acceptanceId });
    expect((await db.review.findUniqueOrThrow({ where: { id: again } })).staleAt).not.toBeNull();
    expect(await blockersOf(team.actors.VIEWER, deal.id)).toEqual(["LICENCE_FINDING:user-threshold"]);
  });

  it("the use case category is an approval fact too", async () => {
    const team = await createTeam();
    const deal = await settledDeal(team, { baseModelLicenceKey: LLAMA, expectedMonthlyUsers: 1_000 });
    const { id: reviewId } = await decideReview(team.actors.CIO, { dealId: deal.id, decision: "APPROVED", comment: "" });
    await editDeal(team.actors.NEGOTIATOR, deal.id, { useCaseCategory: "HEALTHCARE" });
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).staleAt).not.toBeNull();
  });
});

describe("accepting a finding is refused", () => {
  it("for a key that is not a current blocking finding, for a negotiator, for another organisation's deal, and twice", async () => {
    const team = await createTeam();
    const deal = await settledDeal(team, overCap);
    const before = await snapshotOrgs(team.org.id);
    for (const findingKey of ["attribution", "restricted-use:HEALTHCARE", "no-such-finding"]) {
      const error = await appErrorOf(acceptLicenceFinding(team.actors.CIO, { dealId: deal.id, findingKey, rationale: RATIONALE }));
      expect(error.code).toBe("INVALID_INPUT");
      expect(Object.keys(error.fieldErrors ?? {})).toEqual(["findingKey"]);
    }
    expect((await appErrorOf(acceptLicenceFinding(team.actors.NEGOTIATOR, { dealId: deal.id, findingKey: "user-threshold", rationale: RATIONALE }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await appErrorOf(acceptLicenceFinding(team.foreignAdmin, { dealId: deal.id, findingKey: "user-threshold", rationale: RATIONALE }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await snapshotOrgs(team.org.id)).toEqual(before);

    await acceptLicenceFinding(team.actors.ADMIN, { dealId: deal.id, findingKey: "user-threshold", rationale: RATIONALE });
    expect((await appErrorOf(acceptLicenceFinding(team.actors.CIO, { dealId: deal.id, findingKey: "user-threshold", rationale: RATIONALE }))).code).toBe(
      "CONFLICT",
    );
    expect(await db.licenceFindingAcceptance.count({ where: { dealId: deal.id } })).toBe(1);
  });
});

describe("the portfolio's licence panel", () => {
  it("counts deals by licence and the live deals with open blocking findings, equal to a recomputation and to the drill-down", async () => {
    const team = await createTeam();
    const n = team.actors.NEGOTIATOR;
    const open = await createTestDeal(n, overCap);
    const accepted = await createTestDeal(n, overCap);
    await acceptLicenceFinding(team.actors.CIO, { dealId: accepted.deal.id, findingKey: "user-threshold", rationale: RATIONALE });
    await createTestDeal(n, { baseModelLicenceKey: LLAMA, expectedMonthlyUsers: 10_000 });
    await createTestDeal(n, { baseModelLicence: "Vendor terms" });
    await createTestDeal(n, { baseModelLicence: "", baseModel: "" });
    const walked = await createTestDeal(n, { ...overCap, stage: "NEGOTIATING" });
    await db.deal.update({ where: { id: walked.deal.id }, data: { stage: "WALKED_AWAY" } });
    const archived = await createTestDeal(n, overCap);
    await setDealArchived(n, { dealId: archived.deal.id, version: archived.deal.version, archived: true });
    expect((await db.deal.findUniqueOrThrow({ where: { id: open.deal.id } })).openLicenceFindings).toBe(1);

    const panel = await getPortfolioLicences(team.actors.MANAGER, {});
    expect(panel.byLicence.map((r) => [r.licence, r.deals, r.openFindings])).toEqual([
      [LLAMA, 4, 1],
      ["unchecked", 1, 0],
      ["none", 1, 0],
    ]);
    expect(panel.openFindingDeals).toBe(1);

    // The same figure recomputed from the rows: live deals not walked away, findings minus standing acceptances.
    const live = await db.deal.findMany({ where: { organizationId: team.org.id, archivedAt: null, stage: { not: "WALKED_AWAY" } } });
    const standing = await db.licenceFindingAcceptance.findMany({ where: { deal: { organizationId: team.org.id }, revokedAt: null } });
    const recomputed = live.filter(
      (d) => dealLicenceFindings(d, new Set(standing.filter((a) => a.dealId === d.id).map((a) => a.findingKey))).open.length > 0,
    ).length;
    expect(panel.openFindingDeals).toBe(recomputed);

    // The panel's links open exactly the deals behind each figure.
    const list = (query: Record<string, string>) => listDeals(team.actors.MANAGER, ZDealListQuery.parse(query));
    expect((await list({ licenceFindings: "open" })).items.map((d) => d.id)).toEqual([open.deal.id]);
    expect((await list({ licence: LLAMA })).total).toBe(4);
    expect((await list({ licence: "unchecked" })).total).toBe(1);
    expect((await list({ licence: "none" })).total).toBe(1);

    // A registry change moves findings without a deal change: the recompute brings a stale cache back.
    await db.deal.update({ where: { id: open.deal.id }, data: { openLicenceFindings: 0, readinessReady: true } });
    expect(await db.$transaction((tx) => refreshLicenceCaches(tx))).toBeGreaterThanOrEqual(4);
    expect(await db.deal.findUniqueOrThrow({ where: { id: open.deal.id }, select: { openLicenceFindings: true, readinessReady: true } })).toEqual({
      openLicenceFindings: 1,
      readinessReady: false,
    });

    // Another organisation sees none of it.
    expect((await getPortfolioLicences(team.foreignAdmin, {})).byLicence).toEqual([]);
  });
});

import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { listDealActivity } from "@/lib/services/audit-log";
import { getDealClause, getLayerChecklist, logVendorResponse } from "@/lib/services/deal-clauses";
import { getReadinessReport } from "@/lib/services/report";
import { acceptRisk, decideReview, getReviewPage } from "@/lib/services/reviews";
import { createTestDeal, responseInput } from "@/lib/test/deals";
import { createTeam, createUser } from "@/lib/test/factories";

// The columns that name a user are foreign keys (migration 20261201110000_user_relations), and the
// pages read names through those relations: no id → name lookup, no extra statement per person.

const db = getDb();
const RATIONALE = "Escrow and a step-in right cover this gap for the pilot phase.";

/** Rejects with Prisma's foreign-key error (P2003). */
async function expectForeignKeyViolation(promise: Promise<unknown>) {
  await expect(promise).rejects.toMatchObject({ code: "P2003" });
}

/** A deal with a logged vendor response, an accepted risk and a review, all by distinct people. */
async function setUp() {
  const team = await createTeam();
  const { deal, clause } = await createTestDeal(team.actors.NEGOTIATOR);
  await logVendorResponse(team.actors.NEGOTIATOR, responseInput(clause.id, clause.version));
  const gap = await db.dealClause.findFirstOrThrow({
    where: { dealId: deal.id, clause: { priority: "MUST_HAVE" }, id: { not: clause.id } },
    include: { clause: { select: { title: true } } },
  });
  await acceptRisk(team.actors.CIO, { dealId: deal.id, dealClauseId: gap.id, rationale: RATIONALE });
  await decideReview(team.actors.CIO, { dealId: deal.id, decision: "CHANGES_REQUESTED", comment: "Close the remaining gaps." });
  const layerKey = (await db.dealClause.findUniqueOrThrow({ where: { id: clause.id }, select: { clause: { select: { layer: { select: { key: true } } } } } }))
    .clause.layer.key;
  return { ...team, deal, clause, gap, layerKey };
}

// Every statement the Prisma client sends (the adapter's pg clients), while counting.
const sent: string[] = [];
let counting = false;
const originalQuery = pg.Client.prototype.query;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
(pg.Client.prototype as any).query = function (this: pg.Client, ...args: unknown[]) {
  if (counting) sent.push(typeof args[0] === "string" ? args[0] : String((args[0] as { text?: string })?.text));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (originalQuery as any).apply(this, args);
};
async function statementsOf(fn: () => Promise<unknown>) {
  sent.length = 0;
  counting = true;
  try {
    await fn();
  } finally {
    counting = false;
  }
  return sent.length;
}
afterEach(() => {
  counting = false;
});

describe("foreign keys to User", () => {
  it("refuses a row naming a user who does not exist", async () => {
    const { deal, clause, gap } = await setUp();
    const response = await db.vendorResponse.findFirstOrThrow({ where: { dealId: deal.id } });
    const { id: _id, createdAt: _createdAt, ...copy } = response;
    await expectForeignKeyViolation(db.vendorResponse.create({ data: { ...copy, authorId: "no-such-user" } }));
    await expectForeignKeyViolation(db.review.create({ data: { dealId: deal.id, reviewerId: "no-such-user", decision: "APPROVED", snapshot: {} } }));
    await expectForeignKeyViolation(
      // Revoked, so the one-in-force-per-clause index (the gap's acceptance is in force) is not what refuses it.
      db.riskAcceptance.create({ data: { dealId: deal.id, dealClauseId: gap.id, acceptedById: "no-such-user", rationale: RATIONALE, revokedAt: new Date() } }),
    );
    await expectForeignKeyViolation(
      db.auditEvent.create({
        data: { organizationId: deal.organizationId, actorId: "no-such-user", dealId: deal.id, entityType: "Deal", entityId: deal.id, action: "deal.updated" },
      }),
    );
    await expectForeignKeyViolation(db.dealClause.update({ where: { id: clause.id }, data: { updatedById: "no-such-user" } }));
    await expectForeignKeyViolation(db.dealRecommendation.updateMany({ where: { dealId: deal.id }, data: { updatedById: "no-such-user" } }));
    // RiskAcceptance.dealId is a foreign key too.
    await expectForeignKeyViolation(
      db.riskAcceptance.create({
        data: { dealId: "no-such-deal", dealClauseId: gap.id, acceptedById: deal.ownerId, rationale: RATIONALE, revokedAt: new Date() },
      }),
    );
    // A system event names nobody.
    await expect(
      db.auditEvent.create({ data: { organizationId: deal.organizationId, actorId: null, entityType: "Deal", entityId: deal.id, action: "deal.checked" } }),
    ).resolves.toMatchObject({ actorId: null });
  });

  it("keeps authored history: a user who wrote something cannot be deleted; a last-changed-by marker is cleared", async () => {
    const { org, deal, clause, users } = await setUp();
    await expectForeignKeyViolation(db.user.delete({ where: { id: users.NEGOTIATOR.id } })); // owns the deal, logged a response
    await expectForeignKeyViolation(db.user.delete({ where: { id: users.CIO.id } })); // reviewed, accepted a risk
    expect(await db.vendorResponse.count({ where: { dealId: deal.id, authorId: users.NEGOTIATOR.id } })).toBe(1);

    // Someone whose only trace is the "last changed by" marker of a clause and a process step.
    const passerBy = await createUser(org.id, "NEGOTIATOR");
    await db.dealClause.update({ where: { id: clause.id }, data: { updatedById: passerBy.id } });
    const step = await db.dealRecommendation.findFirstOrThrow({ where: { dealId: deal.id } });
    await db.dealRecommendation.update({ where: { id: step.id }, data: { updatedById: passerBy.id } });
    await db.user.delete({ where: { id: passerBy.id } });
    expect((await db.dealClause.findUniqueOrThrow({ where: { id: clause.id } })).updatedById).toBeNull();
    expect((await db.dealRecommendation.findUniqueOrThrow({ where: { id: step.id } })).updatedById).toBeNull();
  });

  it("exists in the database with the chosen ON DELETE actions", async () => {
    const rows = await db.$queryRaw<{ name: string; action: string }[]>`
      SELECT conname::text AS name, confdeltype::text AS action FROM pg_constraint
      WHERE contype = 'f' AND conname IN ('DealClause_updatedById_fkey', 'VendorResponse_authorId_fkey', 'DealRecommendation_updatedById_fkey',
        'Review_reviewerId_fkey', 'RiskAcceptance_acceptedById_fkey', 'RiskAcceptance_dealId_fkey', 'AuditEvent_actorId_fkey')
      ORDER BY conname`;
    // c = cascade, n = set null, r = restrict
    expect(rows).toEqual([
      { name: "AuditEvent_actorId_fkey", action: "r" },
      { name: "DealClause_updatedById_fkey", action: "n" },
      { name: "DealRecommendation_updatedById_fkey", action: "n" },
      { name: "Review_reviewerId_fkey", action: "r" },
      { name: "RiskAcceptance_acceptedById_fkey", action: "r" },
      { name: "RiskAcceptance_dealId_fkey", action: "c" },
      { name: "VendorResponse_authorId_fkey", action: "r" },
    ]);
  });

  it("deletes a deal's risk acceptances with the deal", async () => {
    const { deal } = await setUp();
    expect(await db.riskAcceptance.count({ where: { dealId: deal.id } })).toBe(1);
    await db.deal.delete({ where: { id: deal.id } });
    expect(await db.riskAcceptance.count({ where: { dealId: deal.id } })).toBe(0);
  });
});

describe("names through the relations", () => {
  it("shows authors, reviewers, acceptors, actors and owners, and follows a rename", async () => {
    const { actors, users, deal, clause, gap, layerKey } = await setUp();
    await db.user.update({ where: { id: users.CIO.id }, data: { name: "Chief Renamed" } });
    await db.user.update({ where: { id: users.NEGOTIATOR.id }, data: { name: "Nego Renamed" } });

    const review = await getReviewPage(actors.VIEWER, deal.id);
    expect(review.reviews.map((r) => r.reviewer)).toEqual(["Chief Renamed"]);
    expect(review.gaps.find((g) => g.dealClauseId === gap.id)?.acceptance).toMatchObject({ rationale: RATIONALE, acceptedBy: "Chief Renamed" });

    const section = await getLayerChecklist(actors.VIEWER, deal.id, layerKey);
    expect(section.items.find((i) => i.id === clause.id)?.latestResponse?.author).toEqual({ id: users.NEGOTIATOR.id, name: "Nego Renamed" });
    const page = await getDealClause(actors.VIEWER, deal.id, clause.id);
    expect(page.responses.map((r) => r.author)).toEqual([{ id: users.NEGOTIATOR.id, name: "Nego Renamed" }]);
    expect(page.item.latestResponse?.author.name).toBe("Nego Renamed");

    const report = await getReadinessReport(actors.VIEWER, deal.id);
    expect(report.deal.owner).toBe("Nego Renamed");
    expect(report.sections.flatMap((s) => s.clauses).find((c) => c.id === clause.id)?.latestResponse?.author).toBe("Nego Renamed");
    expect(report.sections.flatMap((s) => s.clauses).find((c) => c.id === gap.id)?.riskAcceptance).toMatchObject({ acceptedBy: "Chief Renamed" });
    // The acceptance was linked to no review (changes were requested): the report reads it from the snapshot.
    expect(report.reviews[0]).toMatchObject({
      reviewer: "Chief Renamed",
      acceptedRisks: [{ clauseTitle: gap.clause.title, rationale: RATIONALE, acceptedBy: "Chief Renamed", revoked: false }],
    });

    await db.auditEvent.create({
      data: { organizationId: deal.organizationId, actorId: null, dealId: deal.id, entityType: "Deal", entityId: deal.id, action: "deal.checked" },
    });
    const activity = await listDealActivity(actors.VIEWER, deal.id, {});
    expect(new Set(activity.events.map((e) => e.actor.name))).toEqual(new Set(["Nego Renamed", "Chief Renamed", "System"]));
    expect(activity.options.actors).toEqual([
      { id: users.CIO.id, name: "Chief Renamed" },
      { id: users.NEGOTIATOR.id, name: "Nego Renamed" },
    ]);
  });

  it("reads the names in a fixed number of statements, however many people and rows", async () => {
    const { actors, deal, clause, layerKey } = await setUp();
    const measure = async () => ({
      section: await statementsOf(() => getLayerChecklist(actors.VIEWER, deal.id, layerKey)),
      clause: await statementsOf(() => getDealClause(actors.VIEWER, deal.id, clause.id)),
      review: await statementsOf(() => getReviewPage(actors.VIEWER, deal.id)),
      report: await statementsOf(() => getReadinessReport(actors.VIEWER, deal.id)),
      activity: await statementsOf(() => listDealActivity(actors.VIEWER, deal.id, {})),
    });
    const before = await measure();
    // The numbers of statements this change left (section) or lowered (clause 10, review 14, activity 7);
    // the report has one more since it counts the decisions it leaves out; the section and clause pages
    // one more each since issue 13 (the organisation's playbook versions, for "retired in version N"), and
    // the review one more (the must-haves settled without evidence); since issue 15 the review three more (the
    // approval policy, the reader's approver flag, the risk owners' names), the report two (policy, owners) and the
    // section and clause pages one each (the clauses' assignees); since issue 16 the readiness one more (the licence
    // facts with the standing licence-finding acceptances: review and report) and the report one more (those acceptances with their names);
    // since issue 17 the activity one more (the API tokens the changes came through).
    expect(before).toEqual({ section: 11, clause: 11, review: 17, report: 27, activity: 7 });

    // More authors, responses and reviews.
    const others = await db.dealClause.findMany({ where: { dealId: deal.id, clause: { layer: { key: layerKey } } } });
    for (const [i, other] of others.entries()) {
      const current = await db.dealClause.findUniqueOrThrow({ where: { id: other.id } });
      await logVendorResponse(i % 2 ? actors.ADMIN : actors.NEGOTIATOR, responseInput(other.id, current.version));
    }
    await logVendorResponse(actors.ADMIN, responseInput(clause.id, (await db.dealClause.findUniqueOrThrow({ where: { id: clause.id } })).version));
    await decideReview(actors.ADMIN, { dealId: deal.id, decision: "CHANGES_REQUESTED", comment: "Another round." });
    expect(await measure()).toEqual(before);
  });
});

import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { deliveryIdle } from "@/lib/mail/deliver";
import { runReminders } from "@/lib/notifications/reminders";
import { createTestDeal } from "@/lib/test/deals";
import { actorFor, createOrganization, createUser } from "@/lib/test/factories";

// Reminders against a controllable clock: runReminders(now) is what the `reminders` job calls every
// 15 minutes with the real time. Other files' deals share the database; every assertion is about this
// file's own organisations.

const DAY = 86_400_000;
const TARGET = "2027-03-31";
/** Noon UTC, `days` calendar days before the target signing date. */
const daysBefore = (days: number) => new Date(Date.parse(`${TARGET}T12:00:00Z`) - days * DAY);

type Team = Awaited<ReturnType<typeof setUp>>;

async function setUp(name: string) {
  const { org } = await createOrganization(name);
  const { org: other } = await createOrganization(`${name} Other`);
  const owner = await createUser(org.id, "NEGOTIATOR");
  const cio = await createUser(org.id, "CIO");
  const secondCio = await createUser(org.id, "CIO");
  const admin = await createUser(org.id, "ADMIN");
  const viewer = await createUser(org.id, "VIEWER");
  const outsiderCio = await createUser(other.id, "CIO");
  return { org, owner, cio, secondCio, admin, viewer, outsiderCio, ownerActor: await actorFor(owner.id) };
}

async function dealSigningOn(team: Team, name: string, target = TARGET) {
  const { deal } = await createTestDeal(team.ownerActor, { name, stage: "NEGOTIATING", targetSigningDate: new Date(`${target}T00:00:00Z`) });
  return deal;
}

const notificationsOf = (dealId: string, kind: string) =>
  getDb().notification.findMany({
    where: { dealId, kind: kind as never },
    select: { userId: true, title: true, link: true, dedupeKey: true, email: true },
    orderBy: { createdAt: "asc" },
  });

let team: Team;

beforeAll(async () => {
  team = await setUp("Reminder Org");
});

afterEach(async () => {
  await deliveryIdle();
});

describe("signing date near with must-haves open", () => {
  it("reminds the owner and the CIOs once per threshold reached: 30, then 14, then 7 days out", async () => {
    const deal = await dealSigningOn(team, "Northwind fine-tune");
    const db = getDb();
    const open = await db.dealClause.count({ where: { dealId: deal.id, priority: "MUST_HAVE", retiredAt: null } });
    expect(open).toBeGreaterThan(0);

    await runReminders(daysBefore(31));
    expect(await notificationsOf(deal.id, "SIGNING_NEAR")).toEqual([]);

    await runReminders(daysBefore(30));
    const first = await notificationsOf(deal.id, "SIGNING_NEAR");
    expect(new Set(first.map((n) => n.userId))).toEqual(new Set([team.owner.id, team.cio.id, team.secondCio.id]));
    expect(first[0]).toMatchObject({
      title: `Northwind fine-tune signs in 30 days with ${open} must-haves open`,
      link: `/deals/${deal.id}`,
      dedupeKey: `signing-near:${deal.id}:30:${TARGET}`,
      email: "QUEUED",
    });
    const mail = await db.outboxMessage.findMany({ where: { organizationId: team.org.id, subject: first[0].title }, select: { toAddress: true } });
    expect(mail.map((m) => m.toAddress).sort()).toEqual([team.owner.email, team.cio.email, team.secondCio.email].sort());

    await runReminders(daysBefore(29));
    await runReminders(daysBefore(15));
    expect(await notificationsOf(deal.id, "SIGNING_NEAR")).toHaveLength(3);

    await runReminders(daysBefore(14));
    const second = (await notificationsOf(deal.id, "SIGNING_NEAR")).slice(3);
    expect(second).toHaveLength(3);
    expect(second[0].title).toBe(`Northwind fine-tune signs in 14 days with ${open} must-haves open`);

    await runReminders(daysBefore(1));
    const third = (await notificationsOf(deal.id, "SIGNING_NEAR")).slice(6);
    expect(third.map((n) => n.title)).toEqual(Array(3).fill(`Northwind fine-tune signs tomorrow with ${open} must-haves open`));
    await runReminders(daysBefore(0));
    await runReminders(daysBefore(-1));
    expect(await notificationsOf(deal.id, "SIGNING_NEAR")).toHaveLength(9);
  });

  it("a deal first seen 20 days out gets the 30-day reminder; a moved date reminds again", async () => {
    const deal = await dealSigningOn(team, "Moved date deal");
    await runReminders(daysBefore(20));
    const first = await notificationsOf(deal.id, "SIGNING_NEAR");
    expect(first.map((n) => n.dedupeKey)).toEqual(Array(3).fill(`signing-near:${deal.id}:30:${TARGET}`));
    expect(first[0].title).toMatch(/signs in 20 days/);

    await getDb().deal.update({ where: { id: deal.id }, data: { targetSigningDate: new Date("2027-04-10T00:00:00Z") } });
    await runReminders(daysBefore(20));
    const keys = (await notificationsOf(deal.id, "SIGNING_NEAR")).map((n) => n.dedupeKey);
    expect(keys.slice(3)).toEqual(Array(3).fill(`signing-near:${deal.id}:30:2027-04-10`));
  });

  it("says nothing when every must-have is settled, or the deal is archived, signed or walked away from", async () => {
    const db = getDb();
    const settled = await dealSigningOn(team, "Settled deal");
    const mustHaves = await db.dealClause.findMany({ where: { dealId: settled.id, priority: "MUST_HAVE" }, select: { id: true } });
    const [met, fallback, ...rest] = mustHaves.map((c) => c.id);
    await db.dealClause.updateMany({ where: { id: met }, data: { status: "MUST_HAVE_MET" } });
    await db.dealClause.updateMany({ where: { id: fallback }, data: { status: "FALLBACK_ACCEPTED" } });
    await db.dealClause.updateMany({ where: { id: { in: rest } }, data: { status: "NOT_APPLICABLE" } });
    const archived = await dealSigningOn(team, "Archived deal");
    await db.deal.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const signed = await dealSigningOn(team, "Signed deal");
    await db.deal.update({ where: { id: signed.id }, data: { stage: "SIGNED" } });
    const walked = await dealSigningOn(team, "Walked-away deal");
    await db.deal.update({ where: { id: walked.id }, data: { stage: "WALKED_AWAY" } });

    await runReminders(daysBefore(10));
    for (const deal of [settled, archived, signed, walked]) expect(await notificationsOf(deal.id, "SIGNING_NEAR")).toEqual([]);

    // A retired must-have does not count as open; one reopened clause does.
    await db.dealClause.update({ where: { id: met }, data: { status: "IN_NEGOTIATION", retiredAt: new Date() } });
    await runReminders(daysBefore(10));
    expect(await notificationsOf(settled.id, "SIGNING_NEAR")).toEqual([]);
    await db.dealClause.update({ where: { id: fallback }, data: { status: "BELOW_WALK_AWAY" } });
    await runReminders(daysBefore(10));
    const told = await notificationsOf(settled.id, "SIGNING_NEAR");
    expect(told).toHaveLength(3);
    expect(told[0].title).toBe("Settled deal signs in 10 days with 1 must-have open");
  });

  it("never tells another organisation's people, nor members who are not the owner or a CIO", async () => {
    const deal = await dealSigningOn(team, "Scoped deal");
    await runReminders(daysBefore(7));
    const recipients = new Set((await notificationsOf(deal.id, "SIGNING_NEAR")).map((n) => n.userId));
    expect(recipients).toEqual(new Set([team.owner.id, team.cio.id, team.secondCio.id]));
    for (const other of [team.admin, team.viewer, team.outsiderCio])
      expect(await getDb().notification.count({ where: { userId: other.id, kind: "SIGNING_NEAR" } })).toBe(0);
  });
});

describe("accepted risk due for review", () => {
  it("reminds its owner (else who accepted it) from the review date on, once per review date", async () => {
    const db = getDb();
    const deal = await dealSigningOn(team, "Risky deal", "2028-01-01");
    const clauses = await db.dealClause.findMany({ where: { dealId: deal.id }, take: 3, include: { clause: { select: { title: true } } } });
    const owned = await db.riskAcceptance.create({
      data: {
        dealId: deal.id,
        dealClauseId: clauses[0].id,
        acceptedById: team.cio.id,
        ownerId: team.owner.id,
        rationale: "Vendor caps it",
        reviewOn: new Date("2027-06-01T00:00:00Z"),
      },
    });
    const unowned = await db.riskAcceptance.create({
      data: {
        dealId: deal.id,
        dealClauseId: clauses[1].id,
        acceptedById: team.secondCio.id,
        rationale: "Low exposure",
        reviewOn: new Date("2027-06-03T00:00:00Z"),
      },
    });
    await db.riskAcceptance.create({
      data: {
        dealId: deal.id,
        dealClauseId: clauses[2].id,
        acceptedById: team.cio.id,
        rationale: "Revoked",
        reviewOn: new Date("2027-05-01T00:00:00Z"),
        revokedAt: new Date(),
      },
    });

    await runReminders(new Date("2027-05-31T23:59:00Z"));
    expect(await notificationsOf(deal.id, "RISK_REVIEW_DUE")).toEqual([]);

    await runReminders(new Date("2027-06-01T00:01:00Z"));
    const first = await notificationsOf(deal.id, "RISK_REVIEW_DUE");
    expect(first).toEqual([
      expect.objectContaining({
        userId: team.owner.id,
        title: `Review the accepted risk on “${clauses[0].clause.title}” in Risky deal`,
        link: `/deals/${deal.id}/review`,
        dedupeKey: `risk-review:${owned.id}:2027-06-01`,
      }),
    ]);

    await runReminders(new Date("2027-06-10T08:00:00Z"));
    await runReminders(new Date("2027-06-11T08:00:00Z"));
    const all = await notificationsOf(deal.id, "RISK_REVIEW_DUE");
    expect(all.map((n) => [n.userId, n.dedupeKey])).toEqual([
      [team.owner.id, `risk-review:${owned.id}:2027-06-01`],
      [team.secondCio.id, `risk-review:${unowned.id}:2027-06-03`],
    ]);

    // A new review date reminds again when it comes; an archived deal's risks do not.
    await db.riskAcceptance.update({ where: { id: owned.id }, data: { reviewOn: new Date("2027-09-01T00:00:00Z") } });
    await runReminders(new Date("2027-09-01T08:00:00Z"));
    expect((await notificationsOf(deal.id, "RISK_REVIEW_DUE")).map((n) => n.dedupeKey)).toContain(`risk-review:${owned.id}:2027-09-01`);
    await db.riskAcceptance.update({ where: { id: owned.id }, data: { reviewOn: new Date("2027-10-01T00:00:00Z") } });
    await db.deal.update({ where: { id: deal.id }, data: { archivedAt: new Date() } });
    await runReminders(new Date("2027-10-02T08:00:00Z"));
    expect(await notificationsOf(deal.id, "RISK_REVIEW_DUE")).toHaveLength(3);
  });
});

describe("deal idle in negotiation", () => {
  it("reminds the owner after 14 days without activity, and again after a new idle period", async () => {
    const db = getDb();
    const idle = await dealSigningOn(team, "Quiet deal", "2029-01-01");
    const intake = await createTestDeal(team.ownerActor, { name: "Intake deal", stage: "INTAKE", targetSigningDate: new Date("2029-01-01T00:00:00Z") });
    const lastActivity = new Date("2027-01-01T10:00:00.000Z");
    await db.deal.updateMany({ where: { id: { in: [idle.id, intake.deal.id] } }, data: { updatedAt: lastActivity } });

    await runReminders(new Date("2027-01-15T09:59:00Z"));
    expect(await notificationsOf(idle.id, "DEAL_IDLE")).toEqual([]);

    await runReminders(new Date("2027-01-15T10:01:00Z"));
    await runReminders(new Date("2027-01-20T10:00:00Z"));
    const told = await notificationsOf(idle.id, "DEAL_IDLE");
    expect(told).toEqual([
      {
        userId: team.owner.id,
        title: "Quiet deal has had no activity for 14 days",
        link: `/deals/${idle.id}`,
        dedupeKey: `deal-idle:${idle.id}:2027-01-01T10:00:00.000`,
        email: "DIGEST_PENDING",
      },
    ]);
    expect(await notificationsOf(intake.deal.id, "DEAL_IDLE")).toEqual([]);

    await db.deal.update({ where: { id: idle.id }, data: { updatedAt: new Date("2027-02-01T09:00:00.000Z") } });
    await runReminders(new Date("2027-02-10T10:00:00Z"));
    expect(await notificationsOf(idle.id, "DEAL_IDLE")).toHaveLength(1);
    await runReminders(new Date("2027-02-16T10:00:00Z"));
    expect((await notificationsOf(idle.id, "DEAL_IDLE")).map((n) => n.dedupeKey)).toEqual([
      `deal-idle:${idle.id}:2027-01-01T10:00:00.000`,
      `deal-idle:${idle.id}:2027-02-01T09:00:00.000`,
    ]);
  });
});

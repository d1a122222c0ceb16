import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { NotificationKind } from "@/lib/domain/enums";
import { afterDealsInserted } from "@/lib/services/deal-changes";
import { updateDealClause } from "@/lib/services/deal-clauses";
import { updateDeal } from "@/lib/services/deals";
import { setMemberApprover } from "@/lib/services/members";
import { getOrganizationSettings, updateOrganizationSettings } from "@/lib/services/organizations";
import { acceptRisk, decideReview, getReviewPage, giveSecondApproval } from "@/lib/services/reviews";
import { submitForReview } from "@/lib/services/submissions";
import { appErrorOf } from "@/lib/test/app-error";
import { snapshotOrgs, watchAudit } from "@/lib/test/db-snapshot";
import { createTestDeal, dealInput, TEST_EVIDENCE } from "@/lib/test/deals";
import { actorFor, createTeam, createUser } from "@/lib/test/factories";
import type { TOrganizationSettings } from "@/lib/validation/organization";
import { isoDateInDays, ZAcceptRisk } from "@/lib/validation/review";

// The teamwork review workflow: a submission tells the CIOs; a decision tells the submitter and the
// owner; the approval policy (a second approver; a risk acceptor never the only approver); an
// approval gone stale tells its approvers. Each notification exactly once, to the right people only.

const db = getDb();

/** A team whose deal (owned by the manager) is settled everywhere, so it is ready for approval, plus a second CIO, a legal reviewer (a second manager, the approver the tests flag) and a CIO of another organisation. */
async function setup(options: { gap?: boolean } = {}) {
  const team = await createTeam();
  const secondCio = await createUser(team.org.id, "CIO");
  const legalUser = await createUser(team.org.id, "MANAGER", { name: "Legal reviewer" });
  const legal = { id: legalUser.id, actor: await actorFor(legalUser.id) };
  const foreignCio = await createUser(team.otherOrg.id, "CIO");
  const { deal } = await createTestDeal(team.actors.NEGOTIATOR, { ownerId: team.users.MANAGER.id });
  // Settled in bulk (as a fixture writes): the services' per-clause path is covered elsewhere and slow.
  await db.dealClause.updateMany({ where: { dealId: deal.id }, data: { status: "MUST_HAVE_MET", ...TEST_EVIDENCE } });
  const gap = options.gap
    ? await db.dealClause.findFirstOrThrow({ where: { dealId: deal.id, priority: "MUST_HAVE" }, orderBy: { clause: { position: "asc" } } })
    : null;
  if (gap) await db.dealClause.update({ where: { id: gap.id }, data: { status: "IN_NEGOTIATION", agreedLanguage: "", contractReference: "" } });
  await db.$transaction((tx) => afterDealsInserted(tx, [deal.id]));
  return { team, deal, gap, secondCio, foreignCio, legal };
}

async function submit(actor: Actor, dealId: string, note = "Ready for a look: every must-have is met.") {
  const { version } = await db.deal.findUniqueOrThrow({ where: { id: dealId } });
  return submitForReview(actor, { dealId, version, note });
}

const notified = (dealId: string, kind: NotificationKind) =>
  db.notification.findMany({ where: { dealId, kind }, orderBy: { userId: "asc" } }).then((rows) => rows.map((r) => r.userId).sort());

const ids = (...userIds: string[]) => [...userIds].sort();
const stageOf = async (dealId: string) => (await db.deal.findUniqueOrThrow({ where: { id: dealId } })).stage;
const flagApprover = (organizationId: string, userId: string) =>
  db.membership.update({ where: { userId_organizationId: { userId, organizationId } }, data: { approver: true } });
const requirePolicy = (organizationId: string) => db.organization.update({ where: { id: organizationId }, data: { requireSecondApproval: true } });

describe("submit for review", () => {
  it("moves the deal to CIO review, records who and why, audits it and tells each CIO of the organisation once", async () => {
    const { team, deal, secondCio, foreignCio } = await setup();
    const watch = await watchAudit(team.org.id);
    const { id } = await submit(team.actors.NEGOTIATOR, deal.id);
    expect(await stageOf(deal.id)).toBe("CIO_REVIEW");
    expect(await db.dealSubmission.findUniqueOrThrow({ where: { id } })).toMatchObject({
      dealId: deal.id,
      submittedById: team.users.NEGOTIATOR.id,
      note: "Ready for a look: every must-have is met.",
    });
    const events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: "DealSubmission", entityId: id, action: "deal.submitted", before: { stage: "INTAKE" } });
    expect(await notified(deal.id, "SUBMITTED")).toEqual(ids(team.users.CIO.id, secondCio.id));
    expect(await notified(deal.id, "SUBMITTED")).not.toContain(foreignCio.id);
    const [row] = await db.notification.findMany({ where: { dealId: deal.id, kind: "SUBMITTED", userId: team.users.CIO.id } });
    expect(row).toMatchObject({ link: `/deals/${deal.id}/review`, actorId: team.users.NEGOTIATOR.id, body: "Ready for a look: every must-have is met." });
  });

  it("refuses a stale form, a deal already in review, and a foreign deal, writing nothing", async () => {
    const { team, deal } = await setup();
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    expect((await appErrorOf(submitForReview(team.actors.NEGOTIATOR, { dealId: deal.id, version: deal.version + 5, note: "" }))).code).toBe("CONFLICT");
    expect((await appErrorOf(submitForReview(team.foreignAdmin, { dealId: deal.id, version: deal.version, note: "" }))).code).toBe("NOT_FOUND");
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
    await submit(team.actors.NEGOTIATOR, deal.id);
    const during = await snapshotOrgs(team.org.id);
    expect((await appErrorOf(submit(team.actors.ADMIN, deal.id))).code).toBe("CONFLICT");
    expect(await snapshotOrgs(team.org.id)).toEqual(during);
  });

  it("the deal form can no longer move a deal into CIO review", async () => {
    const { team, deal } = await setup();
    const error = await appErrorOf(
      updateDeal(team.actors.NEGOTIATOR, { ...dealInput(team.users.MANAGER.id, { stage: "CIO_REVIEW" }), dealId: deal.id, version: deal.version }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["stage"]);
  });
});

describe("decisions tell the latest submitter and the owner", () => {
  it("changes requested: CHANGES_REQUESTED with the comment; approval: APPROVED; never the decider, never another organisation", async () => {
    const { team, deal } = await setup();
    await submit(team.actors.NEGOTIATOR, deal.id);
    await decideReview(team.actors.CIO, { dealId: deal.id, decision: "CHANGES_REQUESTED", comment: "Tighten the escrow release terms." });
    expect(await stageOf(deal.id)).toBe("NEGOTIATING");
    expect(await notified(deal.id, "CHANGES_REQUESTED")).toEqual(ids(team.users.NEGOTIATOR.id, team.users.MANAGER.id));
    const rows = await db.notification.findMany({ where: { dealId: deal.id, kind: "CHANGES_REQUESTED" } });
    expect(rows.every((r) => r.body === "Tighten the escrow release terms." && r.link === `/deals/${deal.id}/review`)).toBe(true);

    await submit(team.actors.ADMIN, deal.id);
    const { stage, complete } = await decideReview(team.actors.CIO, { dealId: deal.id, decision: "APPROVED", comment: "" });
    expect({ stage, complete }).toEqual({ stage: "APPROVED", complete: true });
    // The latest submitter is the admin now.
    expect(await notified(deal.id, "APPROVED")).toEqual(ids(team.users.ADMIN.id, team.users.MANAGER.id));
    expect(await db.notification.count({ where: { organizationId: team.otherOrg.id } })).toBe(0);
  });
});

describe("the second-approver policy", () => {
  it("the first approval keeps the deal in review and tells the approvers; a non-flagged member and the same person are refused; a flagged approver completes it", async () => {
    const { team, deal, legal } = await setup();
    await requirePolicy(team.org.id);
    await flagApprover(team.org.id, legal.id);
    await flagApprover(team.org.id, team.users.CIO.id);
    await submit(team.actors.NEGOTIATOR, deal.id);

    const first = await decideReview(team.actors.CIO, { dealId: deal.id, decision: "APPROVED", comment: "" });
    expect(first).toMatchObject({ stage: "CIO_REVIEW", complete: false });
    expect(await notified(deal.id, "SECOND_APPROVAL_NEEDED")).toEqual([legal.id]);
    expect(await notified(deal.id, "APPROVED")).toEqual([]);
    const page = await getReviewPage(legal.actor, deal.id);
    expect(page.approval).toMatchObject({ label: "1 of 2 approvals", canSecondApprove: true });
    expect(page.approval.waiting).toMatch(/waiting for a second approver/);

    const before = await snapshotOrgs(team.org.id);
    const notFlagged = await appErrorOf(giveSecondApproval(await actorFor(team.users.MANAGER.id), { dealId: deal.id, decision: "APPROVED", comment: "" }));
    expect(notFlagged.code).toBe("FORBIDDEN");
    const samePerson = await appErrorOf(giveSecondApproval(team.actors.CIO, { dealId: deal.id, decision: "APPROVED", comment: "" }));
    expect(samePerson.code).toBe("CONFLICT");
    const anotherCio = await appErrorOf(decideReview(team.actors.ADMIN, { dealId: deal.id, decision: "APPROVED", comment: "" }));
    expect(anotherCio.code).toBe("CONFLICT");
    expect(await snapshotOrgs(team.org.id)).toEqual(before);

    const second = await giveSecondApproval(legal.actor, { dealId: deal.id, decision: "APPROVED", comment: "Legal is fine with it." });
    expect(second).toMatchObject({ stage: "APPROVED", complete: true });
    expect(await db.review.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ secondApproval: true, reviewerId: legal.id });
    expect(await notified(deal.id, "APPROVED")).toEqual(ids(team.users.NEGOTIATOR.id, team.users.MANAGER.id));
    const done = await getReviewPage(team.actors.CIO, deal.id);
    expect(done.approval.label).toBe("2 of 2 approvals");
    expect(done.approval.approvers.map((a) => a.secondApproval)).toEqual([false, true]);
  });

  it("a clause change stales the partial approval and tells its approver, the owner and the submitter; nothing is left to second", async () => {
    const { team, deal, legal } = await setup();
    await requirePolicy(team.org.id);
    await flagApprover(team.org.id, legal.id);
    await submit(team.actors.NEGOTIATOR, deal.id);
    const first = await decideReview(team.actors.CIO, { dealId: deal.id, decision: "APPROVED", comment: "" });
    const clause = await db.dealClause.findFirstOrThrow({ where: { dealId: deal.id }, orderBy: { clause: { position: "asc" } } });
    await updateDealClause(team.actors.NEGOTIATOR, {
      dealClauseId: clause.id,
      version: clause.version,
      status: "MUST_HAVE_MET",
      notApplicableReason: "",
      agreedLanguage: "Reworded after the call with the vendor.",
      contractReference: clause.contractReference,
      notes: clause.notes,
    });
    expect((await db.review.findUniqueOrThrow({ where: { id: first.id } })).staleAt).not.toBeNull();
    expect(await stageOf(deal.id)).toBe("CIO_REVIEW");
    expect(await notified(deal.id, "APPROVAL_STALE")).toEqual(ids(team.users.CIO.id, team.users.MANAGER.id));
    // The negotiator made the change: never told about their own action.
    const error = await appErrorOf(giveSecondApproval(legal.actor, { dealId: deal.id, decision: "APPROVED", comment: "" }));
    expect(error.code).toBe("CONFLICT");
  });

  it("a second approver's request for changes stales the standing approval", async () => {
    const { team, deal, legal } = await setup();
    await requirePolicy(team.org.id);
    await flagApprover(team.org.id, legal.id);
    await submit(team.actors.NEGOTIATOR, deal.id);
    const first = await decideReview(team.actors.CIO, { dealId: deal.id, decision: "APPROVED", comment: "" });
    await giveSecondApproval(legal.actor, { dealId: deal.id, decision: "CHANGES_REQUESTED", comment: "The liability cap needs legal's wording." });
    expect((await db.review.findUniqueOrThrow({ where: { id: first.id } })).staleAt).not.toBeNull();
    expect(await stageOf(deal.id)).toBe("NEGOTIATING");
    expect(await notified(deal.id, "CHANGES_REQUESTED")).toEqual(ids(team.users.NEGOTIATOR.id, team.users.MANAGER.id));
  });
});

describe("a risk acceptor is never the only approver", () => {
  it("without the policy, the acceptor's approval waits for another person's, and the page says why", async () => {
    const { team, deal, gap, secondCio, legal } = await setup({ gap: true });
    await flagApprover(team.org.id, legal.id);
    await acceptRisk(team.actors.CIO, { dealId: deal.id, dealClauseId: gap!.id, rationale: "Escrow covers this gap for the pilot phase." });
    await submit(team.actors.NEGOTIATOR, deal.id);
    const first = await decideReview(team.actors.CIO, { dealId: deal.id, decision: "APPROVED", comment: "" });
    expect(first).toMatchObject({ stage: "CIO_REVIEW", complete: false });
    expect(await notified(deal.id, "SECOND_APPROVAL_NEEDED")).toEqual(ids(legal.id, team.users.ADMIN.id, secondCio.id));
    expect((await getReviewPage(team.actors.ADMIN, deal.id)).approval.waiting).toMatch(/accepted one of this deal's risks/);
    const second = await decideReview(team.actors.ADMIN, { dealId: deal.id, decision: "APPROVED", comment: "" });
    expect(second).toMatchObject({ stage: "APPROVED", complete: true });
  });
});

describe("a risk acceptance's owner and review date", () => {
  it("defaults to the accepting CIO and 90 days out; takes another member and a future date", async () => {
    const { team, deal, gap } = await setup({ gap: true });
    const { id } = await acceptRisk(team.actors.CIO, { dealId: deal.id, dealClauseId: gap!.id, rationale: "Escrow covers this gap for the pilot phase." });
    const row = await db.riskAcceptance.findUniqueOrThrow({ where: { id } });
    expect(row.ownerId).toBe(team.users.CIO.id);
    expect(row.reviewOn?.toISOString().slice(0, 10)).toBe(isoDateInDays(90));
    const page = await getReviewPage(team.actors.CIO, deal.id);
    expect(page.gaps.find((g) => g.dealClauseId === gap!.id)?.acceptance).toMatchObject({ owner: team.users.CIO.name, reviewOn: isoDateInDays(90) });
  });

  it("refuses a date not in the future (field reviewOn) and an owner who is not a member (field ownerId), writing nothing", async () => {
    const parsed = (reviewOn: string) => ZAcceptRisk.safeParse({ dealId: "c".repeat(25), dealClauseId: "c".repeat(25), rationale: "x".repeat(30), reviewOn });
    for (const date of [isoDateInDays(0), isoDateInDays(-3), "2026-02-30", "soon"]) {
      const result = parsed(date);
      expect(result.success, date).toBe(false);
      expect(result.error!.issues.map((i) => i.path.join("."))).toEqual(["reviewOn"]);
    }
    expect(parsed(isoDateInDays(1)).success).toBe(true);
    const { team, deal, gap } = await setup({ gap: true });
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    const error = await appErrorOf(
      acceptRisk(team.actors.CIO, {
        dealId: deal.id,
        dealClauseId: gap!.id,
        rationale: "Escrow covers this gap for the pilot phase.",
        ownerId: team.foreignAdmin.userId,
        reviewOn: null,
      }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["ownerId"]);
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
  });
});

describe("the policy setting and the approver flag", () => {
  it("the admin turns the policy on (version-checked, audited) and flags a member (audited); the same value twice is a conflict", async () => {
    const team = await createTeam();
    const read = await getOrganizationSettings(team.actors.ADMIN);
    // The form sends what it read.
    const settings = {
      ...read,
      defaultCurrency: read.defaultCurrency as TOrganizationSettings["defaultCurrency"],
      ssoDefaultRole: read.ssoDefaultRole as "VIEWER",
    };
    expect(settings.requireSecondApproval).toBe(false);
    const watch = await watchAudit(team.org.id);
    const saved = await updateOrganizationSettings(team.actors.ADMIN, { ...settings, requireSecondApproval: true });
    expect(saved).toMatchObject({ requireSecondApproval: true, version: settings.version + 1 });
    const [event] = await watch.added();
    expect(event).toMatchObject({ action: "organization.settings-changed", before: { requireSecondApproval: false }, after: { requireSecondApproval: true } });
    const stale = await appErrorOf(updateOrganizationSettings(team.actors.ADMIN, { ...settings, requireSecondApproval: false }));
    expect(stale.code).toBe("CONFLICT");
    // A form without the field (from before the policy existed) leaves it as it is.
    const { requireSecondApproval: _omitted, ...older } = { ...settings, version: saved.version };
    expect((await updateOrganizationSettings(team.actors.ADMIN, { ...older, name: "Renamed" })).requireSecondApproval).toBe(true);

    const membershipOf = (userId: string) => db.membership.findUniqueOrThrow({ where: { userId_organizationId: { userId, organizationId: team.org.id } } });
    // A viewer only reads: flagging one is refused on the field, and nothing is written.
    const viewer = await membershipOf(team.users.VIEWER.id);
    const beforeViewer = await snapshotOrgs(team.org.id);
    const refused = await appErrorOf(setMemberApprover(team.actors.ADMIN, { membershipId: viewer.id, approver: true }));
    expect([refused.code, Object.keys(refused.fieldErrors ?? {})]).toEqual(["INVALID_INPUT", ["approver"]]);
    expect(await snapshotOrgs(team.org.id)).toEqual(beforeViewer);

    const membership = await membershipOf(team.users.MANAGER.id);
    const flagWatch = await watchAudit(team.org.id);
    await setMemberApprover(team.actors.ADMIN, { membershipId: membership.id, approver: true });
    expect((await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).approver).toBe(true);
    const [flagged] = await flagWatch.added();
    expect(flagged).toMatchObject({ action: "member.approver-changed", entityId: membership.id, before: { approver: false }, after: { approver: true } });
    expect((await appErrorOf(setMemberApprover(team.actors.ADMIN, { membershipId: membership.id, approver: true }))).code).toBe("CONFLICT");
    expect((await appErrorOf(setMemberApprover(team.foreignAdmin, { membershipId: membership.id, approver: false }))).code).toBe("NOT_FOUND");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { assignClause } from "@/lib/services/clause-assignment";
import { COMMENT_EDIT_WINDOW_MS, deleteComment, editComment, listClauseComments, postComment } from "@/lib/services/comments";
import { setDealArchived } from "@/lib/services/deals";
import { getMyOpenClauses } from "@/lib/services/home";
import { appErrorOf } from "@/lib/test/app-error";
import { snapshotOrgs } from "@/lib/test/db-snapshot";
import { createTestDeal } from "@/lib/test/deals";
import { actorFor, createTeam, createUser } from "@/lib/test/factories";

type Team = Awaited<ReturnType<typeof createTeam>>;
let team: Team;
let deal: { id: string; name: string };
let clause: { id: string; title: string };

beforeAll(async () => {
  team = await createTeam();
  const made = await createTestDeal(team.actors.NEGOTIATOR, { name: "Northwind fine-tune" });
  deal = made.deal;
  const row = await getDb().dealClause.findUniqueOrThrow({ where: { id: made.clause.id }, include: { clause: { select: { title: true } } } });
  clause = { id: row.id, title: row.clause.title };
});

const db = () => getDb();
const at = (email: string) => `@${email}`;
const mentionsOf = (commentId: string) => db().notification.findMany({ where: { kind: "MENTION", link: { endsWith: `#comment-${commentId}` } } });
const snapshot = () => snapshotOrgs(team.org.id, team.otherOrg.id);

describe("posting a comment", () => {
  it("tells each mentioned member once (never the author, never another organisation) and audits it", async () => {
    const { NEGOTIATOR: author, CIO: cio, MANAGER: manager } = team.users;
    const body = `${at(cio.email)} and ${at(manager.email.toUpperCase())}: is escrow enough? cc ${at(author.email)} ${at(cio.email)}`;
    const { id } = await postComment(team.actors.NEGOTIATOR, { dealClauseId: clause.id, body });

    const comment = await db().clauseComment.findUniqueOrThrow({ where: { id } });
    expect(comment).toMatchObject({ dealId: deal.id, dealClauseId: clause.id, authorId: author.id, body });
    expect(new Set(comment.mentionedUserIds)).toEqual(new Set([cio.id, manager.id, author.id]));

    const told = await mentionsOf(id);
    expect(told.map((n) => n.userId).sort()).toEqual([cio.id, manager.id].sort());
    for (const n of told) {
      expect(n).toMatchObject({
        organizationId: team.org.id,
        actorId: author.id,
        dealId: deal.id,
        title: `${team.actors.NEGOTIATOR.name} mentioned you on ${clause.title} — Northwind fine-tune`,
        link: `/deals/${deal.id}/clauses/${clause.id}#comment-${id}`,
      });
      // The notification shows names, not addresses.
      expect(n.body).toContain(`@${cio.name}`);
    }
    expect(await db().notification.count({ where: { organizationId: team.otherOrg.id } })).toBe(0);

    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: id } });
    expect(audit).toMatchObject({ action: "comment.posted", dealId: deal.id, actorId: author.id });
  });

  it.each([
    ["a member of another organisation", () => team.foreignAdmin.email],
    ["an address nobody has", () => "nobody@nowhere.example"],
    ["a disabled member", async () => (await disabledMember()).email],
  ])("refuses a mention of %s on the body field, writing nothing", async (_label, emailOf) => {
    const email = await emailOf();
    const before = await snapshot();
    const error = await appErrorOf(
      postComment(team.actors.NEGOTIATOR, { dealClauseId: clause.id, body: `${at(team.users.CIO.email)} and ${at(email)}, see this` }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["body"]);
    expect(error.fieldErrors!.body[0]).toContain(`@${email.toLowerCase()} is not a member of this organisation`);
    expect(await snapshot()).toEqual(before);
  });

  it("is refused on another organisation's clause (not found) and on an archived deal", async () => {
    expect((await appErrorOf(postComment(team.foreignAdmin, { dealClauseId: clause.id, body: "Hello" }))).code).toBe("NOT_FOUND");
    const { deal: archived, clause: archivedClause } = await createTestDeal(team.actors.NEGOTIATOR);
    await setDealArchived(team.actors.NEGOTIATOR, { dealId: archived.id, version: archived.version, archived: true });
    const before = await snapshot();
    expect((await appErrorOf(postComment(team.actors.NEGOTIATOR, { dealClauseId: archivedClause.id, body: "Hello" }))).code).toBe("CONFLICT");
    expect(await snapshot()).toEqual(before);
  });
});

async function disabledMember() {
  const user = await createUser(team.org.id, "CIO");
  await db().membership.updateMany({ where: { userId: user.id }, data: { disabledAt: new Date() } });
  return user;
}

describe("editing a comment", () => {
  it("lets the author edit within the window, audited with before and after; a new mention tells only the newly mentioned", async () => {
    const { CIO: cio, VIEWER: viewer } = team.users;
    const { id } = await postComment(team.actors.NEGOTIATOR, { dealClauseId: clause.id, body: `${at(cio.email)} please check` });
    await editComment(team.actors.NEGOTIATOR, { commentId: id, body: `${at(cio.email)} please check, and ${at(viewer.email)} too` });

    const comment = await db().clauseComment.findUniqueOrThrow({ where: { id } });
    expect(comment.editedAt).not.toBeNull();
    expect(new Set(comment.mentionedUserIds)).toEqual(new Set([cio.id, viewer.id]));
    const told = await mentionsOf(id);
    expect(told.map((n) => n.userId).sort()).toEqual([cio.id, viewer.id].sort());

    const edited = await db().auditEvent.findFirstOrThrow({ where: { entityId: id, action: "comment.edited" } });
    expect(edited.before).toMatchObject({ body: `${at(cio.email)} please check` });
    expect(edited.after).toMatchObject({ body: comment.body });

    // Editing again with the same people tells nobody again.
    await editComment(team.actors.NEGOTIATOR, { commentId: id, body: `${at(viewer.email)} ${at(cio.email)} thanks` });
    expect(await mentionsOf(id)).toHaveLength(2);
  });

  it("refuses an edit after the window, by someone else, or of a deleted comment, changing nothing", async () => {
    const { id } = await postComment(team.actors.NEGOTIATOR, { dealClauseId: clause.id, body: "First thoughts" });

    let before = await snapshot();
    expect((await appErrorOf(editComment(team.actors.ADMIN, { commentId: id, body: "Not mine" }))).code).toBe("FORBIDDEN");
    expect((await appErrorOf(editComment(team.foreignAdmin, { commentId: id, body: "Not mine" }))).code).toBe("NOT_FOUND");
    expect(await snapshot()).toEqual(before);

    // The server's clock decides: a minute past the window is too late.
    const late = () => new Date(Date.now() + COMMENT_EDIT_WINDOW_MS + 60_000);
    const error = await appErrorOf(editComment(team.actors.NEGOTIATOR, { commentId: id, body: "Second thoughts" }, late));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/5 minutes after it is posted/);
    expect(await snapshot()).toEqual(before);

    await deleteComment(team.actors.NEGOTIATOR, { commentId: id });
    before = await snapshot();
    expect((await appErrorOf(editComment(team.actors.NEGOTIATOR, { commentId: id, body: "Back again" }))).code).toBe("CONFLICT");
    expect(await snapshot()).toEqual(before);
  });
});

describe("deleting a comment", () => {
  it("is soft: by its author, or by an admin for anyone's; refused for other people", async () => {
    const own = await postComment(team.actors.CIO, { dealClauseId: clause.id, body: "Mine to delete" });
    const moderated = await postComment(team.actors.CIO, { dealClauseId: clause.id, body: "An admin removes this" });

    const before = await snapshot();
    for (const role of ["NEGOTIATOR", "MANAGER", "VIEWER"] as const) {
      expect((await appErrorOf(deleteComment(team.actors[role], { commentId: own.id }))).code).toBe("FORBIDDEN");
    }
    expect((await appErrorOf(deleteComment(team.foreignAdmin, { commentId: own.id }))).code).toBe("NOT_FOUND");
    expect(await snapshot()).toEqual(before);

    await deleteComment(team.actors.CIO, { commentId: own.id });
    await deleteComment(team.actors.ADMIN, { commentId: moderated.id });
    const rows = await db().clauseComment.findMany({ where: { id: { in: [own.id, moderated.id] } } });
    expect(rows.map((r) => [r.id, r.deletedById, r.deletedAt !== null]).sort()).toEqual(
      [
        [own.id, team.users.CIO.id, true],
        [moderated.id, team.users.ADMIN.id, true],
      ].sort(),
    );
    const audits = await db().auditEvent.findMany({ where: { entityId: { in: [own.id, moderated.id] }, action: "comment.deleted" } });
    expect(audits.map((a) => a.actorId).sort()).toEqual([team.users.CIO.id, team.users.ADMIN.id].sort());

    // The thread keeps their place, without their words.
    const thread = await listClauseComments(team.actors.VIEWER, deal.id, clause.id);
    const shown = thread.filter((c) => c.id === own.id || c.id === moderated.id);
    expect(shown.map((c) => [c.deleted, c.body, c.canEdit, c.canDelete])).toEqual([
      [true, "", false, false],
      [true, "", false, false],
    ]);
    expect((await appErrorOf(deleteComment(team.actors.ADMIN, { commentId: own.id }))).code).toBe("CONFLICT");
  });

  it("lists the thread oldest first, with what the reader may do", async () => {
    const { deal: d, clause: c } = await createTestDeal(team.actors.NEGOTIATOR);
    const first = await postComment(team.actors.NEGOTIATOR, { dealClauseId: c.id, body: "One" });
    const second = await postComment(team.actors.CIO, { dealClauseId: c.id, body: "Two" });
    const asNegotiator = await listClauseComments(team.actors.NEGOTIATOR, d.id, c.id);
    expect(asNegotiator.map((x) => [x.id, x.canEdit, x.canDelete])).toEqual([
      [first.id, true, true],
      [second.id, false, false],
    ]);
    const asAdmin = await listClauseComments(team.actors.ADMIN, d.id, c.id);
    expect(asAdmin.map((x) => [x.canEdit, x.canDelete])).toEqual([
      [false, true],
      [false, true],
    ]);
  });
});

describe("assigning a clause", () => {
  it("tells a new assignee once, not on a date change, not when people assign themselves; audited", async () => {
    const { clause: c } = await createTestDeal(team.actors.NEGOTIATOR);
    const cio = team.users.CIO;
    const assigned = await assignClause(team.actors.NEGOTIATOR, { dealClauseId: c.id, version: c.version, assigneeId: cio.id, dueOn: new Date("2027-01-15") });
    expect(assigned.version).toBe(c.version + 1);
    const row = await db().dealClause.findUniqueOrThrow({ where: { id: c.id } });
    expect(row).toMatchObject({ assigneeId: cio.id, dueOn: new Date("2027-01-15T00:00:00Z") });

    const assignments = () => db().notification.findMany({ where: { kind: "ASSIGNMENT", link: `/deals/${c.dealId}/clauses/${c.id}` } });
    expect((await assignments()).map((n) => [n.userId, n.actorId])).toEqual([[cio.id, team.users.NEGOTIATOR.id]]);
    expect((await assignments())[0].body).toBe("Due 15 Jan 2027.");

    await assignClause(team.actors.NEGOTIATOR, { dealClauseId: c.id, version: assigned.version, assigneeId: cio.id, dueOn: null });
    expect(await assignments()).toHaveLength(1);

    const self = await assignClause(team.actors.CIO, { dealClauseId: c.id, version: assigned.version + 1, assigneeId: team.users.MANAGER.id, dueOn: null });
    await assignClause(team.actors.CIO, { dealClauseId: c.id, version: self.version, assigneeId: cio.id, dueOn: null });
    expect((await assignments()).map((n) => n.userId).sort()).toEqual([cio.id, team.users.MANAGER.id].sort());

    const audits = await db().auditEvent.findMany({ where: { entityId: c.id, action: "clause.assigned" }, orderBy: { createdAt: "asc" } });
    expect(audits).toHaveLength(4);
    expect(audits[0].before).toMatchObject({ assigneeId: null, dueOn: null });
    expect(audits[0].after).toMatchObject({ assigneeId: cio.id, dueOn: "2027-01-15" });
  });

  it("refuses a stale version, a non-member or disabled assignee, and roles without clause:assign, writing nothing", async () => {
    const { clause: c } = await createTestDeal(team.actors.NEGOTIATOR);
    const before = await snapshot();
    const stale = await appErrorOf(
      assignClause(team.actors.NEGOTIATOR, { dealClauseId: c.id, version: c.version + 1, assigneeId: team.users.CIO.id, dueOn: null }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/Someone else changed this clause/);
    expect(await snapshot()).toEqual(before);
    for (const assigneeId of [team.foreignAdmin.userId, (await disabledMember()).id]) {
      const after = await snapshot();
      const error = await appErrorOf(assignClause(team.actors.NEGOTIATOR, { dealClauseId: c.id, version: c.version, assigneeId, dueOn: null }));
      expect([error.code, Object.keys(error.fieldErrors ?? {})]).toEqual(["INVALID_INPUT", ["assigneeId"]]);
      expect(await snapshot()).toEqual(after);
    }
    const now = await snapshot();
    for (const role of ["VIEWER", "MANAGER"] as const) {
      expect((await appErrorOf(assignClause(team.actors[role], { dealClauseId: c.id, version: c.version, assigneeId: null, dueOn: null }))).code).toBe(
        "FORBIDDEN",
      );
    }
    expect((await appErrorOf(assignClause(team.foreignAdmin, { dealClauseId: c.id, version: c.version, assigneeId: null, dueOn: null }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await snapshot()).toEqual(now);
  });
});

describe("my open clauses", () => {
  it("lists the open clauses assigned to me on live deals of this organisation, soonest due first", async () => {
    const me = await createUser(team.org.id, "NEGOTIATOR");
    // Also a member of the other organisation, with a clause assigned there.
    await db().membership.create({ data: { userId: me.id, organizationId: team.otherOrg.id, role: "NEGOTIATOR" } });
    const actor = await actorFor(me.id, team.org.id);
    const { deal: live } = await createTestDeal(team.actors.NEGOTIATOR, { name: "Live deal" });
    const { deal: archived } = await createTestDeal(team.actors.NEGOTIATOR, { name: "Archived deal" });
    const { deal: signed } = await createTestDeal(team.actors.NEGOTIATOR, { name: "Signed deal" });
    const { deal: foreign } = await createTestDeal(team.foreignAdmin, { name: "Foreign deal" });
    const clauses = await db().dealClause.findMany({ where: { dealId: live.id }, orderBy: { id: "asc" }, take: 6, include: { clause: true } });
    const today = new Date();
    const day = (offset: number) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offset));
    // Fixtures written directly: what is listed depends on the rows, not on how they were written.
    const assign = (id: string, dueOn: Date | null, data: object = {}) =>
      db().dealClause.update({ where: { id }, data: { assigneeId: me.id, dueOn, ...data } });
    await assign(clauses[0].id, day(10));
    await assign(clauses[1].id, day(-3));
    await assign(clauses[2].id, null);
    await assign(clauses[3].id, day(-9), { status: "MUST_HAVE_MET" });
    await assign(clauses[4].id, day(1), { status: "NOT_APPLICABLE", notApplicableReason: "n/a" });
    await assign(clauses[5].id, day(2), { assigneeId: team.users.CIO.id });
    for (const other of [archived, signed, foreign]) {
      const c = await db().dealClause.findFirstOrThrow({ where: { dealId: other.id } });
      await assign(c.id, day(-20));
    }
    await db().deal.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    await db().deal.update({ where: { id: signed.id }, data: { stage: "SIGNED" } });

    const mine = await getMyOpenClauses(actor);
    expect(mine.map((c) => [c.dealClauseId, c.dueOn])).toEqual([
      [clauses[1].id, day(-3).toISOString().slice(0, 10)],
      [clauses[0].id, day(10).toISOString().slice(0, 10)],
      [clauses[2].id, null],
    ]);
    expect(mine[0]).toMatchObject({ dealId: live.id, dealName: "Live deal", clauseTitle: clauses[1].clause.title, status: "NOT_STARTED" });
    expect(await getMyOpenClauses(team.actors.VIEWER)).toEqual([]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/domain/enums";
import { AppError } from "@/lib/errors";
import { DEFAULT_DELIVERY } from "@/lib/notifications/kinds";
import { notify } from "@/lib/notifications/notify";
import {
  getNotificationPreferences,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  unreadNotificationCount,
  updateNotificationPreferences,
} from "@/lib/services/notifications";
import { actorFor, createOrganization, createTeam } from "@/lib/test/factories";
import { snapshotOrgs } from "@/lib/test/db-snapshot";

type Team = Awaited<ReturnType<typeof createTeam>>;
let team: Team;

/** A notification for `userId` in `organizationId`, written directly (a fixture; notify() is tested on its own). */
async function notification(organizationId: string, userId: string, fields: { title?: string; createdAt?: Date; readAt?: Date | null; link?: string } = {}) {
  return getDb().notification.create({
    data: {
      organizationId,
      userId,
      kind: "MENTION",
      title: fields.title ?? "Mentioned",
      link: fields.link ?? "/deals/x/clauses/y",
      createdAt: fields.createdAt,
      readAt: fields.readAt ?? null,
    },
  });
}

async function refusal(promise: Promise<unknown>): Promise<AppError["code"] | "resolved"> {
  return promise.then(
    () => "resolved" as const,
    (error: unknown) => {
      if (error instanceof AppError) return error.code;
      throw error;
    },
  );
}

const allPreferences = (delivery: (kind: NotificationKind) => "IN_APP" | "EMAIL" | "DIGEST") =>
  Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, delivery(kind)])) as Record<NotificationKind, "IN_APP" | "EMAIL" | "DIGEST">;

beforeAll(async () => {
  team = await createTeam();
});

describe("the inbox shows the actor's own notifications in the current organisation only", () => {
  it("never lists or counts another person's, nor the actor's own of another organisation", async () => {
    const { NEGOTIATOR: me, CIO: colleague } = team.users;
    const { org: second } = await createOrganization("Second inbox org");
    await getDb().membership.create({ data: { userId: me.id, organizationId: second.id, role: "VIEWER" } });
    const mine = await notification(team.org.id, me.id, { title: "Mine, unread" });
    const mineRead = await notification(team.org.id, me.id, { title: "Mine, read", readAt: new Date() });
    await notification(team.org.id, colleague.id, { title: "The colleague's" });
    await notification(second.id, me.id, { title: "Mine, elsewhere" });
    await notification(team.otherOrg.id, team.foreignAdmin.userId, { title: "Another organisation's" });

    const actor = await actorFor(me.id, team.org.id);
    const all = await listNotifications(actor, {});
    expect(all.items.map((i) => i.id).sort()).toEqual([mine.id, mineRead.id].sort());
    expect((await listNotifications(actor, { filter: "unread" })).items.map((i) => i.title)).toEqual(["Mine, unread"]);
    expect(await unreadNotificationCount(actor)).toBe(1);

    const elsewhere = await actorFor(me.id, second.id);
    expect((await listNotifications(elsewhere, {})).items.map((i) => i.title)).toEqual(["Mine, elsewhere"]);
    expect(await unreadNotificationCount(elsewhere)).toBe(1);
  });

  it("pages newest first: each page continues below the last one shown, ties broken by id, nothing skipped or repeated", async () => {
    const user = team.users.MANAGER;
    const actor = await actorFor(user.id);
    const sameInstant = new Date("2026-11-30T12:00:00Z");
    const created = [];
    for (let i = 0; i < 7; i++) {
      // Three share one timestamp: the page boundary falls among them.
      const createdAt = i >= 2 && i <= 4 ? sameInstant : new Date(Date.UTC(2026, 10, 20 + i));
      created.push(await notification(team.org.id, user.id, { title: `n${i}`, createdAt }));
    }
    const expected = [...created].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1)).map((n) => n.id);
    const seen: string[] = [];
    let before: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await listNotifications(actor, { before }, 3);
      seen.push(...page.items.map((i) => i.id));
      if (!page.olderBefore) break;
      before = page.olderBefore;
    }
    expect(seen).toEqual(expected);
    // Another person's notification as the cursor is no cursor: the newest page.
    const foreign = await notification(team.org.id, team.users.VIEWER.id);
    expect((await listNotifications(actor, { before: foreign.id }, 3)).items.map((i) => i.id)).toEqual(expected.slice(0, 3));
  });

  it("gives no link that is not an app path", async () => {
    const user = team.users.VIEWER;
    await notification(team.org.id, user.id, { title: "Bad link", link: "//evil.example/x" });
    const page = await listNotifications(await actorFor(user.id), {});
    expect(page.items.find((i) => i.title === "Bad link")?.link).toBeNull();
  });
});

describe("marking read", () => {
  it("marks the actor's own notification read and returns its link; again is fine and keeps the first time", async () => {
    const actor = team.actors.CIO;
    const n = await notification(team.org.id, actor.userId, { link: "/deals/d/review" });
    expect(await markNotificationRead(actor, { notificationId: n.id })).toEqual({ link: "/deals/d/review" });
    const first = (await getDb().notification.findUniqueOrThrow({ where: { id: n.id } })).readAt;
    expect(first).not.toBeNull();
    await markNotificationRead(actor, { notificationId: n.id });
    expect((await getDb().notification.findUniqueOrThrow({ where: { id: n.id } })).readAt).toEqual(first);
  });

  it("refuses another person's notification and another organisation's with NOT_FOUND, changing nothing", async () => {
    const colleagues = await notification(team.org.id, team.users.ADMIN.id);
    const foreign = await notification(team.otherOrg.id, team.foreignAdmin.userId);
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    expect(await refusal(markNotificationRead(team.actors.CIO, { notificationId: colleagues.id }))).toBe("NOT_FOUND");
    expect(await refusal(markNotificationRead(team.actors.ADMIN, { notificationId: foreign.id }))).toBe("NOT_FOUND");
    expect(await refusal(markNotificationRead(team.actors.ADMIN, { notificationId: "no-such-notification" }))).toBe("NOT_FOUND");
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
  });

  it("mark all read covers the actor's own notifications here that had arrived by `upTo`, nobody else's", async () => {
    const { org } = await createOrganization("Mark all org");
    const { org: second } = await createOrganization("Mark all second");
    const me = await getDb().user.create({
      data: { email: `mark-all-${org.id}@test.example`, name: "Mark All", memberships: { create: [{ organizationId: org.id, role: "NEGOTIATOR" }] } },
    });
    await getDb().membership.create({ data: { userId: me.id, organizationId: second.id, role: "NEGOTIATOR" } });
    const other = await getDb().user.create({
      data: { email: `mark-all-other-${org.id}@test.example`, name: "Other", memberships: { create: [{ organizationId: org.id, role: "CIO" }] } },
    });
    const upTo = new Date("2026-11-30T12:00:00Z");
    const old1 = await notification(org.id, me.id, { createdAt: new Date("2026-11-29T00:00:00Z") });
    const old2 = await notification(org.id, me.id, { createdAt: upTo });
    const later = await notification(org.id, me.id, { createdAt: new Date("2026-11-30T12:00:01Z") });
    const othersOwn = await notification(org.id, other.id, { createdAt: new Date("2026-11-29T00:00:00Z") });
    const mineElsewhere = await notification(second.id, me.id, { createdAt: new Date("2026-11-29T00:00:00Z") });

    expect(await markAllNotificationsRead(await actorFor(me.id, org.id), { upTo })).toEqual({ marked: 2 });
    const readIds = (await getDb().notification.findMany({ where: { readAt: { not: null }, organizationId: { in: [org.id, second.id] } } })).map((n) => n.id);
    expect(readIds.sort()).toEqual([old1.id, old2.id].sort());
    expect(readIds).not.toContain(later.id);
    expect(readIds).not.toContain(othersOwn.id);
    expect(readIds).not.toContain(mineElsewhere.id);
  });
});

describe("preferences", () => {
  it("reads the kind's default where nothing is chosen; saves only what differs from the defaults; audits the change in each organisation", async () => {
    const { org: second } = await createOrganization("Preferences second");
    const user = team.users.NEGOTIATOR;
    await getDb().membership.upsert({
      where: { userId_organizationId: { userId: user.id, organizationId: second.id } },
      create: { userId: user.id, organizationId: second.id, role: "VIEWER" },
      update: {},
    });
    const actor = await actorFor(user.id, team.org.id);
    expect(await getNotificationPreferences(actor)).toEqual(NOTIFICATION_KINDS.map((kind) => ({ kind, delivery: DEFAULT_DELIVERY[kind], isDefault: true })));

    const wanted = allPreferences((kind) => (kind === "MENTION" ? "IN_APP" : kind === "SUBMITTED" ? "DIGEST" : DEFAULT_DELIVERY[kind]));
    expect(await updateNotificationPreferences(actor, wanted)).toEqual({ changed: ["MENTION", "SUBMITTED"] });
    const stored = await getDb().notificationPreference.findMany({
      where: { userId: user.id },
      select: { kind: true, delivery: true },
      orderBy: { kind: "asc" },
    });
    expect(stored).toEqual([
      { kind: "MENTION", delivery: "IN_APP" },
      { kind: "SUBMITTED", delivery: "DIGEST" },
    ]);
    expect((await getNotificationPreferences(actor)).find((p) => p.kind === "MENTION")).toEqual({ kind: "MENTION", delivery: "IN_APP", isDefault: false });
    const events = await getDb().auditEvent.findMany({ where: { actorId: user.id, action: "notifications.preferences-changed" } });
    const memberships = await getDb().membership.findMany({ where: { userId: user.id }, select: { organizationId: true } });
    expect(memberships.map((m) => m.organizationId)).toContain(second.id);
    expect(events.map((e) => e.organizationId).sort()).toEqual(memberships.map((m) => m.organizationId).sort());
    expect(events[0].before).toEqual({ MENTION: "EMAIL", SUBMITTED: "EMAIL" });
    expect(events[0].after).toEqual({ MENTION: "IN_APP", SUBMITTED: "DIGEST" });

    // The same choices again: nothing written, no event. Back to the default: the row goes.
    expect(await updateNotificationPreferences(actor, wanted)).toEqual({ changed: [] });
    await updateNotificationPreferences(
      actor,
      allPreferences((kind) => (kind === "SUBMITTED" ? "DIGEST" : DEFAULT_DELIVERY[kind])),
    );
    expect(await getDb().notificationPreference.findMany({ where: { userId: user.id }, select: { kind: true } })).toEqual([{ kind: "SUBMITTED" }]);
    expect(await getDb().auditEvent.count({ where: { actorId: user.id, action: "notifications.preferences-changed" } })).toBe(2 * memberships.length);
  });

  it("the saved choice decides what notify() queues: EMAIL an email, DIGEST the digest, IN_APP nothing", async () => {
    const { org } = await createOrganization("Preferences notify org");
    const db = getDb();
    const person = (name: string) =>
      db.user.create({ data: { email: `${name}-${org.id}@test.example`, name, memberships: { create: { organizationId: org.id, role: "CIO" } } } });
    const [byEmail, byDigest, inApp, sender] = [await person("email"), await person("digest"), await person("inapp"), await person("sender")];
    const choose = async (userId: string, delivery: "IN_APP" | "EMAIL" | "DIGEST") =>
      updateNotificationPreferences(
        await actorFor(userId),
        allPreferences((kind) => (kind === "APPROVAL_STALE" ? delivery : DEFAULT_DELIVERY[kind])),
      );
    // EMAIL is the kind's default: chosen over a different earlier choice, it is what applies.
    await choose(byEmail.id, "IN_APP");
    await choose(byEmail.id, "EMAIL");
    await choose(byDigest.id, "DIGEST");
    await choose(inApp.id, "IN_APP");

    const result = await db.$transaction((tx) =>
      notify(tx, {
        organizationId: org.id,
        kind: "APPROVAL_STALE",
        recipients: [byEmail.id, byDigest.id, inApp.id],
        actorId: sender.id,
        title: "An approval went stale",
        link: "/deals/x/review",
      }),
    );
    expect(result.emailsQueued).toBe(1);
    const rows = await db.notification.findMany({ where: { organizationId: org.id }, select: { userId: true, email: true } });
    expect(Object.fromEntries(rows.map((r) => [r.userId, r.email]))).toEqual({ [byEmail.id]: "QUEUED", [byDigest.id]: "DIGEST_PENDING", [inApp.id]: "NONE" });
    expect((await db.outboxMessage.findMany({ where: { organizationId: org.id }, select: { toAddress: true } })).map((m) => m.toAddress)).toEqual([
      byEmail.email,
    ]);
    // Everyone still sees it in their inbox, whatever the delivery.
    for (const user of [byEmail, byDigest, inApp]) expect(await unreadNotificationCount(await actorFor(user.id))).toBe(1);
  });
});

describe("the unread count", () => {
  // It is on every page (the header): one count that an index answers, never a read of the whole table.
  it("is answered from an index on the person", async () => {
    await getDb().$transaction(async (tx) => {
      // A small test table may be read whole by the planner; with sequential scans off it must have an index to use.
      await tx.$executeRawUnsafe(`SET LOCAL enable_seqscan = off`);
      const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN (FORMAT TEXT) SELECT count(*) FROM "Notification" WHERE "userId" = $1 AND "organizationId" = $2 AND "readAt" IS NULL`,
        team.users.NEGOTIATOR.id,
        team.org.id,
      );
      const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
      expect(plan).not.toMatch(/Seq Scan/);
      // Which of the person's indexes the planner takes depends on the table's statistics; each starts with the person.
      expect(plan).toMatch(/Index Cond: \(+"userId" = /);
    });
  });
});

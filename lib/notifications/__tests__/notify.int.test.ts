import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { createOrganization, createUser } from "@/lib/test/factories";

describe("notify", () => {
  it("tells active members of the organisation only, never the actor, and queues email by preference", async () => {
    const { org } = await createOrganization("Notify Org");
    const { org: other } = await createOrganization("Notify Other");
    const actor = await createUser(org.id, "NEGOTIATOR");
    const cio = await createUser(org.id, "CIO");
    const digestPerson = await createUser(org.id, "MANAGER");
    const inAppPerson = await createUser(org.id, "VIEWER");
    const disabled = await createUser(org.id, "CIO");
    const outsider = await createUser(other.id, "CIO");
    const db = getDb();
    await db.membership.updateMany({ where: { userId: disabled.id }, data: { disabledAt: new Date() } });
    await db.notificationPreference.createMany({
      data: [
        { userId: digestPerson.id, kind: "SUBMITTED", delivery: "DIGEST" },
        { userId: inAppPerson.id, kind: "SUBMITTED", delivery: "IN_APP" },
      ],
    });
    const result = await db.$transaction((tx) =>
      notify(tx, {
        organizationId: org.id,
        kind: "SUBMITTED",
        recipients: [actor.id, cio.id, digestPerson.id, inAppPerson.id, disabled.id, outsider.id],
        actorId: actor.id,
        title: "Deal submitted for review",
        link: "/deals/x/review",
      }),
    );
    expect(new Set(result.notifiedUserIds)).toEqual(new Set([cio.id, digestPerson.id, inAppPerson.id]));
    expect(result.emailsQueued).toBe(1);
    const rows = await db.notification.findMany({ where: { organizationId: org.id }, select: { userId: true, email: true } });
    expect(Object.fromEntries(rows.map((r) => [r.userId, r.email]))).toEqual({
      [cio.id]: "QUEUED",
      [digestPerson.id]: "DIGEST_PENDING",
      [inAppPerson.id]: "NONE",
    });
    const mail = await db.outboxMessage.findMany({ where: { organizationId: org.id }, select: { toAddress: true, kind: true } });
    expect(mail).toEqual([{ toAddress: cio.email, kind: "notification" }]);
  });

  it("with a dedupe key, tells each person once however often it runs", async () => {
    const { org } = await createOrganization("Notify Dedupe");
    const owner = await createUser(org.id, "NEGOTIATOR");
    const db = getDb();
    const once = () =>
      db.$transaction((tx) =>
        notify(tx, {
          organizationId: org.id,
          kind: "DEAL_IDLE",
          recipients: [owner.id],
          actorId: null,
          title: "Idle",
          link: "/deals/x",
          dedupeKey: "idle:x:1",
        }),
      );
    expect((await once()).notifiedUserIds).toEqual([owner.id]);
    expect((await once()).notifiedUserIds).toEqual([]);
    expect(await db.notification.count({ where: { userId: owner.id } })).toBe(1);
  });
});

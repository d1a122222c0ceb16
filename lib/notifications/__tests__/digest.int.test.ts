import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { deliveryIdle } from "@/lib/mail/deliver";
import { sendDigests } from "@/lib/notifications/digest";
import { notify } from "@/lib/notifications/notify";
import { createTestDeal } from "@/lib/test/deals";
import { actorFor, createOrganization, createUser } from "@/lib/test/factories";

// Daily digests: one email per person listing what they chose to receive daily, grouped by deal.
// Other files' pending notifications may be digested too; every assertion is about this file's people.

const DAY = 86_400_000;
const later = () => new Date(Date.now() + DAY);

/** A second server process's view of the database: its own pool and client. */
const otherProcess = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }) });

afterEach(async () => {
  await deliveryIdle();
});

afterAll(async () => {
  await otherProcess.$disconnect();
});

let org: Awaited<ReturnType<typeof createOrganization>>["org"];
let actor: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  ({ org } = await createOrganization("Digest Org"));
  actor = await createUser(org.id, "CIO");
});

async function tell(
  recipientId: string,
  kind: "SUBMITTED" | "APPROVED" | "MENTION" | "DEAL_IDLE",
  title: string,
  dealId: string | null,
  link = `/deals/${dealId}`,
) {
  return getDb().$transaction((tx) => notify(tx, { organizationId: org.id, kind, recipients: [recipientId], actorId: actor.id, dealId, title, link }));
}

const digestsTo = (email: string) =>
  getDb().outboxMessage.findMany({ where: { toAddress: email, kind: "digest" }, select: { subject: true, text: true, organizationId: true } });

describe("sendDigests", () => {
  it("sends one email listing a person's digest notifications grouped by deal, and nothing on the next run", async () => {
    const person = await createUser(org.id, "NEGOTIATOR", { name: "Dana Digest" });
    const personActor = await actorFor(person.id);
    const db = getDb();
    await db.notificationPreference.createMany({
      data: [
        { userId: person.id, kind: "SUBMITTED", delivery: "DIGEST" },
        { userId: person.id, kind: "MENTION", delivery: "IN_APP" },
        { userId: person.id, kind: "APPROVED", delivery: "EMAIL" },
      ],
    });
    const { deal: zephyr } = await createTestDeal(personActor, { name: "Zephyr vision model" });
    const { deal: atlas } = await createTestDeal(personActor, { name: "Atlas claims model" });
    await tell(person.id, "SUBMITTED", "Zephyr submitted for review", zephyr.id, `/deals/${zephyr.id}/review`);
    await tell(person.id, "DEAL_IDLE", "Zephyr has had no activity for 15 days", zephyr.id);
    await tell(person.id, "DEAL_IDLE", "Atlas has had no activity for 20 days", atlas.id);
    await tell(person.id, "MENTION", "In-app only mention", atlas.id);
    await tell(person.id, "APPROVED", "Emailed at once approval", atlas.id);

    const counts = await sendDigests(later());
    expect(counts.emails).toBeGreaterThanOrEqual(1);
    const [digest, ...more] = await digestsTo(person.email);
    expect(more).toEqual([]);
    expect(digest.organizationId).toBe(org.id);
    expect(digest.subject).toBe(`Your Dealplaybook digest: 3 updates in ${org.name}`);
    const text = digest.text;
    // Atlas before Zephyr (by deal name), each item under its deal with its link.
    const at = (s: string) => text.indexOf(s);
    expect(text).toMatch(/^Hello Dana Digest,/);
    expect(at("Atlas claims model")).toBeGreaterThan(0);
    expect(at("Atlas has had no activity for 20 days")).toBeGreaterThan(at("Atlas claims model"));
    expect(at("Zephyr vision model")).toBeGreaterThan(at("Atlas has had no activity for 20 days"));
    expect(at("Zephyr submitted for review")).toBeGreaterThan(at("Zephyr vision model"));
    expect(at("Zephyr has had no activity for 15 days")).toBeGreaterThan(at("Zephyr vision model"));
    expect(text).toContain(`/deals/${zephyr.id}/review`);
    expect(text).toContain(`/deals/${atlas.id}\n`);
    expect(text).not.toContain("In-app only mention");
    expect(text).not.toContain("Emailed at once approval");

    const states = await db.notification.findMany({ where: { userId: person.id }, select: { title: true, email: true } });
    expect(Object.fromEntries(states.map((s) => [s.title, s.email]))).toEqual({
      "Zephyr submitted for review": "DIGESTED",
      "Zephyr has had no activity for 15 days": "DIGESTED",
      "Atlas has had no activity for 20 days": "DIGESTED",
      "In-app only mention": "NONE",
      "Emailed at once approval": "QUEUED",
    });

    await sendDigests(later());
    expect(await digestsTo(person.email)).toHaveLength(1);
  });

  it("lists only what was notified up to the run's time, and leaves the rest for the next digest", async () => {
    const person = await createUser(org.id, "NEGOTIATOR");
    await tell(person.id, "DEAL_IDLE", "Before the run", null, "/");
    await sendDigests(new Date(Date.now() - DAY));
    expect(await digestsTo(person.email)).toEqual([]);
    await sendDigests(later());
    const [digest] = await digestsTo(person.email);
    expect(digest.text).toContain("Other updates\n- Before the run");
  });

  it("two processes running at once send a person's digest once", async () => {
    const people = await Promise.all([1, 2, 3].map(() => createUser(org.id, "MANAGER")));
    for (const [i, person] of people.entries()) for (const n of [1, 2]) await tell(person.id, "DEAL_IDLE", `Idle ${i}.${n}`, null, "/");
    const now = later();
    await Promise.all([sendDigests(now), sendDigests(now, otherProcess), sendDigests(now, otherProcess)]);
    for (const [i, person] of people.entries()) {
      const digests = await digestsTo(person.email);
      expect(digests).toHaveLength(1);
      expect(digests[0].text).toContain(`Idle ${i}.1`);
      expect(digests[0].text).toContain(`Idle ${i}.2`);
    }
  });

  it("skips people who are no longer active members, keeping their notifications pending", async () => {
    const person = await createUser(org.id, "VIEWER");
    await tell(person.id, "DEAL_IDLE", "For a member who left", null, "/");
    await getDb().membership.updateMany({ where: { userId: person.id }, data: { disabledAt: new Date() } });
    await sendDigests(later());
    expect(await digestsTo(person.email)).toEqual([]);
    expect(await getDb().notification.findFirstOrThrow({ where: { userId: person.id }, select: { email: true } })).toEqual({ email: "DIGEST_PENDING" });
  });
});

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type PgBoss from "pg-boss";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createBoss, registerJobs } from "@/lib/jobs/boss";
import { JOBS, type JobDefinition } from "@/lib/jobs/definitions";
import { deliveryIdle } from "@/lib/mail/deliver";
import { queueEmail } from "@/lib/mail/queue";
import { runReminders } from "@/lib/notifications/reminders";
import { createTestDeal } from "@/lib/test/deals";
import { actorFor, createOrganization, createUser } from "@/lib/test/factories";
import { webhookFixture } from "@/lib/test/webhooks";

// Two server processes on one database, as production runs them: each with its own pg pool, its own
// Prisma client and its own pg-boss, working the same queues. pg-boss's tables go to a schema of this
// file's own, dropped afterwards, so other test files never see them.

const SCHEMA = `pgboss_it_${process.pid}`;
const DAY = 86_400_000;

interface Process {
  pool: pg.Pool;
  db: PrismaClient;
  boss: PgBoss;
}

function serverProcess(): Process {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: 3 });
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  const boss = createBoss({ connectionString: process.env.DATABASE_URL!, max: 2 }, SCHEMA);
  boss.on("error", (error) => console.error("[test pg-boss]", error));
  return { pool, db, boss };
}

const processes: Process[] = [serverProcess(), serverProcess()];
const quiet = () => undefined;

/** Resolves once `count` callers have arrived: the runs that wait on it overlap for certain. */
function barrier(count: number) {
  let arrived = 0;
  let release!: () => void;
  let fail!: (error: Error) => void;
  const all = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = reject;
  });
  const timer = setTimeout(() => fail(new Error("the other worker never started a run")), 20_000);
  return () => {
    if (++arrived >= count) {
      clearTimeout(timer);
      release();
    }
    return all;
  };
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

let team: { org: { id: string }; owner: { id: string; email: string }; cio: { id: string; email: string } };

beforeAll(async () => {
  const { org } = await createOrganization("Two Workers Org");
  const owner = await createUser(org.id, "NEGOTIATOR");
  const cio = await createUser(org.id, "CIO");
  team = { org, owner, cio };
  // Both start at once, as two processes booting together would: pg-boss creates its schema once.
  await Promise.all(processes.map((p) => p.boss.start()));
});

afterEach(async () => {
  await deliveryIdle();
});

afterAll(async () => {
  await Promise.all(processes.map((p) => p.boss.stop({ graceful: true, wait: true, timeout: 10_000 })));
  await Promise.all(processes.map((p) => p.db.$disconnect()));
  await getDb().$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
});

async function dealSigningIn(days: number, name: string) {
  const today = new Date();
  const target = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + days * DAY);
  const { deal } = await createTestDeal(await actorFor(team.owner.id), { name, stage: "NEGOTIATING", targetSigningDate: target });
  return deal;
}

async function expectToldOnce(dealId: string) {
  const db = getDb();
  const rows = await db.notification.findMany({ where: { dealId, kind: "SIGNING_NEAR" }, select: { userId: true, title: true } });
  expect(rows.map((r) => r.userId).sort()).toEqual([team.owner.id, team.cio.id].sort());
  const mail = await db.outboxMessage.findMany({ where: { subject: rows[0].title }, select: { toAddress: true } });
  expect(mail.map((m) => m.toAddress).sort()).toEqual([team.owner.email, team.cio.email].sort());
}

describe("two workers on one database", () => {
  it("two pg-boss instances working the reminders queue at once send each reminder once", async () => {
    const deal = await dealSigningIn(20, "Two workers deal");
    const bothRunning = barrier(2);
    const ran: number[] = [];
    // Each process's worker runs the real reminders job, held at the start of its first run until the
    // other process's worker is in a run too.
    await Promise.all(
      processes.map((p, i) => {
        const job: JobDefinition = {
          ...JOBS.reminders,
          run: async (db, now) => {
            if (!ran.includes(i)) await bothRunning();
            ran.push(i);
            return JOBS.reminders.run(db, now);
          },
        };
        return registerJobs(p.boss, [job], { db: p.db, schedule: false, log: quiet, pollingSeconds: 0.5 });
      }),
    );
    const ids: (string | null)[] = [];
    for (let n = 0; n < 3; n++) for (const p of processes) ids.push(await p.boss.send("reminders", {}));
    await until("every reminders job to complete", async () => {
      const jobs = await Promise.all(ids.map((id) => processes[0].boss.getJobById("reminders", id!, { includeArchive: true })));
      return jobs.every((j) => j?.state === "completed");
    });
    expect(new Set(ran)).toEqual(new Set([0, 1]));
    expect(ran).toHaveLength(6);
    await expectToldOnce(deal.id);
    await Promise.all(processes.map((p) => p.boss.offWork("reminders")));
  });

  it("runReminders called at once from two pools sends each reminder once", async () => {
    const deal = await dealSigningIn(12, "Concurrent runs deal");
    const now = new Date();
    await Promise.all([
      runReminders(now, processes[0].db),
      runReminders(now, processes[1].db),
      runReminders(now, processes[0].db),
      runReminders(now, processes[1].db),
    ]);
    await expectToldOnce(deal.id);
  });

  it("the mail-deliver job sends what is due (mail retries run as a job)", async () => {
    const to = `two-workers-${Date.now()}@test.example`;
    const { id } = await getDb().$transaction((tx) =>
      queueEmail(tx, { kind: "notification", to, subject: "Retry me", text: "Body", organizationId: team.org.id }),
    );
    await processes[1].db.outboxMessage.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    await registerJobs(processes[0].boss, [JOBS["mail-deliver"]], { db: processes[0].db, schedule: false, log: quiet, pollingSeconds: 0.5 });
    await processes[1].boss.send("mail-deliver", {});
    // Without SMTP_URL, delivery stores the message for /admin/outbox.
    const stored = await until("the message to be delivered", async () => {
      const message = await getDb().outboxMessage.findUniqueOrThrow({ where: { id } });
      return message.status === "STORED" && message;
    });
    expect(stored.attempts).toBe(1);
  });

  it("the webhook-deliver job attempts what is due (webhook retries run as a job)", async () => {
    // A loopback target: the attempt is refused before any connection, and recorded.
    const { deliveryId } = await webhookFixture(team.org.id, team.cio.id);
    await getDb().webhook.updateMany({ where: { deliveries: { some: { id: deliveryId } } }, data: { active: true } });
    await getDb().webhookDelivery.update({ where: { id: deliveryId }, data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(Date.now() - 1000) } });
    await registerJobs(processes[0].boss, [JOBS["webhook-deliver"]], { db: processes[0].db, schedule: false, log: quiet, pollingSeconds: 0.5 });
    await processes[1].boss.send("webhook-deliver", {});
    const attempted = await until("the delivery to be attempted", async () => {
      const delivery = await getDb().webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
      return delivery.attempts === 1 && delivery;
    });
    expect(attempted).toMatchObject({ status: "PENDING", lastResponseStatus: null, lastError: expect.stringMatching(/public internet addresses/) });
    expect(attempted.nextAttemptAt!.getTime() - attempted.lastAttemptAt!.getTime()).toBe(60_000);
  });

  it("a run that throws is logged and recorded as failed by pg-boss; the worker goes on", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      let calls = 0;
      const failing: JobDefinition = {
        ...JOBS.digests,
        retryLimit: 0,
        run: async () => {
          calls++;
          throw new Error("digest store unavailable");
        },
      };
      await registerJobs(processes[1].boss, [failing], { db: processes[1].db, schedule: false, log: quiet, pollingSeconds: 0.5 });
      const first = await processes[1].boss.send("digests", {});
      const second = await processes[1].boss.send("digests", {});
      for (const id of [first, second]) {
        const job = await until("the run to fail", async () => {
          const found = await processes[1].boss.getJobById<object>("digests", id!, { includeArchive: true });
          return found?.state === "failed" && found;
        });
        expect(job.output).toMatchObject({ message: "digest store unavailable" });
      }
      expect(calls).toBe(2);
      expect(errors).toHaveBeenCalledWith("[jobs] digests failed:", "digest store unavailable");
    } finally {
      await processes[1].boss.offWork("digests");
      errors.mockRestore();
    }
  });

  it("schedules each job by its cron expression in UTC", async () => {
    const boss = processes[0].boss;
    for (const job of Object.values(JOBS)) await registerJobs(boss, [job], { db: processes[0].db, log: quiet });
    const schedules = await boss.getSchedules();
    expect(Object.fromEntries(schedules.map((s) => [s.name, [s.cron, (s as { timezone?: string }).timezone]]))).toEqual({
      "mail-deliver": ["* * * * *", "UTC"],
      "webhook-deliver": ["* * * * *", "UTC"],
      reminders: ["*/15 * * * *", "UTC"],
      digests: ["0 7 * * *", "UTC"],
    });
  });
});

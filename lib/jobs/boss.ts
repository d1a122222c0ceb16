import PgBoss from "pg-boss";
import type pg from "pg";
import type { Db } from "@/lib/db";
import type { JobDefinition } from "./definitions";

// pg-boss (its tables live in their own schema, `pgboss`), set up for our jobs: one queue and one cron
// schedule per job, and a worker in this process. The cron schedule is shared by all processes: each
// minute pg-boss lets one of them create the due job, and one worker takes it.

export const BOSS_SCHEMA = "pgboss";

/** Polling every 10 s is plenty for jobs scheduled by the minute, and light on a single-session database. */
const POLLING_SECONDS = 10;

export type BossConnection = { connectionString: string; max?: number } | { pool: pg.Pool };

/** Through its own small pool, or (the embedded database's single session) through a pool the app already holds. */
export function createBoss(connection: BossConnection, schema = BOSS_SCHEMA): PgBoss {
  const options: PgBoss.ConstructorOptions = {
    schema,
    application_name: "dealplaybook-jobs",
    cronWorkerIntervalSeconds: POLLING_SECONDS,
    // Completed and failed jobs are kept a week for looking into, then deleted.
    deleteAfterDays: 7,
  };
  if ("pool" in connection) {
    const pool = connection.pool;
    options.db = { executeSql: (text, values) => pool.query(text, values) };
  } else {
    options.connectionString = connection.connectionString;
    options.max = connection.max ?? 2;
  }
  return new PgBoss(options);
}

/** A run that found nothing to do (0, or only zero counts) is not worth a log line every minute. */
function didSomething(result: unknown): boolean {
  if (typeof result === "number") return result > 0;
  if (result && typeof result === "object") return Object.values(result).some((v) => typeof v !== "number" || v > 0);
  return false;
}

/**
 * pg-boss creates a queue's partition table in one statement; two processes starting together and
 * creating the same queue can deadlock (one is aborted). Creating is idempotent, so the loser retries.
 */
async function createQueueRetryingRaces(boss: PgBoss, queue: PgBoss.Queue, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await boss.createQueue(queue.name, queue);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= attempts || (code !== "40P01" && code !== "23505" && code !== "42P07")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
    }
  }
}

export interface RegisterOptions {
  db: Db;
  /** Also (re)write the cron schedules; a worker-only process leaves them alone. */
  schedule?: boolean;
  log?: (message: string) => void;
  /** How often this process's workers look for a job. */
  pollingSeconds?: number;
}

/** Creates the queues (idempotent), writes their schedules, and works them in this process with `db`. */
export async function registerJobs(
  boss: PgBoss,
  jobs: JobDefinition[],
  { db, schedule = true, log = console.log, pollingSeconds = POLLING_SECONDS }: RegisterOptions,
): Promise<void> {
  for (const job of jobs) {
    const queue = { name: job.name, retryLimit: job.retryLimit, retryDelay: job.retryDelaySeconds, expireInSeconds: job.expireInSeconds };
    await createQueueRetryingRaces(boss, queue);
    await boss.updateQueue(job.name, queue);
    if (schedule) await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
    await boss.work(job.name, { pollingIntervalSeconds: pollingSeconds }, async () => {
      const started = Date.now();
      try {
        const result = await job.run(db, new Date());
        if (didSomething(result)) log(`[jobs] ${job.name} done in ${Date.now() - started} ms: ${JSON.stringify(result)}`);
        return result;
      } catch (error) {
        // pg-boss records the failure and retries; the server goes on.
        console.error(`[jobs] ${job.name} failed:`, (error as Error)?.message ?? error);
        throw error;
      }
    });
  }
}

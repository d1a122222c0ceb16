import type PgBoss from "pg-boss";
import { getDb, getPool, isEmbeddedDatabase } from "@/lib/db";
import { createBoss, registerJobs } from "./boss";
import { enabledJobs } from "./definitions";

// Starts the job queue in a server process (instrumentation.ts). On a real PostgreSQL every server
// process runs it with a small pool of its own; on the embedded database (one session, held by the
// app's pool) it runs through the app's pool. A failure to start is logged and tried again a minute
// later: the server keeps serving, and mail still goes out right after each change (deliverSoon).

const RETRY_START_MS = 60_000;

const globalForJobs = globalThis as unknown as { __dpJobs?: { boss?: PgBoss; retry?: NodeJS.Timeout } };

const log = (message: string) => console.log(message);

async function start(): Promise<PgBoss | undefined> {
  const jobs = enabledJobs();
  if (!jobs.length) {
    log("[jobs] DEALPLAYBOOK_JOBS=none: no scheduled jobs in this process");
    return undefined;
  }
  const boss = createBoss(isEmbeddedDatabase() ? { pool: getPool() } : { connectionString: process.env.DATABASE_URL! });
  boss.on("error", (error) => console.error("[jobs] pg-boss:", error?.message ?? error));
  try {
    await boss.start();
    await registerJobs(boss, jobs, { db: getDb(), log });
  } catch (error) {
    await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
    throw error;
  }
  log(`[jobs] working ${jobs.map((j) => `${j.name} (${j.cron} UTC)`).join(", ")}${isEmbeddedDatabase() ? " on the embedded database" : ""}`);
  return boss;
}

/** Starts the queue once per process; never throws. */
export function startJobs(): void {
  if (globalForJobs.__dpJobs) return;
  const state: { boss?: PgBoss; retry?: NodeJS.Timeout } = {};
  globalForJobs.__dpJobs = state;
  const attempt = () => {
    start()
      .then((boss) => {
        state.boss = boss;
      })
      .catch((error) => {
        console.error(`[jobs] could not start the job queue (trying again in a minute): ${(error as Error)?.message ?? error}`);
        state.retry = setTimeout(attempt, RETRY_START_MS);
        state.retry.unref();
      });
  };
  attempt();
}

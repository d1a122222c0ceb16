import type { Db } from "@/lib/db";
import { deliverDueEmails } from "@/lib/mail/deliver";
import { sendDigests } from "@/lib/notifications/digest";
import { runReminders } from "@/lib/notifications/reminders";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";

// The scheduled work. Each job is idempotent on its own (mail and webhook deliveries are claimed one by one, reminders carry
// dedupe keys, digests claim the person), so any number of server processes may run the same job at
// the same time; the queue only decides when and retries a failed run.

export const JOB_NAMES = ["mail-deliver", "webhook-deliver", "reminders", "digests"] as const;
export type JobName = (typeof JOB_NAMES)[number];

export interface JobDefinition {
  name: JobName;
  /** Cron expression, UTC. */
  cron: string;
  /** Retries of a failed run before the next scheduled one takes over, and their spacing. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** A run still going after this long counts as failed (and is retried). */
  expireInSeconds: number;
  run(db: Db, now: Date): Promise<unknown>;
}

export const JOBS: Record<JobName, JobDefinition> = {
  // Mail that could not be sent yet; deliverSoon() sends new mail right after its change commits.
  "mail-deliver": {
    name: "mail-deliver",
    cron: "* * * * *",
    retryLimit: 0,
    retryDelaySeconds: 0,
    expireInSeconds: 600,
    run: (db, now) => deliverDueEmails(now, db),
  },
  // Webhook deliveries due for a retry; new ones are sent right after their change commits.
  "webhook-deliver": {
    name: "webhook-deliver",
    cron: "* * * * *",
    retryLimit: 0,
    retryDelaySeconds: 0,
    expireInSeconds: 600,
    run: (db, now) => deliverDueWebhooks(now, db),
  },
  reminders: { name: "reminders", cron: "*/15 * * * *", retryLimit: 2, retryDelaySeconds: 60, expireInSeconds: 900, run: (db, now) => runReminders(now, db) },
  digests: { name: "digests", cron: "0 7 * * *", retryLimit: 3, retryDelaySeconds: 300, expireInSeconds: 1800, run: (db, now) => sendDigests(now, db) },
};

/**
 * The jobs this process runs: DEALPLAYBOOK_JOBS, a comma-separated list of job names ("none" for
 * none), or all of them. Lets a deployment keep scheduled work off some processes, and the end-to-end
 * tests keep reminders out of the demo data they count.
 */
export function enabledJobs(setting = process.env.DEALPLAYBOOK_JOBS): JobDefinition[] {
  if (setting === undefined || setting.trim() === "") return Object.values(JOBS);
  const names = setting
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 1 && names[0] === "none") return [];
  const unknown = names.filter((n) => !(JOB_NAMES as readonly string[]).includes(n));
  if (unknown.length) throw new Error(`DEALPLAYBOOK_JOBS names unknown jobs: ${unknown.join(", ")} (known: ${JOB_NAMES.join(", ")}, or none)`);
  return names.map((n) => JOBS[n as JobName]);
}

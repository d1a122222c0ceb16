// Times the scheduled jobs' handlers on a large database:
//   DATABASE_URL=<migrated db filled by scripts/generate-deals.ts> npx tsx --conditions=react-server scripts/measure-reminders.ts [runs]
// Runs the reminders (and then the digests) `runs` times (default 2) at the current time and prints
// each run's duration and counts: the first run sends what is due, the later ones find nothing new.
// Writes notifications and mail into that database (without SMTP_URL the mail is stored, as for /admin/outbox).
import { disconnectDb, getDb } from "@/lib/db";
import { deliveryIdle } from "@/lib/mail/deliver";
import { sendDigests } from "@/lib/notifications/digest";
import { runReminders } from "@/lib/notifications/reminders";

async function timed<T>(label: string, run: () => Promise<T>): Promise<void> {
  const started = performance.now();
  const result = await run();
  console.log(`${label}: ${Math.round(performance.now() - started)} ms ${JSON.stringify(result)}`);
}

async function main() {
  const runs = Number(process.argv[2] ?? 2);
  const db = getDb();
  const [deals, clauses] = await Promise.all([db.deal.count(), db.dealClause.count()]);
  console.log(`${deals} deals, ${clauses} deal clauses`);
  for (let i = 1; i <= runs; i++) await timed(`reminders run ${i}`, () => runReminders(new Date()));
  await deliveryIdle();
  for (let i = 1; i <= runs; i++) await timed(`digests run ${i}`, () => sendDigests(new Date()));
  await deliveryIdle();
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);

// `npm run db:seed`: adds the demo organisation, users and playbook to the database in
// DATABASE_URL. Refuses to put demo users on a database unless asked to (SEED_DEMO=1).
import { disconnectDb, getDb } from "@/lib/db";
import { seedDemo } from "@/lib/seed/demo";

async function main() {
  if (process.env.SEED_DEMO !== "1") {
    console.error("Refusing to create demo users: set SEED_DEMO=1 to seed demo data into DATABASE_URL.");
    process.exitCode = 1;
    return;
  }
  const { created } = await seedDemo(getDb());
  console.log(created ? "Seeded demo data." : "Demo data already present; nothing to do.");
}

main().finally(disconnectDb);

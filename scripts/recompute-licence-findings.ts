// After a change to the licence registry (lib/licences/registry.ts), brings the cached readiness and
// open-findings count of every deal on a registry licence up to date: `npm run licences:recompute`.
import { disconnectDb, getDb } from "@/lib/db";
import { refreshLicenceCaches } from "@/lib/services/deal-changes";

try {
  const count = await getDb().$transaction((tx) => refreshLicenceCaches(tx), { timeout: 600_000 });
  console.log(`Recomputed the readiness cache of ${count} deal${count === 1 ? "" : "s"} on a registry licence.`);
} finally {
  await disconnectDb();
}

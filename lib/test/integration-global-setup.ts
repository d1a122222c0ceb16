import { execFileSync } from "node:child_process";
import path from "node:path";
import { createDatabase, startCluster } from "../../scripts/lib/pg-cluster.mjs";

interface Cluster {
  url(db: string): string;
  stop(): Promise<void>;
}

// Integration tests run against real PostgreSQL: a database created for this run on
// TEST_ADMIN_DATABASE_URL / TEST_DATABASE_URL, or on a throwaway cluster started here.
export default async function setup() {
  const given = process.env.TEST_ADMIN_DATABASE_URL || process.env.TEST_DATABASE_URL;
  const cluster: Cluster | null = given ? null : await startCluster({ label: "dealplaybook-it" });
  const adminUrl: string = given ?? cluster!.url("postgres");
  const dbName = `it_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await createDatabase(adminUrl, dbName);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  process.env.DATABASE_URL = url.toString();
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { stdio: "ignore", env: process.env });
  return async () => {
    await cluster?.stop();
  };
}

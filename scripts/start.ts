// `npm start`: the one line that brings the app up.
// - Without DATABASE_URL: an embedded PostgreSQL (PGlite) under ./.data, migrated and seeded with
//   demo data on first start. Restarting keeps the data.
// - With DATABASE_URL: `prisma migrate deploy` on that database; demo data only with SEED_DEMO=1.
// Builds the app first when there is no build or the sources are newer than it.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { disconnectDb, getDb } from "@/lib/db";
import { seedDemo } from "@/lib/seed/demo";
import { backfillReadinessCache } from "@/lib/services/deal-changes";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./lib/embedded-db";

const root = process.cwd();
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, ".data"));
const port = process.env.PORT ?? "3000";
// Loopback unless told otherwise: the embedded default carries demo users with a published password.
const host = process.env.HOST ?? "127.0.0.1";
const nextBin = path.join(root, "node_modules", ".bin", "next");
const log = (message: string) => console.log(`[dealplaybook] ${message}`);

function ensureSecret() {
  if (process.env.NEXTAUTH_SECRET) return;
  const file = path.join(dataDir, "nextauth-secret");
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name === "__tests__") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function buildIfStale() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  const sourcesAt = Math.max(...["app", "components", "lib", "public"].filter((d) => fs.existsSync(d)).map(newestMtime));
  if (builtAt > sourcesAt && process.env.FORCE_BUILD !== "1") return;
  log(builtAt ? "sources changed since the last build; rebuilding…" : "building the app (first start only)…");
  execFileSync(nextBin, ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}

async function prepareDatabase(): Promise<EmbeddedDatabase | null> {
  if (process.env.DATABASE_URL) {
    log("using DATABASE_URL; applying migrations with prisma migrate deploy…");
    execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { stdio: "inherit" });
    if (process.env.SEED_DEMO === "1") await seed();
    else
      await getDb()
        .$transaction((tx) => backfillReadinessCache(tx), { timeout: 120_000 })
        .finally(disconnectDb);
    return null;
  }
  log(`embedded PostgreSQL (PGlite) in ${path.relative(root, dataDir) || "."}/pglite`);
  const embedded = await startEmbeddedDatabase(path.join(dataDir, "pglite"));
  if (embedded.appliedMigrations.length) log(`applied migrations: ${embedded.appliedMigrations.join(", ")}`);
  process.env.DATABASE_URL = embedded.url;
  process.env.DEALPLAYBOOK_EMBEDDED_DB = "1";
  await seed();
  return embedded;
}

async function seed() {
  const backfilled = await getDb().$transaction((tx) => backfillReadinessCache(tx), { timeout: 120_000 });
  if (backfilled) log(`computed the readiness cache of ${backfilled} existing deals`);
  const { created } = await seedDemo(getDb());
  if (created) log("seeded demo data (Demo Corp; sign in as negotiator@example.com / playbook-demo)");
  await disconnectDb(); // frees PGlite's single connection for the server
}

async function main() {
  ensureSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  buildIfStale();
  const embedded = await prepareDatabase();
  const server = spawn(nextBin, ["start", "-p", port, "-H", host], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  log(
    `serving on http://localhost:${port}${host === "127.0.0.1" ? " (this machine only; HOST=0.0.0.0 to listen on every interface)" : ` (listening on ${host})`}`,
  );
  const shutdown = () => server.kill("SIGTERM");
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  server.on("exit", async (code) => {
    await embedded?.stop();
    process.exit(code ?? 0);
  });
}

main().catch(async (error) => {
  console.error(error);
  process.exit(1);
});

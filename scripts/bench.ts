// `npm run bench`: server time and SQL statements per request at 10, 1,000 and 10,000 deals, in one run.
//  1. builds the app in a temporary copy of the sources (leaving .next alone), or with --skip-build
//     serves the existing .next when there is one;
//  2. starts a throwaway PostgreSQL that logs every statement (log_statement=all) to a file;
//  3. migrates, fills three organisations with 10, 1,000 and 10,000 generated deals (the generator
//     connects with log_statement=none, so seeding does not flood the log) and runs VACUUM ANALYZE;
//  4. starts `next start` on a free loopback port and signs in as each organisation's manager;
//  5. counts the SQL statements one request to each page causes, at every size (after two warm-up requests);
//  6. measures each page at 1k and 10k deals with autocannon at 10 connections: a warm-up at each
//     size, then rounds alternating 1k and 10k (10 s per size in all); p50/p95 over every response time;
//  7. prints the table, the ratios and the targets; writes bench-results/bench-<timestamp>.json and
//     bench-results/latest.json.
// The server and the cluster are always stopped, also on failure or Ctrl-C. Loopback traffic only.
//
// Options: --skip-build  --duration 10  --warmup 3  --rounds 2  --connections 10  --seed 42
//          --sizes 10,1000,10000  (the first size is counted only; the other two are also load-tested)
import "./lib/server-only-shim";
import { execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import autocannon from "autocannon";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { generateDeals, type GenerateResult } from "./lib/deal-generator";
import { createDatabase, startCluster, type Cluster } from "./lib/pg-cluster.mjs";
import {
  freePort,
  prepareApp,
  projectBin as bin,
  projectRoot as root,
  signIn,
  sleep,
  startNextServer,
  stopServer,
  table,
  waitForHttp,
  type PreparedApp,
} from "./lib/served-app";

const log = (message: string) => console.log(`[bench] ${message}`);

// ── Options ──────────────────────────────────────────────────────────────────────────────────────────

const { values: opts } = parseArgs({
  options: {
    "skip-build": { type: "boolean", default: false },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "10" },
    rounds: { type: "string", default: "2" },
    seed: { type: "string", default: "42" },
    sizes: { type: "string", default: "10,1000,10000" },
  },
});
const DURATION = Number(opts.duration);
const WARMUP = Number(opts.warmup);
const CONNECTIONS = Number(opts.connections);
const ROUNDS = Number(opts.rounds);
const SEED = Number(opts.seed);
const SIZES = opts.sizes.split(",").map(Number);
if (SIZES.length !== 3 || SIZES.some((n) => !Number.isInteger(n) || n < 1) || !(SIZES[0] < SIZES[1] && SIZES[1] < SIZES[2])) {
  throw new Error("--sizes takes three increasing whole numbers, e.g. 10,1000,10000");
}
if (![DURATION, WARMUP, CONNECTIONS].every((n) => Number.isFinite(n) && n > 0 && n <= 120))
  throw new Error("--duration, --warmup and --connections must be between 0 and 120");
if (!Number.isInteger(ROUNDS) || ROUNDS < 1 || ROUNDS > 10) throw new Error("--rounds must be a whole number from 1 to 10");

const sizeLabel = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
const [, MID, LARGE] = SIZES.map(sizeLabel);

// ── Targets from the issue ───────────────────────────────────────────────────────────────────────────

const TARGET = { portfolioOverFloor: 3, largeOverMid: 1.3, maxStatements: 8 };

// ── Pages ────────────────────────────────────────────────────────────────────────────────────────────

type PageKey = "floor" | "portfolio" | "deals" | "deal";
const PAGE_KEYS: PageKey[] = ["floor", "portfolio", "deals", "deal"];
const PAGE_LABEL: Record<PageKey, string> = { floor: "floor /account", portfolio: "/portfolio", deals: "/deals", deal: "/deals/[id]" };

interface Org {
  label: string;
  deals: number;
  generated: GenerateResult;
  cookie: string;
  paths: Record<PageKey, string>;
}

interface Probe {
  status: number;
  bytes: number;
  ms: number;
  location: string | null;
}

interface SqlCount {
  status: number;
  statements: number;
  /** Each statement as logged (truncated), in order. */
  sql: string[];
}

interface Load {
  status: number;
  skipped?: string;
  requests?: number;
  reqPerSec?: number;
  p50?: number;
  p95?: number;
  p99?: number;
  mean?: number;
  max?: number;
  non2xx?: number;
  errors?: number;
  timeouts?: number;
}

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────────────

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

const round = (n: number | undefined, digits = 1) => (n === undefined || !Number.isFinite(n) ? null : Number(n.toFixed(digits)));

async function probe(base: string, pathname: string, cookie: string): Promise<Probe> {
  const started = performance.now();
  const res = await fetch(base + pathname, { headers: { cookie }, redirect: "manual" });
  const body = await res.arrayBuffer();
  return { status: res.status, bytes: body.byteLength, ms: performance.now() - started, location: res.headers.get("location") };
}

// PostgreSQL with log_line_prefix "%m [%p] %d " writes one "LOG:  statement: …" (simple protocol) or
// "LOG:  execute <name>: …" (extended protocol, which node-postgres uses for parameterised queries)
// entry per statement executed. A multi-line statement continues on lines without the prefix;
// DETAIL entries (the parameters) are not statements.
const ENTRY = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[\d+\] (\S*) (\w+): {2}(.*)$/;
const STATEMENT = /^(?:statement|execute [^:]*): ?(.*)$/;

function statementsIn(logText: string, database: string): string[] {
  const found: string[] = [];
  let current: string[] | null = null;
  const flush = () => {
    if (!current) return;
    const text = current.join(" ").replace(/\s+/g, " ").trim();
    found.push(text.length > 300 ? `${text.slice(0, 300)}…` : text);
    current = null;
  };
  for (const line of logText.split("\n")) {
    const entry = ENTRY.exec(line);
    if (!entry) {
      current?.push(line);
      continue;
    }
    flush();
    const statement = entry[2] === "LOG" && entry[1] === database ? STATEMENT.exec(entry[3]) : null;
    if (statement) current = [statement[1]];
  }
  flush();
  return found;
}

/** Waits until the log has stopped growing (the statements of a finished request are all written). */
async function logSettled(cluster: Cluster): Promise<number> {
  let size = cluster.logSize();
  for (let i = 0; i < 40; i++) {
    await sleep(50);
    const next = cluster.logSize();
    if (next === size && i >= 3) return size;
    size = next;
  }
  return size;
}

async function countStatements(cluster: Cluster, database: string, base: string, pathname: string, cookie: string): Promise<SqlCount> {
  for (let i = 0; i < 2; i++) await probe(base, pathname, cookie); // warm: compiled route, open pool connections
  const from = await logSettled(cluster);
  const { status } = await probe(base, pathname, cookie);
  await logSettled(cluster);
  const sql = statementsIn(cluster.readLog(from), database);
  return { status, statements: sql.length, sql };
}

async function load(url: string, cookie: string, seconds: number): Promise<{ result: autocannon.Result; latencies: number[] }> {
  const latencies: number[] = [];
  const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, timeout: 30, headers: { cookie } });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await instance;
  // autocannon stops sending at the deadline, but the server still works off what is in flight: let
  // it finish (at most about the slowest response) before anything else is measured.
  await sleep(Math.min(30_000, Math.max(0, ...latencies) + 500));
  return { result, latencies };
}

/**
 * One page at several sizes: a warm-up at each size, then ROUNDS rounds that alternate between the
 * sizes (DURATION seconds per size in all), so drift during the run hardly biases the ratio between sizes.
 */
async function measurePage(base: string, targets: { label: string; pathname: string; cookie: string; status: number }[]): Promise<Record<string, Load>> {
  const out: Record<string, Load> = {};
  const runnable = targets.filter((t) => {
    if (t.status !== 200) out[t.label] = { status: t.status, skipped: `HTTP ${t.status}: not load-tested` };
    return t.status === 200;
  });
  for (const t of runnable) await load(base + t.pathname, t.cookie, WARMUP);
  const acc = new Map(runnable.map((t) => [t.label, { latencies: [] as number[], non2xx: 0, errors: 0, timeouts: 0 }]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const t of runnable) {
      const { result, latencies } = await load(base + t.pathname, t.cookie, DURATION / ROUNDS);
      const a = acc.get(t.label)!;
      a.latencies.push(...latencies);
      a.non2xx += result.non2xx;
      a.errors += result.errors;
      a.timeouts += result.timeouts;
    }
  }
  for (const t of runnable) {
    const { latencies, non2xx, errors, timeouts } = acc.get(t.label)!;
    latencies.sort((x, y) => x - y);
    out[t.label] = {
      status: t.status,
      requests: latencies.length,
      reqPerSec: latencies.length / DURATION,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      mean: latencies.reduce((sum, x) => sum + x, 0) / (latencies.length || 1),
      max: latencies[latencies.length - 1],
      non2xx,
      errors,
      timeouts,
    };
  }
  return out;
}

// ── Report ───────────────────────────────────────────────────────────────────────────────────────────

const fmtMs = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? "—" : n < 10 ? n.toFixed(2) : n.toFixed(1));
const fmtRatio = (n: number | null) => (n === null ? "—" : `${n.toFixed(2)}×`);
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? null : a / b;

// ── Main ─────────────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-");
  const outDir = path.join(root, "bench-results");
  fs.mkdirSync(outDir, { recursive: true });
  const serverLog = path.join(outDir, `bench-${stamp}.server.log`);

  let cluster: Cluster | null = null;
  let server: ChildProcess | null = null;
  let db: PrismaClient | null = null;
  let app: PreparedApp | null = null;
  let cleaningUp: Promise<void> | null = null;
  const cleanup = () =>
    (cleaningUp ??= (async () => {
      await db?.$disconnect().catch(() => {});
      await stopServer(server);
      await cluster?.stop();
      if (app?.temporary) fs.rmSync(app.dir, { recursive: true, force: true });
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the server and the database …`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    app = prepareApp({ skipBuild: opts["skip-build"], label: "bench", log });

    log("starting a throwaway PostgreSQL that logs every statement …");
    cluster = await startCluster({
      label: "dealplaybook-bench",
      extraArgs: ["-c", "log_statement=all", "-c", "log_min_duration_statement=-1", "-c", "log_line_prefix=%m [%p] %d "],
    });
    const database = "bench";
    await createDatabase(cluster.url("postgres"), database);
    const databaseUrl = cluster.url(database);
    execFileSync(bin("prisma"), ["migrate", "deploy"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });

    // Seeding connects with log_statement=none: its bulk inserts stay out of the statement log.
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, options: "-c log_statement=none", max: 4 }) });
    const generated: GenerateResult[] = [];
    for (const deals of SIZES) {
      const name = `Bench ${sizeLabel(deals)}`;
      const result = await generateDeals(db, { orgName: name, deals, seed: SEED });
      generated.push(result);
      log(
        `${name}: ${deals} deals, ${result.counts.dealClauses} clause rows, ${result.counts.responses} responses, ${result.counts.reviews} reviews in ${(result.timings.totalMs / 1000).toFixed(1)} s (readiness cache ${(result.timings.readinessCacheMs / 1000).toFixed(1)} s)`,
      );
    }
    // What autovacuum would have done after a bulk load: statistics, and the visibility map that
    // lets index-only scans skip the table.
    await db.$executeRawUnsafe("VACUUM ANALYZE");
    await db.$disconnect();
    db = null;

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = startNextServer({ app, port, databaseUrl, serverLog });
    await waitForHttp(base, server, serverLog);
    log(`next start on ${base} (log: ${path.relative(root, serverLog)})`);

    const orgs: Org[] = [];
    for (const [i, g] of generated.entries()) {
      const manager = g.users.find((u) => u.role === "MANAGER")!;
      const cookie = await signIn(base, manager.email);
      const me = await fetch(`${base}/api/v1/me`, { headers: { cookie } });
      const who = (await me.json()) as { role?: string; organization?: { id: string } };
      if (me.status !== 200 || who.role !== "MANAGER" || who.organization?.id !== g.organizationId) {
        throw new Error(`/api/v1/me as ${manager.email}: HTTP ${me.status} ${JSON.stringify(who)}`);
      }
      if (!g.sampleDealId) throw new Error(`no mid-negotiation deal with responses among the ${SIZES[i]} generated deals`);
      orgs.push({
        label: sizeLabel(SIZES[i]),
        deals: SIZES[i],
        generated: g,
        cookie,
        // The floor is a trivial authenticated page: session, actor, app shell, a few lines of content.
        paths: { floor: "/account", portfolio: "/portfolio", deals: "/deals", deal: `/deals/${g.sampleDealId}` },
      });
    }
    log(`signed in as the manager of ${orgs.map((o) => `"Bench ${o.label}"`).join(", ")}`);

    // First look at every page: status, size, cold time (a redirect would mean the session is not accepted).
    const probes: Record<string, Record<PageKey, Probe>> = {};
    for (const org of orgs) {
      probes[org.label] = {} as Record<PageKey, Probe>;
      for (const key of PAGE_KEYS) {
        const p = await probe(base, org.paths[key], org.cookie);
        probes[org.label][key] = p;
        if (p.status >= 300 && p.status < 400) throw new Error(`${org.paths[key]} redirects to ${p.location}: the session is not accepted`);
        if (p.status !== 200) log(`note: ${org.paths[key]} answers HTTP ${p.status} at ${org.label} deals`);
      }
    }

    log("counting SQL statements per request …");
    const sql: Record<string, Record<PageKey, SqlCount>> = {};
    for (const org of orgs) {
      sql[org.label] = {} as Record<PageKey, SqlCount>;
      for (const key of PAGE_KEYS) sql[org.label][key] = await countStatements(cluster, database, base, org.paths[key], org.cookie);
    }

    const loads: Record<string, Record<PageKey, Load>> = Object.fromEntries(orgs.slice(1).map((o) => [o.label, {} as Record<PageKey, Load>]));
    for (const key of PAGE_KEYS) {
      log(
        `load: ${PAGE_LABEL[key]} at ${MID} and ${LARGE} deals (${WARMUP} s warm-up each, then ${DURATION} s each in ${ROUNDS} alternating rounds, ${CONNECTIONS} connections) …`,
      );
      const measured = await measurePage(
        base,
        orgs.slice(1).map((o) => ({ label: o.label, pathname: o.paths[key], cookie: o.cookie, status: sql[o.label][key].status })),
      );
      for (const [label, result] of Object.entries(measured)) loads[label][key] = result;
    }

    // ── Ratios and targets ──
    const ratios = {
      overFloor: Object.fromEntries(
        [MID, LARGE].map((size) => [
          size,
          Object.fromEntries(
            PAGE_KEYS.filter((k) => k !== "floor").map((k) => [
              k,
              {
                p50: round(ratio(loads[size][k].p50, loads[size].floor.p50) ?? undefined, 2),
                p95: round(ratio(loads[size][k].p95, loads[size].floor.p95) ?? undefined, 2),
              },
            ]),
          ),
        ]),
      ),
      largeOverMid: Object.fromEntries(
        PAGE_KEYS.map((k) => [
          k,
          {
            p50: round(ratio(loads[LARGE][k].p50, loads[MID][k].p50) ?? undefined, 2),
            p95: round(ratio(loads[LARGE][k].p95, loads[MID][k].p95) ?? undefined, 2),
          },
        ]),
      ),
    };
    const within = (value: number | null, limit: number) => value !== null && value <= limit;
    const targets = [
      {
        target: `/portfolio at ${LARGE} ≤ ${TARGET.portfolioOverFloor}× floor`,
        p50: ratios.overFloor[LARGE].portfolio.p50,
        p95: ratios.overFloor[LARGE].portfolio.p95,
        met:
          within(ratios.overFloor[LARGE].portfolio.p50, TARGET.portfolioOverFloor) && within(ratios.overFloor[LARGE].portfolio.p95, TARGET.portfolioOverFloor),
      },
      ...PAGE_KEYS.map((k) => ({
        target: `${PAGE_LABEL[k]} ${LARGE}/${MID} ≤ ${TARGET.largeOverMid}×`,
        p50: ratios.largeOverMid[k].p50,
        p95: ratios.largeOverMid[k].p95,
        met: within(ratios.largeOverMid[k].p50, TARGET.largeOverMid) && within(ratios.largeOverMid[k].p95, TARGET.largeOverMid),
      })),
      ...PAGE_KEYS.map((k) => {
        const counts = orgs.map((o) => sql[o.label][k].statements);
        return {
          target: `${PAGE_LABEL[k]} SQL statements same at ${orgs.map((o) => o.label).join("/")} and ≤ ${TARGET.maxStatements}`,
          statements: counts,
          met: orgs.every((o) => sql[o.label][k].status === 200) && counts.every((c) => c === counts[0]) && counts[0] <= TARGET.maxStatements,
        };
      }),
    ];

    // ── Print ──
    const header = ["page", ...[MID, LARGE].flatMap((s) => [`p50 ${s}`, `p95 ${s}`, `req/s ${s}`]), ...orgs.map((o) => `SQL ${o.label}`), "KB"];
    const rows = PAGE_KEYS.map((k) => [
      PAGE_LABEL[k],
      ...[MID, LARGE].flatMap((s) => {
        const l = loads[s][k];
        return l.skipped ? [l.skipped.split(":")[0], "", ""] : [fmtMs(l.p50), fmtMs(l.p95), (l.reqPerSec ?? 0).toFixed(1)];
      }),
      ...orgs.map((o) => (sql[o.label][k].status === 200 ? String(sql[o.label][k].statements) : `(${sql[o.label][k].status})`)),
      (probes[LARGE][k].bytes / 1024).toFixed(0),
    ]);
    console.log(
      `\nServer time in ms at ${CONNECTIONS} connections (${DURATION} s per page and size, in ${ROUNDS} rounds, after a ${WARMUP} s warm-up), SQL statements per request, response size at ${LARGE}:\n`,
    );
    console.log(table([header, ...rows]));
    console.log("\nRatios (p50 / p95):");
    console.log(
      table([
        ["page", `÷ floor at ${MID}`, `÷ floor at ${LARGE}`, `${LARGE} ÷ ${MID}`],
        ...PAGE_KEYS.map((k) => [
          PAGE_LABEL[k],
          k === "floor" ? "" : `${fmtRatio(ratios.overFloor[MID][k].p50)} / ${fmtRatio(ratios.overFloor[MID][k].p95)}`,
          k === "floor" ? "" : `${fmtRatio(ratios.overFloor[LARGE][k].p50)} / ${fmtRatio(ratios.overFloor[LARGE][k].p95)}`,
          `${fmtRatio(ratios.largeOverMid[k].p50)} / ${fmtRatio(ratios.largeOverMid[k].p95)}`,
        ]),
      ]),
    );
    console.log("\nTargets (latency targets must hold at p50 and p95):");
    for (const t of targets) {
      const detail = "statements" in t ? `statements ${t.statements.join(" / ")}` : `p50 ${fmtRatio(t.p50)}, p95 ${fmtRatio(t.p95)}`;
      console.log(`  ${t.met ? "✓ met    " : "✗ not met"}  ${t.target}  (${detail})`);
    }

    // ── Write ──
    const report = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
      },
      settings: {
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        warmupSeconds: WARMUP,
        rounds: ROUNDS,
        seed: SEED,
        sizes: SIZES,
        statementLog: "log_statement=all (server), none for the generator",
      },
      notes: [
        "Latency is measured by autocannon over loopback from the moment a request is written to the last byte of the response: server time plus loopback, under 10 concurrent connections (so it includes queueing in the server).",
        "SQL statements: lines 'LOG:  statement:' and 'LOG:  execute …:' the one request added to the PostgreSQL log, BEGIN/COMMIT included, after two warm-up requests.",
        "The deal page shows the same generated deal (same name, clauses and responses) at every size.",
      ],
      organizations: orgs.map((o) => ({
        label: o.label,
        deals: o.deals,
        slug: o.generated.slug,
        manager: o.generated.users.find((u) => u.role === "MANAGER")!.email,
        counts: o.generated.counts,
        seedTimings: o.generated.timings,
        paths: o.paths,
      })),
      probes,
      load: Object.fromEntries(
        Object.entries(loads).map(([size, pages]) => [
          size,
          Object.fromEntries(
            Object.entries(pages).map(([k, l]) => [
              k,
              {
                ...l,
                reqPerSec: round(l.reqPerSec),
                p50: round(l.p50, 2),
                p95: round(l.p95, 2),
                p99: round(l.p99, 2),
                mean: round(l.mean, 2),
                max: round(l.max, 2),
              },
            ]),
          ),
        ]),
      ),
      ratios,
      sql,
      targets,
    };
    const file = path.join(outDir, `bench-${stamp}.json`);
    fs.writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
    fs.writeFileSync(path.join(outDir, "latest.json"), JSON.stringify(report, null, 2) + "\n");
    log(`results: ${path.relative(root, file)} and bench-results/latest.json (${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s in all)`);
  } finally {
    await cleanup();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

// `npm run soak`: does the server's memory stay flat under load? Every main page, many requests each,
// against the production build under a capped heap (issue 11, point 7).
//  1. builds the app in a temporary copy of the sources, or with --skip-build serves the existing .next;
//  2. starts a throwaway PostgreSQL, migrates, seeds the demo data and a generated organisation;
//  3. starts `next start` with NODE_OPTIONS=--max-old-space-size (300 MB by default) and signs in as the
//     generated organisation's manager;
//  4. per page: --warmup requests, then the server's RSS (VmRSS of the process that listens on the port)
//     and its live heap (after a forced collection, see scripts/lib/soak-memory-probe.mjs); then the rest of
//     --requests, and both figures again;
//  5. prints a table per page and writes bench-results/soak-<timestamp>.json.
// Exit 1 when the server dies, any answer is not 2xx (or a request fails), or a page's RSS at its end
// is above --max-ratio (1.2) × its RSS after warm-up. The server and the cluster are always stopped.
//
// Options: --skip-build  --requests 20000  --warmup 2000  --connections 10  --max-old-space-size 300
//          --deals 1000  --seed 42  --max-ratio 1.2  --pages portfolio,deals  (keys below; default all)
import "./lib/server-only-shim";
import { execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import autocannon from "autocannon";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { LAYER_KEYS } from "@/lib/domain/enums";
import { seedDemo } from "@/lib/seed/demo";
import { generateDeals } from "./lib/deal-generator";
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

const log = (message: string) => console.log(`[soak] ${message}`);

// ── Options ──────────────────────────────────────────────────────────────────────────────────────────

const { values: opts } = parseArgs({
  options: {
    "skip-build": { type: "boolean", default: false },
    requests: { type: "string", default: "20000" },
    warmup: { type: "string", default: "2000" },
    connections: { type: "string", default: "10" },
    "max-old-space-size": { type: "string", default: "300" },
    deals: { type: "string", default: "1000" },
    seed: { type: "string", default: "42" },
    "max-ratio": { type: "string", default: "1.2" },
    pages: { type: "string" },
  },
});
const REQUESTS = Number(opts.requests);
const WARMUP = Number(opts.warmup);
const CONNECTIONS = Number(opts.connections);
const HEAP_MB = Number(opts["max-old-space-size"]);
const DEALS = Number(opts.deals);
const SEED = Number(opts.seed);
const MAX_RATIO = Number(opts["max-ratio"]);
if (![REQUESTS, WARMUP, CONNECTIONS, HEAP_MB, DEALS].every((n) => Number.isInteger(n) && n > 0))
  throw new Error("--requests, --warmup, --connections, --max-old-space-size and --deals take whole numbers above 0");
if (WARMUP >= REQUESTS) throw new Error("--warmup must be smaller than --requests");
if (!(MAX_RATIO >= 1)) throw new Error("--max-ratio must be at least 1");

// ── Pages ────────────────────────────────────────────────────────────────────────────────────────────

const PAGE_KEYS = [
  "home",
  "deals",
  "deal",
  "clause",
  "layer",
  "review",
  "report",
  "activity",
  "portfolio",
  "playbook",
  "account",
  "portfolioCsv",
  "activityCsv",
  "reportPdf",
] as const;
type PageKey = (typeof PAGE_KEYS)[number];

const selected: PageKey[] = opts.pages ? (opts.pages.split(",").map((p) => p.trim()) as PageKey[]) : [...PAGE_KEYS];
const unknown = selected.filter((p) => !PAGE_KEYS.includes(p));
if (unknown.length) throw new Error(`unknown --pages ${unknown.join(", ")}; the pages are ${PAGE_KEYS.join(", ")}`);

function pagePaths(dealId: string, dealClauseId: string): Record<PageKey, string> {
  const deal = `/deals/${dealId}`;
  return {
    home: "/",
    deals: "/deals",
    deal,
    clause: `${deal}/clauses/${dealClauseId}`,
    layer: `${deal}/layers/${LAYER_KEYS[0]}`,
    review: `${deal}/review`,
    report: `${deal}/report`,
    activity: `${deal}/activity`,
    portfolio: "/portfolio",
    playbook: "/playbook",
    account: "/account",
    portfolioCsv: "/portfolio/export",
    activityCsv: `${deal}/activity/export`,
    reportPdf: `${deal}/report/pdf`,
  };
}

// ── Server memory ────────────────────────────────────────────────────────────────────────────────────

interface Memory {
  rssMb: number;
  /** Live heap after a forced collection, from the probe; null when it did not answer. */
  heapUsedMb: number | null;
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat, after the parenthesised command name (which may contain spaces).
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/**
 * The process that accepts the connections: `next start` may serve from the process we spawned or from
 * a child it forks, so look for the listening socket's inode among the open files of the whole tree.
 */
function listeningProcess(rootPid: number, port: number): number {
  const portHex = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length > 9 && cols[1].endsWith(`:${portHex}`) && cols[3] === "0A") inodes.add(cols[9]);
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) tree.push(...childrenOf(tree[i]));
  for (const pid of tree) {
    let fds: string[] = [];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (match && inodes.has(match[1])) return pid;
      } catch {
        // closed meanwhile
      }
    }
  }
  throw new Error(`no process of the server's tree (pid ${rootPid}) listens on port ${port}`);
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (!kb) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Math.round((Number(kb[1]) / 1024) * 10) / 10;
}

/** RSS as the system sees it first (the criterion), then the probe's live heap after a collection. */
async function sampleMemory(pid: number, probeFile: string): Promise<Memory> {
  const rss = rssMb(pid);
  fs.rmSync(probeFile, { force: true });
  process.kill(pid, "SIGUSR2");
  for (let i = 0; i < 100 && !fs.existsSync(probeFile); i++) await sleep(50);
  const probe = fs.existsSync(probeFile) ? (JSON.parse(fs.readFileSync(probeFile, "utf8")) as { heapUsed: number }) : null;
  return { rssMb: rss, heapUsedMb: probe ? mb(probe.heapUsed) : null };
}

// ── Load ─────────────────────────────────────────────────────────────────────────────────────────────

interface Burst {
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  seconds: number;
}

async function burst(url: string, cookie: string, amount: number): Promise<Burst> {
  const started = performance.now();
  const result = await autocannon({ url, connections: CONNECTIONS, amount, timeout: 30, headers: { cookie } });
  return {
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: (performance.now() - started) / 1000,
  };
}

interface PageResult {
  path: string;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  reqPerSec: number;
  warm: Memory | null;
  end: Memory | null;
  rssRatio: number | null;
  serverDied: boolean;
  passed: boolean;
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-");
  const outDir = path.join(root, "bench-results");
  fs.mkdirSync(outDir, { recursive: true });
  const serverLog = path.join(outDir, `soak-${stamp}.server.log`);
  const probeFile = path.join(os.tmpdir(), `dealplaybook-soak-${process.pid}-memory.json`);

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
      fs.rmSync(probeFile, { force: true });
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the server and the database …`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    app = prepareApp({ skipBuild: opts["skip-build"], label: "soak", log });

    log("starting a throwaway PostgreSQL …");
    cluster = await startCluster({ label: "dealplaybook-soak" });
    await createDatabase(cluster.url("postgres"), "soak");
    const databaseUrl = cluster.url("soak");
    execFileSync(bin("prisma"), ["migrate", "deploy"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });

    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 4 }) });
    await seedDemo(db);
    const generated = await generateDeals(db, { orgName: `Soak ${DEALS}`, deals: DEALS, seed: SEED });
    if (!generated.sampleDealId) throw new Error(`no mid-negotiation deal with responses among the ${DEALS} generated deals`);
    const dealClause = await db.dealClause.findFirstOrThrow({ where: { dealId: generated.sampleDealId }, select: { id: true }, orderBy: { id: "asc" } });
    await db.$executeRawUnsafe("VACUUM ANALYZE");
    await db.$disconnect();
    db = null;
    log(`demo data and "Soak ${DEALS}": ${generated.counts.deals} deals, ${generated.counts.responses} responses`);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = startNextServer({
      app,
      port,
      databaseUrl,
      serverLog,
      env: {
        NODE_OPTIONS: `--max-old-space-size=${HEAP_MB} --import ${path.join(root, "scripts", "lib", "soak-memory-probe.mjs")}`,
        SOAK_MEMORY_FILE: probeFile,
      },
    });
    await waitForHttp(base, server, serverLog);
    const serverPid = listeningProcess(server.pid!, port);
    log(`next start on ${base}, server process ${serverPid}, heap capped at ${HEAP_MB} MB (log: ${path.relative(root, serverLog)})`);

    const manager = generated.users.find((u) => u.role === "MANAGER")!;
    const cookie = await signIn(base, manager.email);
    const paths = pagePaths(generated.sampleDealId, dealClause.id);

    // Every page answers 200 before any load: a redirect would mean the session is not accepted.
    for (const key of selected) {
      const res = await fetch(base + paths[key], { headers: { cookie }, redirect: "manual" });
      await res.arrayBuffer();
      if (res.status !== 200)
        throw new Error(`${paths[key]} answers HTTP ${res.status} before the soak${res.headers.get("location") ? ` (to ${res.headers.get("location")})` : ""}`);
    }
    const atStart = await sampleMemory(serverPid, probeFile);
    log(`server at start: RSS ${atStart.rssMb} MB, heap used ${atStart.heapUsedMb ?? "?"} MB`);

    const alive = () => server!.exitCode === null && server!.signalCode === null && fs.existsSync(`/proc/${serverPid}`);
    const results: Partial<Record<PageKey, PageResult>> = {};
    for (const key of selected) {
      const pathname = paths[key];
      log(`${pathname}: ${REQUESTS} requests at ${CONNECTIONS} connections (memory sampled after ${WARMUP}) …`);
      const bursts: Burst[] = [await burst(base + pathname, cookie, WARMUP)];
      const warm = alive() ? await sampleMemory(serverPid, probeFile) : null;
      if (warm) bursts.push(await burst(base + pathname, cookie, REQUESTS - WARMUP));
      await sleep(500); // let the last responses' work finish before measuring
      const end = alive() ? await sampleMemory(serverPid, probeFile) : null;
      const sum = (f: keyof Burst) => bursts.reduce((n, b) => n + b[f], 0);
      const rssRatio = warm && end ? Math.round((end.rssMb / warm.rssMb) * 1000) / 1000 : null;
      const result: PageResult = {
        path: pathname,
        requests: sum("requests"),
        non2xx: sum("non2xx"),
        errors: sum("errors"),
        timeouts: sum("timeouts"),
        reqPerSec: Math.round((sum("requests") / sum("seconds")) * 10) / 10,
        warm,
        end,
        rssRatio,
        serverDied: !end,
        passed: !!end && sum("non2xx") + sum("errors") + sum("timeouts") === 0 && rssRatio !== null && rssRatio <= MAX_RATIO,
      };
      results[key] = result;
      log(
        `  ${result.passed ? "ok" : "FAILED"}: RSS ${warm?.rssMb ?? "?"} → ${end?.rssMb ?? "?"} MB (×${rssRatio ?? "?"}), heap used ${warm?.heapUsedMb ?? "?"} → ${end?.heapUsedMb ?? "?"} MB, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
      );
      if (result.serverDied) {
        log(`the server died during ${pathname}:\n${fs.readFileSync(serverLog, "utf8").slice(-3000)}`);
        break;
      }
    }

    // ── Print ──
    const fmt = (n: number | null | undefined) => (n === null || n === undefined ? "—" : String(n));
    console.log(
      `\nSoak: ${REQUESTS} requests per page at ${CONNECTIONS} connections, heap capped at ${HEAP_MB} MB; memory after ${WARMUP} requests and at the end. Heap used: live heap after a forced collection.\n`,
    );
    console.log(
      table([
        ["page", "requests", "non-2xx", "errors", "req/s", "RSS warm MB", "RSS end MB", "ratio", "heap warm MB", "heap end MB", "result"],
        ...selected.map((key) => {
          const r = results[key];
          if (!r) return [paths[key], "not run", "", "", "", "", "", "", "", "", ""];
          return [
            r.path,
            String(r.requests),
            String(r.non2xx),
            String(r.errors + r.timeouts),
            String(r.reqPerSec),
            fmt(r.warm?.rssMb),
            fmt(r.end?.rssMb),
            r.rssRatio === null ? "—" : `${r.rssRatio.toFixed(2)}×`,
            fmt(r.warm?.heapUsedMb),
            fmt(r.end?.heapUsedMb),
            r.serverDied ? "server died" : r.passed ? "ok" : "FAILED",
          ];
        }),
      ]),
    );
    const atEnd = alive() ? await sampleMemory(serverPid, probeFile) : null;
    const passed = selected.every((key) => results[key]?.passed);
    console.log(`\nServer RSS ${atStart.rssMb} MB at start, ${atEnd?.rssMb ?? "— (dead)"} MB after every page. ${passed ? "Passed." : "FAILED."}`);

    // ── Write ──
    const report = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      settings: {
        requests: REQUESTS,
        warmup: WARMUP,
        connections: CONNECTIONS,
        maxOldSpaceSizeMb: HEAP_MB,
        deals: DEALS,
        seed: SEED,
        maxRatio: MAX_RATIO,
        pages: selected,
      },
      atStart,
      atEnd,
      pages: results,
      passed,
    };
    const file = path.join(outDir, `soak-${stamp}.json`);
    fs.writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
    log(`results: ${path.relative(root, file)} (${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s in all)`);
    if (!passed) process.exitCode = 1;
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

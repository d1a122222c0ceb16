// Starts a throwaway PostgreSQL cluster from the installed server binaries, for tests and
// benchmarks. Runs the server as the `postgres` user when we are root (initdb refuses root).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const CANDIDATE_BIN_DIRS = ["/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin"];

export function findPostgresBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const dir = CANDIDATE_BIN_DIRS.find((d) => fs.existsSync(path.join(d, "initdb")));
  if (!dir) {
    throw new Error(
      "No PostgreSQL server binaries found (looked in " +
        CANDIDATE_BIN_DIRS.join(", ") +
        ").\n" +
        "Install them with: sudo apt-get install -y postgresql   (or set TEST_DATABASE_URL)",
    );
  }
  return dir;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

function asServerUser(cmd, args) {
  return isRoot ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];
}

/**
 * @param {{ label?: string, extraArgs?: string[] }} [options]
 *   extraArgs: more arguments for the server, e.g. ["-c", "log_statement=all"].
 * @returns {Promise<{
 *   url: (db: string) => string,
 *   port: number,
 *   logPath: string,
 *   logSize: () => number,
 *   readLog: (fromByte?: number) => string,
 *   stopServer: () => Promise<void>,
 *   startServer: () => Promise<void>,
 *   stop: () => Promise<void>,
 * }>}
 *   The server's stderr (its log) goes to logPath; readLog(n) returns it from byte n on.
 */
export async function startCluster({ label = "dealplaybook", extraArgs = [] } = {}) {
  const bin = findPostgresBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${label}-pg-`));
  if (isRoot) execFileSync("chown", ["-R", "postgres:postgres", dir]);
  const dataDir = path.join(dir, "data");
  const [initCmd, initArgs] = asServerUser(path.join(bin, "initdb"), [
    "-D",
    dataDir,
    "-U",
    "postgres",
    "--auth=trust",
    "--encoding=UTF8",
    "--locale=C",
    "--no-sync",
  ]);
  execFileSync(initCmd, initArgs, { stdio: "ignore" });
  const port = await freePort();
  const [pgCmd, pgArgs] = asServerUser(path.join(bin, "postgres"), [
    "-D",
    dataDir,
    "-p",
    String(port),
    "-k",
    dir,
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "fsync=off",
    "-c",
    "synchronous_commit=off",
    "-c",
    "full_page_writes=off",
    "-c",
    "max_connections=200",
    ...extraArgs,
  ]);
  // The server writes its log straight into a file: nothing to buffer here, however much it logs.
  const logPath = path.join(dir, "server.log");
  const launch = () => {
    const logFd = fs.openSync(logPath, "a");
    const child = spawn(pgCmd, pgArgs, { stdio: ["ignore", "ignore", logFd] });
    fs.closeSync(logFd);
    return child;
  };
  let server = launch();
  const logSize = () => (fs.existsSync(logPath) ? fs.statSync(logPath).size : 0);
  const readLog = (fromByte = 0) => {
    const length = Math.max(0, logSize() - fromByte);
    if (length === 0) return "";
    const buffer = Buffer.alloc(length);
    const fd = fs.openSync(logPath, "r");
    try {
      fs.readSync(fd, buffer, 0, length, fromByte);
    } finally {
      fs.closeSync(fd);
    }
    return buffer.toString("utf8");
  };
  const url = (db) => `postgresql://postgres@127.0.0.1:${port}/${db}`;
  await waitForServer(port, () => readLog());
  /** Signals the postmaster itself (runuser does not pass signals on) and waits for it to exit. */
  const shutDown = async (signal) => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((r) => server.once("exit", r));
    const pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(pid, signal);
    await exited;
  };
  return {
    port,
    url,
    logPath,
    logSize,
    readLog,
    /** Stops the server the way `pg_ctl stop -m fast` does (sessions are ended), keeping its data. */
    async stopServer() {
      await shutDown("SIGINT");
    },
    /** Starts the server again on the same port and data after stopServer(). */
    async startServer() {
      server = launch();
      await waitForServer(port, () => readLog());
    },
    async stop() {
      await shutDown("SIGQUIT");
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForServer(port, log) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, "127.0.0.1", () => (s.end(), resolve(true)));
      s.on("error", () => resolve(false));
    });
    if (ok) {
      await new Promise((r) => setTimeout(r, 200));
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("PostgreSQL did not start within 30 s:\n" + log());
}

/** Creates a database on the cluster (or any server) reachable at adminUrl. */
export async function createDatabase(adminUrl, name) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

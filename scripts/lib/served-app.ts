// What the benchmark scripts (bench.ts, soak.ts) share: a production build to serve, `next start` on
// a free loopback port, a signed-in session, stopping the server, and a plain-text table.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { BENCH_PASSWORD } from "./deal-generator";

export const projectRoot = path.resolve(__dirname, "..", "..");
export const projectBin = (name: string) => path.join(projectRoot, "node_modules", ".bin", name);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]);
}

/** next-auth credentials sign-in: CSRF token and cookie, then the callback; returns the session cookie. */
export async function signIn(base: string, email: string, password = BENCH_PASSWORD): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiePairs(csrf);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${base}/` }),
  });
  await res.arrayBuffer();
  const session = cookiePairs(res).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (HTTP ${res.status}, no session cookie)`);
  return session;
}

export async function stopServer(server: ChildProcess | null) {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((r) => server.once("exit", r));
  server.kill("SIGTERM");
  const timedOut = await Promise.race([exited.then(() => false), sleep(10_000).then(() => true)]);
  if (timedOut) {
    server.kill("SIGKILL");
    await exited;
  }
}

/** Top-level entries of the project that are not sources. */
const NOT_SOURCES = new Set(["node_modules", ".next", ".data", ".git", "bench-results", "test-results", "playwright-report"]);

export interface PreparedApp {
  dir: string;
  /** A copy made for this run, to delete afterwards. */
  temporary: boolean;
}

/**
 * The directory to serve from. skipBuild with an existing build: the project itself. Otherwise a
 * fresh `next build` in a temporary copy of the sources (node_modules hard-linked, so it takes a
 * second): the project's own .next, and any server running from it, are left alone.
 */
export function prepareApp({ skipBuild, label, log }: { skipBuild: boolean; label: string; log: (message: string) => void }): PreparedApp {
  if (skipBuild && fs.existsSync(path.join(projectRoot, ".next", "BUILD_ID"))) {
    log("--skip-build: serving the existing build in .next");
    return { dir: projectRoot, temporary: false };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `dealplaybook-${label}-app-`));
  fs.cpSync(projectRoot, dir, { recursive: true, filter: (src) => !NOT_SOURCES.has(path.relative(projectRoot, src).split(path.sep)[0]) });
  try {
    execFileSync("cp", ["-al", path.join(projectRoot, "node_modules"), path.join(dir, "node_modules")], { stdio: "ignore" });
  } catch {
    fs.symlinkSync(path.join(projectRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  }
  log(`next build in a copy of the sources (${dir}) …`);
  const started = Date.now();
  execFileSync(path.join(dir, "node_modules", ".bin", "next"), ["build"], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { dir, temporary: true };
}

/** `next start` of `app` on 127.0.0.1:`port`, its output appended to `serverLog`. */
export function startNextServer({
  app,
  port,
  databaseUrl,
  serverLog,
  env = {},
}: {
  app: PreparedApp;
  port: number;
  databaseUrl: string;
  serverLog: string;
  env?: Record<string, string>;
}): ChildProcess {
  const base = `http://127.0.0.1:${port}`;
  const out = fs.openSync(serverLog, "a");
  const server = spawn(path.join(app.dir, "node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: app.dir,
    stdio: ["ignore", out, out],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      NEXTAUTH_URL: base,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: String(port),
      ...env,
    },
  });
  fs.closeSync(out);
  return server;
}

export async function waitForHttp(base: string, server: ChildProcess, serverLog: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}:\n${fs.readFileSync(serverLog, "utf8").slice(-3000)}`);
    try {
      const res = await fetch(`${base}/login`, { redirect: "manual" });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`next start did not answer within 60 s:\n${fs.readFileSync(serverLog, "utf8").slice(-3000)}`);
}

/** Rows of cells as a text table: the first row is the header, the first column left-aligned. */
export function table(rows: string[][]) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map(
      (r, ri) =>
        r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ") +
        (ri === 0 ? `\n${widths.map((w) => "─".repeat(w)).join("  ")}` : ""),
    )
    .join("\n");
}

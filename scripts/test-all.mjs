// `npm test`: the whole suite, on a fresh clone, with nothing installed by hand.
//   lint ‖ type check (at once) → unit → integration (real PostgreSQL) → build → end-to-end (Chromium)
// PostgreSQL: a throwaway cluster from the installed server binaries, or TEST_DATABASE_URL.
// Chromium: CHROMIUM_PATH or /usr/bin/chromium; when missing and we are root, Debian's package is
// installed (apt-get install -y chromium); otherwise we stop and print that command.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createDatabase, startCluster } from "./lib/pg-cluster.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const only = new Set((process.env.TEST_STEPS ?? "lint,types,unit,integration,build,e2e").split(","));
const results = [];

async function step(name, fn) {
  if (!only.has(name)) return;
  const started = Date.now();
  console.log(`\n━━ ${name} ━━`);
  await fn();
  results.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

/** A failed step: thrown, not exited on, so that the throwaway cluster is still stopped. */
class StepFailed extends Error {
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
  }
}

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { stdio: "inherit", cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (result.status !== 0) {
    throw new StepFailed(`${path.basename(cmd)} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`, result.status || 1);
  }
}

/** Like run(), without waiting: the output is kept and returned (or thrown with) once the command ends. */
function runBuffered(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: process.stdout.isTTY ? "1" : "0" } });
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    child.on("error", reject);
    child.on("close", (status, signal) => {
      const text = Buffer.concat(output).toString();
      if (status === 0) resolve(text);
      else reject(new StepFailed(`${path.basename(cmd)} ${args.join(" ")} failed (exit ${status ?? signal})\n${text}`, status || 1));
    });
  });
}

/**
 * Independent steps at once (lint and the type check: one core each). Each step's output is shown
 * whole when it ends, under its name, so they never interleave; a failure fails the run after every
 * step has ended, with the failing steps' output.
 */
async function parallelSteps(steps) {
  const chosen = steps.filter(([name]) => only.has(name));
  const outcomes = await Promise.allSettled(
    chosen.map(async ([name, commands]) => {
      const started = Date.now();
      let text = "";
      try {
        for (const [cmd, args] of commands) text += await runBuffered(cmd, args);
      } finally {
        console.log(`\n━━ ${name} (in parallel) ━━`);
      }
      if (text.trim()) console.log(text.trimEnd());
      results.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)}s`);
    }),
  );
  const failed = outcomes.filter((o) => o.status === "rejected").map((o) => o.reason);
  for (const error of failed) if (!(error instanceof StepFailed)) throw error;
  if (failed.length) {
    for (const error of failed) console.error(`\n${error.message}`);
    throw new StepFailed(`${failed.length} of the parallel steps failed (see above)`, failed[0].exitCode);
  }
}

function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    throw new StepFailed(
      "Chromium is needed for the end-to-end tests. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n(or set CHROMIUM_PATH)",
      1,
    );
  }
  console.log("Chromium not found; installing Debian's chromium package…");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  return "/usr/bin/chromium";
}

const cluster = process.env.TEST_DATABASE_URL || !(only.has("integration") || only.has("e2e")) ? null : await startCluster({ label: "dealplaybook-test" });
const adminUrl = process.env.TEST_DATABASE_URL ?? cluster?.url("postgres");
try {
  await parallelSteps([
    [
      "lint",
      [
        [bin("eslint"), [".", "--max-warnings=0"]],
        [bin("prettier"), ["--check", "--log-level=warn", "."]],
      ],
    ],
    ["types", [[bin("tsc"), ["--noEmit", "-p", "."]]]],
  ]);
  await step("unit", () => run(bin("vitest"), ["run", "--project", "unit"]));
  await step("integration", () => run(bin("vitest"), ["run", "--project", "integration"], { TEST_ADMIN_DATABASE_URL: adminUrl }));
  await step("build", () => run(bin("next"), ["build"]));
  await step("e2e", async () => {
    const chromium = ensureChromium();
    const dbName = `e2e_${Date.now()}`;
    await createDatabase(adminUrl, dbName);
    const databaseUrl = withDatabase(adminUrl, dbName);
    run(bin("prisma"), ["migrate", "deploy"], { DATABASE_URL: databaseUrl });
    run(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], { DATABASE_URL: databaseUrl, SEED_DEMO: "1" });
    // A 200-deal organisation for the portfolio tests and screenshots.
    run(bin("tsx"), ["--conditions=react-server", "scripts/generate-deals.ts", "--org", "Portfolio 200", "--slug", "portfolio-200", "--deals", "200"], {
      DATABASE_URL: databaseUrl,
    });
    run(bin("playwright"), ["test", ...(process.env.E2E_ARGS ? process.env.E2E_ARGS.split(" ") : [])], { DATABASE_URL: databaseUrl, CHROMIUM_PATH: chromium });
  });
} catch (error) {
  if (!(error instanceof StepFailed)) throw error;
  console.error(`\n✗ ${error.message}`);
  process.exitCode = error.exitCode;
} finally {
  await cluster?.stop();
}
if (!process.exitCode) console.log(`\n✓ all steps passed: ${results.join(" · ")}`);

function withDatabase(url, db) {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

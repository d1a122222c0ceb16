import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { DEMO } from "./helpers";
import { EMBEDDED_START_PORT } from "./support/service-ports";

// The README's run line, on the embedded database: `npm start` with no DATABASE_URL and no
// configuration. Uses the build made before the e2e run, and a throwaway data folder.
const PORT = EMBEDDED_START_PORT;
const baseURL = `http://localhost:${PORT}`;

function startApp(dataDir: string): { child: ChildProcess; output: () => string; ready: Promise<void> } {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(PORT) };
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_SECRET;
  delete env.NEXTAUTH_URL;
  const child = spawn("npm", ["start"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready in")) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
  return { child, output: () => output, ready };
}

async function stopApp(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid!, "SIGTERM"); // the whole group: npm, tsx, next
  await exited;
}

test.use({ baseURL });

test("npm start serves the app with demo data on the embedded database, and keeps data across restarts", async ({ page }) => {
  test.setTimeout(240_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dealplaybook-embedded-"));
  let app = startApp(dataDir);
  try {
    await app.ready;
    expect(app.output()).toContain("embedded PostgreSQL (PGlite)");
    expect(app.output()).toContain("seeded demo data");

    await page.goto("/login");
    await page.getByLabel("Email").fill(DEMO.negotiator);
    await page.getByLabel("Password").fill("playbook-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("signed-in-user")).toContainText(DEMO.negotiator);
    await page.goto("/playbook");
    await expect(page.getByTestId("playbook-layer")).toHaveCount(7);
    // The portfolio's tallies (database triggers) and its prepared statement work on PGlite too.
    await page.goto("/portfolio");
    await expect(page.getByTestId("kpi-total").locator("div").nth(1)).toHaveText("5");
    await expect(page.getByTestId("heatmap").locator("thead a")).toHaveCount(5);
    await page.goto("/deals");
    await expect(page.getByTestId("deal-row")).toHaveCount(5);

    await stopApp(app.child);
    expect(fs.existsSync(path.join(dataDir, "pglite"))).toBe(true);

    app = startApp(dataDir);
    await app.ready;
    expect(app.output()).not.toContain("seeded demo data");
    expect(app.output()).not.toContain("applied migrations");
    await page.goto("/playbook");
    // The secret persisted in the data folder, so the session survives the restart too.
    await expect(page.getByTestId("playbook-layer")).toHaveCount(7);
  } finally {
    await stopApp(app.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { SIGN_IN_UNAVAILABLE_MESSAGE } from "@/lib/auth/sign-in-limits";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/errors";
import type { Cluster } from "../scripts/lib/pg-cluster.mjs";
import { INTERNALS, LoopbackClient, startApp, startOwnDatabase, type OwnApp } from "./support/own-app";
import { DEMO, DEMO_PASSWORD, signIn } from "./helpers";
import { OUTAGE_APP_PORT } from "./support/service-ports";

// PostgreSQL stops (`pg_ctl stop -m fast`: sessions are ended) for 5 s while a negotiator keeps
// logging vendor responses through the server action, and starts again. What must hold: every write
// the app acknowledged is in the database; every request during the outage gets a prompt "try
// again" answer without internals; the same server process serves again soon after.

const PORT = OUTAGE_APP_PORT;
const OUTAGE_MS = 5_000;
const ANSWER_WITHIN_MS = 15_000;
const RECOVER_WITHIN_MS = 10_000;

let cluster: Cluster;
let databaseUrl: string;
let app: OwnApp;

test.describe.configure({ mode: "serial" });
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  ({ cluster, databaseUrl } = await startOwnDatabase("db-outage"));
  app = await startApp({ port: PORT, databaseUrl });
});

test.afterAll(async () => {
  await app?.stop();
  await cluster?.stop();
});

async function query<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The id Next gave the logVendorResponse server action in this build. */
function logVendorResponseActionId(): string {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../.next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const ids = Object.entries(manifest.node)
    .filter(([, entry]) => entry.exportedName === "logVendorResponse" && entry.filename?.includes("lib/actions/deal-clauses"))
    .map(([id]) => id);
  expect(ids, "logVendorResponse in the server-reference manifest").toHaveLength(1);
  return ids[0];
}

interface Call {
  n: number;
  startedAt: number;
  endedAt: number;
  status: number | null;
  result: { ok: boolean; code?: string; message?: string } | null;
  failure?: string;
}

/** Calls the action over HTTP as the browser does: POST to its page with the Next-Action header. */
async function logResponse(request: APIRequestContext, target: { pagePath: string; actionId: string; input: object }, n: number): Promise<Call> {
  const startedAt = Date.now();
  try {
    const response = await request.post(target.pagePath, {
      headers: { "next-action": target.actionId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: `http://127.0.0.1:${PORT}` },
      data: JSON.stringify([{ ...target.input, vendorText: `Outage probe ${n}: the vendor counters.` }]),
      timeout: ANSWER_WITHIN_MS,
      maxRedirects: 0,
    });
    const body = await response.text();
    // The flight response: one `<row>:<json>` line per value; the action's result is the object with `ok`.
    const result =
      body
        .split("\n")
        .map((line) => line.match(/^\w+:(\{.*\})$/)?.[1])
        .filter((json): json is string => Boolean(json))
        .map((json) => JSON.parse(json) as Call["result"])
        .find((value) => value && typeof value.ok === "boolean") ?? null;
    return { n, startedAt, endedAt: Date.now(), status: response.status(), result, failure: result ? undefined : body.slice(0, 500) };
  } catch (error) {
    return { n, startedAt, endedAt: Date.now(), status: null, result: null, failure: String(error) };
  }
}

test("PostgreSQL down for 5 s while responses are logged: acknowledged writes kept, 'try again' meanwhile, served again without a restart", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, DEMO.negotiator);
  const [clause] = await query<{ id: string; dealId: string; version: number }>(
    `SELECT dc.id, dc."dealId", dc.version FROM "DealClause" dc
       JOIN "Deal" d ON d.id = dc."dealId" AND d."archivedAt" IS NULL
       JOIN "Membership" m ON m."organizationId" = d."organizationId"
       JOIN "User" u ON u.id = m."userId" AND u.email = $1
     ORDER BY dc.id LIMIT 1`,
    [DEMO.negotiator],
  );
  const target = {
    pagePath: `/deals/${clause.dealId}/clauses/${clause.id}`,
    actionId: logVendorResponseActionId(),
    input: {
      dealClauseId: clause.id,
      version: clause.version,
      occurredOn: new Date().toISOString().slice(0, 10),
      channel: "EMAIL",
      stance: "COUNTERS",
      offerPosition: "UNCLEAR",
      counterNextStep: "",
      newStatus: "",
      notApplicableReason: "",
    },
  };

  // Log continuously, one call after the other, until told to stop.
  const calls: Call[] = [];
  let logging = true;
  const logger = (async () => {
    for (let n = 1; logging; n++) {
      calls.push(await logResponse(page.request, target, n));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();

  await expect.poll(() => calls.filter((c) => c.result?.ok).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
  const stoppedAt = Date.now();
  await cluster.stopServer();

  // While it is down: a page and the API answer too, without internals.
  await new Promise((r) => setTimeout(r, 1_000));
  const pageResponse = await page.goto("/deals", { timeout: ANSWER_WITHIN_MS });
  const pageText = await page.locator("body").innerText();
  const pageHtml = await page.content();
  const api = await page.request.post("/api/v1/analyze", {
    headers: { origin: `http://127.0.0.1:${PORT}` },
    data: { text: "We keep the weights." },
    timeout: ANSWER_WITHIN_MS,
  });
  const apiBody = await api.text();
  const signInStarted = Date.now();
  const signInError = await new LoopbackClient("127.0.0.8").signIn(`http://127.0.0.1:${PORT}`, DEMO.viewer, DEMO_PASSWORD);
  const signInMs = Date.now() - signInStarted;

  await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - stoppedAt))));
  await cluster.startServer();
  const backAt = Date.now();

  const firstSuccessAfterRestart = () => calls.find((c) => c.startedAt >= backAt && c.result?.ok);
  await expect.poll(() => firstSuccessAfterRestart(), { timeout: RECOVER_WITHIN_MS + ANSWER_WITHIN_MS }).toBeTruthy();
  const recoveredAt = firstSuccessAfterRestart()!.endedAt;
  await new Promise((r) => setTimeout(r, 1_000));
  logging = false;
  await logger;

  const acknowledged = calls.filter((c) => c.result?.ok);
  const refused = calls.filter((c) => !c.result?.ok);
  const slowest = Math.max(...calls.map((c) => c.endedAt - c.startedAt));
  console.log(
    `[database-outage] ${calls.length} calls: ${acknowledged.length} acknowledged, ${refused.length} refused ` +
      `(${calls.filter((c) => c.startedAt >= stoppedAt && c.startedAt < backAt).length} started during the ${backAt - stoppedAt} ms outage); ` +
      `slowest answer ${slowest} ms; served again ${recoveredAt - backAt} ms after PostgreSQL was back; ` +
      `page during the outage: ${pageResponse?.status()}, API: ${api.status()} Retry-After ${api.headers()["retry-after"]}, sign-in answered in ${signInMs} ms`,
  );

  // Every call was answered, promptly; every refusal says to try again, and nothing more.
  expect(calls.filter((c) => c.status === null).map((c) => c.failure)).toEqual([]);
  expect(slowest).toBeLessThan(ANSWER_WITHIN_MS);
  expect(refused.length, "calls refused during the outage").toBeGreaterThan(0);
  for (const call of refused) {
    expect(call.result, `call ${call.n}: ${call.failure}`).toEqual({ ok: false, code: "UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE });
  }
  expect(refused.every((c) => c.startedAt >= stoppedAt - 1_000 && c.startedAt < backAt + RECOVER_WITHIN_MS)).toBe(true);

  // Served again by the same process, within 10 s.
  expect(recoveredAt - backAt).toBeLessThanOrEqual(RECOVER_WITHIN_MS);

  // Every acknowledged write is there.
  const stored = new Set(
    (await query<{ vendorText: string }>(`SELECT "vendorText" FROM "VendorResponse" WHERE "dealClauseId" = $1`, [clause.id])).map((r) => r.vendorText),
  );
  const missing = acknowledged.filter((c) => !stored.has(`Outage probe ${c.n}: the vendor counters.`)).map((c) => c.n);
  expect(missing, "acknowledged writes missing from the database").toEqual([]);

  // The page and the API during the outage: a clear answer, no internals.
  // Next answers a render error with 500 (it has no way to say 503 from a page): never a cacheable 200.
  expect(pageResponse?.status()).toBeGreaterThanOrEqual(500);
  expect(pageText).toContain("We could not show this page");
  expect(pageHtml).not.toMatch(INTERNALS);
  expect(api.status()).toBe(503);
  expect(Number(api.headers()["retry-after"])).toBeGreaterThan(0);
  expect(JSON.parse(apiBody)).toMatchObject({ type: "/docs/api#problem-unavailable", status: 503, detail: DATABASE_UNAVAILABLE_MESSAGE });
  for (const call of refused) expect(JSON.stringify(call.result)).not.toMatch(INTERNALS);
  // Signing in says the same, not "wrong password", and carries no driver text in its redirect.
  expect(signInError).toBe(SIGN_IN_UNAVAILABLE_MESSAGE);
  expect(signInMs).toBeLessThan(ANSWER_WITHIN_MS);

  // And the page is back.
  const after = await page.goto("/deals");
  expect(after?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "We could not show this page" })).toHaveCount(0);
});

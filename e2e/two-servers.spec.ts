import { expect, test } from "@playwright/test";
import { SIGN_IN_FAILURES_PER_ACCOUNT, SIGN_IN_FAILURES_PER_ADDRESS, signInThrottledMessage } from "@/lib/auth/sign-in-limits";
import type { Cluster } from "../scripts/lib/pg-cluster.mjs";
import { LoopbackClient, startApp, startOwnDatabase, type OwnApp } from "./support/own-app";
import { DEMO, DEMO_PASSWORD } from "./helpers";
import { TWO_SERVER_PORTS } from "./support/service-ports";

// Two `next start` processes on one database, as behind a load balancer: every limit is counted in
// PostgreSQL, so a client alternating between the servers gets no more than from one of them.
// Each test connects from a loopback address of its own, so their per-address counts stay apart.

const THROTTLED = signInThrottledMessage(15);
const WRONG = "CredentialsSignin";

let cluster: Cluster;
let servers: [OwnApp, OwnApp];

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const own = await startOwnDatabase("two-servers");
  cluster = own.cluster;
  servers = await Promise.all([
    startApp({ port: TWO_SERVER_PORTS[0], databaseUrl: own.databaseUrl }),
    startApp({ port: TWO_SERVER_PORTS[1], databaseUrl: own.databaseUrl }),
  ]);
});

test.afterAll(async () => {
  await Promise.all((servers ?? []).map((s) => s.stop()));
  await cluster?.stop();
});

const server = (i: number) => servers[i % 2].baseURL;

test("wrong passwords for one account, alternating between the servers, are counted together", async () => {
  const client = new LoopbackClient("127.0.0.2");
  for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT; i++) {
    expect(await client.signIn(server(i), DEMO.viewer, "not-the-password"), `attempt ${i + 1}`).toBe(WRONG);
  }
  // The limit is reached: refused on both, the right password included.
  expect(await client.signIn(server(0), DEMO.viewer, "not-the-password")).toBe(THROTTLED);
  expect(await client.signIn(server(1), DEMO.viewer, DEMO_PASSWORD)).toBe(THROTTLED);
  // Another client address is refused too: the count is the account's.
  expect(await new LoopbackClient("127.0.0.5").signIn(server(1), DEMO.viewer, DEMO_PASSWORD)).toBe(THROTTLED);
});

test("failures from one address, alternating servers and forging X-Forwarded-For each time, are counted together", async () => {
  const client = new LoopbackClient("127.0.0.3");
  const forged = (i: number) => ({ "x-forwarded-for": `198.51.100.${i + 1}` });
  // A different email every time: only the address count can stop these.
  const email = (i: number) => `nobody-${i}-${Date.now()}@example.com`;
  for (let i = 0; i < SIGN_IN_FAILURES_PER_ADDRESS; i++) {
    expect(await client.signIn(server(i), email(i), "guess", forged(i)), `attempt ${i + 1}`).toBe(WRONG);
  }
  for (const i of [0, 1]) {
    expect(await client.signIn(server(i), email(100 + i), "guess", forged(100 + i)), `on server ${i + 1}`).toBe(THROTTLED);
  }
  // The per-address count is that address's alone: a demo user elsewhere still signs in.
  expect(await new LoopbackClient("127.0.0.4").signIn(server(1), DEMO.negotiator, DEMO_PASSWORD)).toBeNull();
});

test("/api/v1/analyze allows 60 calls a minute per user across both servers; the 61st on either is 429 with Retry-After", async () => {
  const client = new LoopbackClient("127.0.0.6");
  expect(await client.signIn(server(0), DEMO.manager, DEMO_PASSWORD)).toBeNull();
  const analyze = (i: number) =>
    client.request(`${server(i)}/api/v1/analyze`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server(i) },
      body: JSON.stringify({ text: "We will retain the fine-tuned weights." }),
    });
  const statuses: number[] = [];
  for (let i = 0; i < 60; i++) statuses.push((await analyze(i)).status);
  expect(statuses.filter((s) => s === 200)).toHaveLength(60);
  for (const i of [0, 1]) {
    const refused = await analyze(i);
    expect(refused.status, `61st call on server ${i + 1}`).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(60);
  }
});

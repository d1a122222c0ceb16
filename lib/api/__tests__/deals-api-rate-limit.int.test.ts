import { beforeAll, describe, expect, it } from "vitest";
import type { callApi as CallApi, createTestToken as CreateTestToken } from "@/lib/test/api";
import { createRateLimiter } from "@/lib/rate-limit";
import { createOrganization, createUser } from "@/lib/test/factories";

// The per-token limit on /api/v1 with a small limit: this file sets it before the routes are imported.
const LIMIT = 3;
process.env.DEALPLAYBOOK_API_CALLS_PER_MINUTE = String(LIMIT);

let callApi: typeof CallApi;
let createTestToken: typeof CreateTestToken;

describe("rate limit per token on the deal endpoints", () => {
  beforeAll(async () => {
    ({ callApi, createTestToken } = await import("@/lib/test/api"));
  });

  it("answers 429 with Retry-After past the limit, per token, counted where every server process sees it", async () => {
    const { org } = await createOrganization("Rate Org");
    const owner = await createUser(org.id, "NEGOTIATOR");
    const busy = await createTestToken({ organizationId: org.id, ownerId: owner.id });
    const calm = await createTestToken({ organizationId: org.id, ownerId: owner.id });

    for (let i = 0; i < LIMIT; i++) expect((await callApi("GET", "/api/v1/deals", { token: busy.secret })).status).toBe(200);
    const refused = await callApi("GET", "/api/v1/portfolio", { token: busy.secret });
    expect([refused.status, refused.json.type]).toEqual([429, "/docs/api#problem-rate-limited"]);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // Writes count against the same budget.
    expect((await callApi("POST", "/api/v1/deals", { token: busy.secret, body: {} })).status).toBe(429);
    expect((await callApi("GET", "/api/v1/deals", { token: calm.secret })).status).toBe(200);

    // Another server process has its own limiter object over the same table: it sees the calls made here.
    const otherProcess = createRateLimiter({ name: "api", limit: LIMIT, windowMs: 60_000 });
    expect((await otherProcess.take(`token:${busy.id}`)).ok).toBe(false);
    // ...and the calls it lets through count here: calm's one call plus two there reach the limit.
    for (let i = 0; i < LIMIT - 1; i++) expect(await otherProcess.take(`token:${calm.id}`)).toMatchObject({ ok: true });
    expect((await callApi("GET", "/api/v1/deals", { token: calm.secret })).status).toBe(429);
  });
});

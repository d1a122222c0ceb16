import { beforeAll, describe, expect, it, vi } from "vitest";

// The rate limit is read when lib/api/rate-limits.ts loads; vitest gives each file its own modules.
const CALLS_PER_MINUTE = vi.hoisted(() => {
  process.env.DEALPLAYBOOK_API_CALLS_PER_MINUTE = "4";
  return 4;
});

// No browser session in these calls: the signed-out stand-in for the session lookup.
vi.mock("@/lib/auth/actor", () => import("@/lib/test/action-env"));

import type { ApiRoute } from "@/lib/api/define-api-route";
import { PROBLEM_CONTENT_TYPE } from "@/lib/api/problem";
import { API_ROUTES } from "@/lib/api/routes";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { ROLES, type Role } from "@/lib/domain/enums";
import { callApi, createTestToken, type ApiAnswer } from "@/lib/test/api";
import { createOrganization, createUser } from "@/lib/test/factories";

// Every registered endpoint refuses, before any business logic runs, whoever may not call it: no
// credentials, a bad token, a token without the scope, a role without the permission. Generic over the
// registry, so a new endpoint is covered the moment it is defined. Ids in paths are dummies: a caller
// that gets past the refusals meets a 404 or 400, never a 401/403.

const PROTECTED = API_ROUTES.filter((r) => !r.spec.public);
const PUBLIC = API_ROUTES.filter((r) => r.spec.public);
const SAME_ORIGIN = { origin: "http://test.local", "x-forwarded-host": "test.local" };

function urlOf(route: ApiRoute): string {
  return `/api/v1${route.spec.path.replace(/\{(\w+)\}/g, (_m, name: string) => `missing-${name}`)}`;
}

function expectProblem(answer: ApiAnswer, status: number, kind: string, label: string) {
  expect(answer.status, `${label}: ${JSON.stringify(answer.json)}`).toBe(status);
  expect(answer.headers.get("content-type"), label).toBe(PROBLEM_CONTENT_TYPE);
  expect(answer.json, label).toMatchObject({ type: `/docs/api#problem-${kind}`, status });
}

describe("access refusals on every /api/v1 endpoint", () => {
  let org: { id: string };
  const owners = {} as Record<Role, { id: string }>;
  let readOnly: string;
  let revoked: string;
  let expired: string;
  let ownerGone: string;

  beforeAll(async () => {
    ({ org } = await createOrganization("Access Matrix Org"));
    for (const role of ROLES) owners[role] = await createUser(org.id, role);
    const departed = await createUser(org.id, "NEGOTIATOR", { active: false });
    const owner = owners.ADMIN.id;
    [readOnly, revoked, expired, ownerGone] = (
      await Promise.all([
        createTestToken({ organizationId: org.id, ownerId: owner, scopes: ["READ"] }),
        createTestToken({ organizationId: org.id, ownerId: owner, revokedAt: new Date(Date.now() - 1000) }),
        createTestToken({ organizationId: org.id, ownerId: owner, expiresAt: new Date(Date.now() - 1000) }),
        createTestToken({ organizationId: org.id, ownerId: departed.id }),
      ])
    ).map((t) => t.secret);
  });

  it("has endpoints to check", () => {
    expect(PROTECTED.length).toBeGreaterThan(0);
  });

  it.each(PROTECTED.map((route) => [`${route.spec.method} ${route.spec.path}`, route] as const))("%s", async (label, route) => {
    const { method } = route.spec;
    const url = urlOf(route);
    const origin = method === "GET" ? {} : SAME_ORIGIN;

    const anonymous = await callApi(method, url, { headers: origin });
    expectProblem(anonymous, 401, "unauthenticated", `${label} without credentials`);
    expect(anonymous.headers.get("www-authenticate"), label).toMatch(/^Bearer /);

    const badHeader = await callApi(method, url, { headers: { authorization: "Basic dXNlcjpwYXNz" } });
    expectProblem(badHeader, 401, "invalid-token", `${label} with a Basic header`);
    expect(badHeader.headers.get("www-authenticate"), label).toContain('error="invalid_request"');

    const unknown = "dpk_" + "A".repeat(43);
    for (const [what, secret] of [
      ["a malformed token", "not-a-token"],
      ["an unknown token", unknown],
      ["a revoked token", revoked],
      ["an expired token", expired],
      ["a departed owner's token", ownerGone],
    ]) {
      const answer = await callApi(method, url, { token: secret });
      expectProblem(answer, 401, "invalid-token", `${label} with ${what}`);
      expect(answer.headers.get("www-authenticate"), label).toContain('error="invalid_token"');
    }

    if (method !== "GET") {
      const readOnlyAnswer = await callApi(method, url, { token: readOnly });
      expectProblem(readOnlyAnswer, 403, "insufficient-scope", `${label} with a read-only token`);
    }

    for (const role of ROLES) {
      // One token per role and endpoint: the rate limit of this file is small.
      const token = await createTestToken({ organizationId: org.id, ownerId: owners[role].id });
      const answer = await callApi(method, url, { token: token.secret, headers: { "content-type": "application/json" } });
      if (route.spec.permission === null || can(role, route.spec.permission)) {
        expect([401, 403], `${label} as ${role} should pass the refusals: ${JSON.stringify(answer.json)}`).not.toContain(answer.status);
      } else {
        expectProblem(answer, 403, "forbidden", `${label} as ${role}`);
      }
    }
  });

  it("answers the public endpoints without credentials", async () => {
    expect(PUBLIC.length).toBeGreaterThan(0);
    for (const route of PUBLIC) {
      const answer = await callApi(route.spec.method, urlOf(route));
      expect(answer.status, `${route.spec.method} ${route.spec.path}`).toBe(route.spec.response.status);
    }
  });

  it(`answers the call past ${CALLS_PER_MINUTE} a minute with 429 and Retry-After, for that token only`, async () => {
    const [first, second] = await Promise.all([
      createTestToken({ organizationId: org.id, ownerId: owners.VIEWER.id, scopes: ["READ"] }),
      createTestToken({ organizationId: org.id, ownerId: owners.VIEWER.id, scopes: ["READ"] }),
    ]);
    for (let i = 0; i < CALLS_PER_MINUTE; i++) expect((await callApi("GET", "/api/v1/me", { token: first.secret })).status).toBe(200);
    const limited = await callApi("GET", "/api/v1/me", { token: first.secret });
    expectProblem(limited, 429, "rate-limited", "the call past the limit");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect((await callApi("GET", "/api/v1/me", { token: second.secret })).status).toBe(200);
    const uses = await getDb().apiTokenUse.findMany({ where: { tokenId: first.id }, select: { status: true } });
    expect(uses.map((u) => u.status).sort()).toEqual([...Array(CALLS_PER_MINUTE).fill(200), 429]);
  });
});

import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/domain/enums";
import { setDealArchived } from "@/lib/services/deals";
import { callApi, createRoleTokens, createTestToken } from "@/lib/test/api";
import { snapshotOrgs } from "@/lib/test/db-snapshot";
import { createTestDeal } from "@/lib/test/deals";
import { createTeam, createUser } from "@/lib/test/factories";
import { statementsOf } from "@/lib/test/statement-counter";
import { signIn, signOut } from "@/lib/test/action-env";

// A call without a token falls back to the session cookie (signed out unless a test signs in).
vi.mock("@/lib/auth/actor", () => import("@/lib/test/action-env"));
vi.mock("next/headers", () => import("@/lib/test/action-env"));
vi.mock("next/cache", () => import("@/lib/test/action-env"));

// The deal, portfolio and playbook endpoints of /api/v1 over bearer tokens: who may call what, with
// which scope; the list's filters and cursor walk; idempotent creates; If-Match updates.

const db = getDb();
const ROLES: Role[] = ["ADMIN", "CIO", "MANAGER", "NEGOTIATOR", "VIEWER"];
const WRITERS: Role[] = ["ADMIN", "NEGOTIATOR"];

const NEW_DEAL = { name: "Fraud scoring model", vendor: "Vendo Labs", hostingModel: "SELF_HOSTED", currency: "USD", contractValue: "1,250,000.50" };

type Team = Awaited<ReturnType<typeof createTeam>>;

describe("who may call the deal, portfolio and playbook endpoints", () => {
  let team: Team;
  let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
  let dealId: string;

  beforeAll(async () => {
    team = await createTeam();
    tokens = await createRoleTokens(team);
    dealId = (await createTestDeal(team.actors.NEGOTIATOR)).deal.id;
  });

  it("lets every role read with a read token, and refuses no token, a revoked and an expired one", async () => {
    const reads = ["/api/v1/deals", `/api/v1/deals/${dealId}`, "/api/v1/portfolio", "/api/v1/playbook"];
    for (const url of reads) {
      for (const role of ROLES) {
        const answer = await callApi("GET", url, { token: tokens.read[role] });
        expect([url, role, answer.status]).toEqual([url, role, 200]);
      }
      for (const token of [undefined, tokens.revoked, tokens.expired]) {
        const refused = await callApi("GET", url, { token });
        expect([url, refused.status, refused.headers.get("content-type")]).toEqual([url, 401, "application/problem+json"]);
      }
    }
    await signIn(team.users.VIEWER.id);
    try {
      expect((await callApi("GET", `/api/v1/deals/${dealId}`)).status).toBe(200);
    } finally {
      signOut();
    }
    const list = await callApi("GET", "/api/v1/deals", { token: tokens.read.VIEWER });
    expect(list.json.data.map((d: { id: string }) => d.id)).toEqual([dealId]);
    const deal = await callApi("GET", `/api/v1/deals/${dealId}`, { token: tokens.read.VIEWER });
    expect(deal.headers.get("etag")).toBe(`"${deal.json.version}"`);
    expect(deal.json).toMatchObject({
      id: dealId,
      contractValue: "250000.00",
      currency: "EUR",
      links: { self: `/api/v1/deals/${dealId}`, app: `/deals/${dealId}` },
    });
    const portfolio = await callApi("GET", "/api/v1/portfolio", { token: tokens.read.VIEWER });
    expect(portfolio.json).toMatchObject({ deals: 1, totalValue: { EUR: "250000.00" } });
    const playbook = await callApi("GET", "/api/v1/playbook", { token: tokens.read.VIEWER });
    expect(playbook.json).toMatchObject({ id: team.playbook.id, version: team.playbook.version });
    expect(playbook.json.sections.length).toBeGreaterThan(0);
    expect(playbook.json.sections[0].clauses[0]).toEqual(
      expect.objectContaining({ key: expect.any(String), priority: expect.any(String), mustHave: expect.any(String) }),
    );
  });

  it("answers another organisation's token with its own organisation's data only", async () => {
    const foreign = { token: tokens.foreign };
    expect((await callApi("GET", `/api/v1/deals/${dealId}`, foreign)).status).toBe(404);
    expect((await callApi("GET", "/api/v1/deals/no-such-deal", { token: tokens.read.ADMIN })).json).toMatchObject({
      status: 404,
      type: "/docs/api#problem-not-found",
    });
    expect((await callApi("GET", "/api/v1/deals", foreign)).json).toEqual({ data: [], nextCursor: null });
    expect((await callApi("GET", "/api/v1/portfolio", foreign)).json).toMatchObject({ deals: 0, totalValue: {} });
    const playbook = await callApi("GET", "/api/v1/playbook", foreign);
    const theirs = await db.playbook.findFirstOrThrow({ where: { organizationId: team.otherOrg.id, isCurrent: true } });
    expect(playbook.json.id).toBe(theirs.id);

    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    const patch = await callApi("PATCH", `/api/v1/deals/${dealId}`, { ...foreign, body: { name: "Taken over" }, headers: { "if-match": '"1"' } });
    expect(patch.status).toBe(404);
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
  });

  it("refuses writes with a read-only token or a role that may not change deals, and writes nothing", async () => {
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    const { version } = await db.deal.findUniqueOrThrow({ where: { id: dealId } });
    const ifMatch = { "if-match": `"${version}"` };
    for (const role of ROLES) {
      const create = await callApi("POST", "/api/v1/deals", { token: tokens.read[role], body: NEW_DEAL });
      const patch = await callApi("PATCH", `/api/v1/deals/${dealId}`, { token: tokens.read[role], body: { name: "Renamed" }, headers: ifMatch });
      expect([role, create.status, create.json.type, patch.status, patch.json.type]).toEqual([
        role,
        403,
        "/docs/api#problem-insufficient-scope",
        403,
        "/docs/api#problem-insufficient-scope",
      ]);
    }
    for (const role of ROLES.filter((r) => !WRITERS.includes(r))) {
      const create = await callApi("POST", "/api/v1/deals", { token: tokens.write[role], body: NEW_DEAL });
      const patch = await callApi("PATCH", `/api/v1/deals/${dealId}`, { token: tokens.write[role], body: { name: "Renamed" }, headers: ifMatch });
      expect([role, create.status, create.json.type, patch.status]).toEqual([role, 403, "/docs/api#problem-forbidden", 403]);
    }
    const sameOrigin = { origin: "http://test.local", "x-forwarded-host": "test.local" };
    for (const token of [undefined, tokens.revoked, tokens.expired]) {
      const create = await callApi("POST", "/api/v1/deals", { token, body: NEW_DEAL, headers: sameOrigin });
      const patch = await callApi("PATCH", `/api/v1/deals/${dealId}`, { token, body: { name: "Renamed" }, headers: { ...ifMatch, ...sameOrigin } });
      expect([create.status, patch.status]).toEqual([401, 401]);
    }
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
  });

  it("lets an admin and a negotiator create and change deals with a write token", async () => {
    for (const role of WRITERS) {
      const created = await callApi("POST", "/api/v1/deals", { token: tokens.write[role], body: { ...NEW_DEAL, name: `Made by ${role}` } });
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject({ name: `Made by ${role}`, owner: { id: team.users[role].id }, contractValue: "1250000.50", stage: "INTAKE" });
      const current = await db.deal.findUniqueOrThrow({ where: { id: dealId } });
      const patched = await callApi("PATCH", `/api/v1/deals/${dealId}`, {
        token: tokens.write[role],
        body: { name: `Renamed by ${role}` },
        headers: { "if-match": `"${current.version}"` },
      });
      expect([role, patched.status, patched.json.name, patched.json.version]).toEqual([role, 200, `Renamed by ${role}`, current.version + 1]);
    }
    const foreignCreate = await callApi("POST", "/api/v1/deals", { token: tokens.foreign, body: NEW_DEAL });
    expect(foreignCreate.status).toBe(201);
    expect(await db.deal.findUniqueOrThrow({ where: { id: foreignCreate.json.id } })).toMatchObject({ organizationId: team.otherOrg.id });
  });
});

describe("GET /api/v1/deals filters and cursor pagination", () => {
  let team: Team;
  let token: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    team = await createTeam();
    token = (await createTestToken({ organizationId: team.org.id, ownerId: team.users.ADMIN.id })).secret;
    const manager = team.actors.NEGOTIATOR;
    const other = await createUser(team.org.id, "NEGOTIATOR", { name: "Other Owner" });
    const specs = [
      { key: "a", name: "Alpha claims", vendor: "Acme AI", stage: "INTAKE" },
      { key: "b", name: "Beta fraud", vendor: "Acme AI", stage: "NEGOTIATING" },
      { key: "c", name: "Gamma search", vendor: "Bright Models", stage: "NEGOTIATING" },
      { key: "d", name: "Delta triage", vendor: "Bright Models", stage: "INTAKE", ownerId: other.id },
      { key: "e", name: "Epsilon chat", vendor: "Cortex", stage: "WALKED_AWAY" },
      { key: "f", name: "Zeta archive", vendor: "Cortex", stage: "INTAKE" },
    ] as const;
    for (const { key, ...overrides } of specs) ids[key] = (await createTestDeal(manager, overrides)).deal.id;
    const f = await db.deal.findUniqueOrThrow({ where: { id: ids.f } });
    await setDealArchived(team.actors.ADMIN, { dealId: f.id, version: f.version, archived: true });
  });

  const list = async (query: string) => {
    const answer = await callApi("GET", `/api/v1/deals?${query}`, { token });
    expect(answer.status).toBe(200);
    return answer.json as { data: { id: string; name: string }[]; nextCursor: string | null };
  };
  const names = async (query: string) => (await list(query)).data.map((d) => d.name).sort();

  it("filters by stage, vendor (name or id), owner, text, archive state and change time", async () => {
    expect(await names("stage=NEGOTIATING")).toEqual(["Beta fraud", "Gamma search"]);
    expect(await names("stage=negotiating,WALKED_AWAY")).toEqual(["Beta fraud", "Epsilon chat", "Gamma search"]);
    expect(await names("vendor=Acme%20AI")).toEqual(["Alpha claims", "Beta fraud"]);
    const bright = await db.deal.findUniqueOrThrow({ where: { id: ids.c } });
    expect(await names(`vendor=${bright.vendorId}`)).toEqual(["Delta triage", "Gamma search"]);
    const d = await db.deal.findUniqueOrThrow({ where: { id: ids.d } });
    expect(await names(`ownerId=${d.ownerId}`)).toEqual(["Delta triage"]);
    expect(await names("q=BRIGHT")).toEqual(["Delta triage", "Gamma search"]);
    expect(await names("q=fraud")).toEqual(["Beta fraud"]);
    expect(await names("archived=true")).toEqual(["Zeta archive"]);
    expect((await names("archived=all")).length).toBe(6);
    expect((await names("")).length).toBe(5);
    const e = await db.deal.findUniqueOrThrow({ where: { id: ids.e } });
    expect(await names(`updatedSince=${encodeURIComponent(e.updatedAt.toISOString())}`)).toEqual(
      (await db.deal.findMany({ where: { organizationId: team.org.id, archivedAt: null, updatedAt: { gte: e.updatedAt } } })).map((x) => x.name).sort(),
    );
    expect(await names("updatedSince=2999-01-01T00:00:00Z")).toEqual([]);
  });

  it("walks every page once, newest change first, and stays stable when a deal changes between pages", async () => {
    const expected = (
      await db.deal.findMany({ where: { organizationId: team.org.id, archivedAt: null }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }] })
    ).map((x) => x.id);
    const walk = async (limit: number, between?: (seen: string[]) => Promise<void>) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof list>> = await list(`limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
        expect(page.data.length).toBeLessThanOrEqual(limit);
        seen.push(...page.data.map((d) => d.id));
        cursor = page.nextCursor;
        if (cursor && between) await between(seen);
      } while (cursor);
      return seen;
    };
    expect(await walk(2)).toEqual(expected);
    expect(await walk(100)).toEqual(expected);

    // Change one deal already passed and one not reached yet after the first page.
    const startedAt = new Date();
    let changed: { passed: string; ahead: string } | null = null;
    const seen = await walk(2, async (sofar) => {
      if (changed) return;
      const ahead = expected.find((id) => !sofar.includes(id))!;
      changed = { passed: sofar[0], ahead };
      for (const id of [changed.passed, ahead]) {
        const deal = await db.deal.findUniqueOrThrow({ where: { id } });
        const patch = await callApi("PATCH", `/api/v1/deals/${id}`, {
          token,
          body: { useCase: "Changed mid-walk" },
          headers: { "if-match": `"${deal.version}"` },
        });
        expect(patch.status).toBe(200);
      }
    });
    // No duplicates, nothing unchanged skipped; the deal changed ahead of the cursor moved behind it.
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expected.filter((id) => id !== changed!.ahead));
    // ...and a sync from the walk's start picks both changes up.
    const since = await list(`updatedSince=${encodeURIComponent(startedAt.toISOString())}`);
    expect(since.data.map((d) => d.id).sort()).toEqual([changed!.passed, changed!.ahead].sort());
  });

  it("refuses a bad cursor, limit or filter with a problem naming the parameter", async () => {
    const page = await list("limit=1");
    const tampered = page.nextCursor!.slice(0, -3) + (page.nextCursor!.endsWith("A") ? "BBB" : "AAA");
    const cases: [string, string][] = [
      [`cursor=${tampered}`, "cursor"],
      ["cursor=not-a-cursor", "cursor"],
      [`cursor=${Buffer.from(JSON.stringify(["yesterday", "x"])).toString("base64url")}`, "cursor"],
      ["limit=0", "limit"],
      ["limit=101", "limit"],
      ["limit=two", "limit"],
      ["limit=1.5", "limit"],
      ["stage=SOLD", "stage"],
      ["archived=maybe", "archived"],
      ["updatedSince=last%20week", "updatedSince"],
    ];
    for (const [query, parameter] of cases) {
      const answer = await callApi("GET", `/api/v1/deals?${query}`, { token });
      expect([query, answer.status, answer.headers.get("content-type")]).toEqual([query, 400, "application/problem+json"]);
      expect(answer.json.errors).toEqual([expect.objectContaining({ parameter, detail: expect.any(String) })]);
    }
  });

  it("reads a page in the same number of statements whatever its size", async () => {
    const one = await statementsOf(() => list("limit=1&archived=all"));
    const all = await statementsOf(() => list("limit=100&archived=all"));
    expect(all.length).toBe(one.length);
    expect(all.length).toBeGreaterThan(2);
    expect(all.length).toBeLessThan(20);
  });
});

describe("POST /api/v1/deals and PATCH /api/v1/deals/{dealId}", () => {
  let team: Team;
  let token: { id: string; secret: string };

  beforeAll(async () => {
    team = await createTeam();
    token = await createTestToken({ organizationId: team.org.id, ownerId: team.users.NEGOTIATOR.id });
  });

  it("creates once per Idempotency-Key, answers a retry identically, and refuses the key with another body", async () => {
    const headers = { "idempotency-key": "create-fraud-1" };
    const first = await callApi("POST", "/api/v1/deals", { token: token.secret, body: NEW_DEAL, headers });
    expect(first.status).toBe(201);
    expect(first.headers.get("location")).toBe(`/api/v1/deals/${first.json.id}`);
    expect(first.json).toMatchObject({
      name: NEW_DEAL.name,
      vendor: { name: "Vendo Labs" },
      owner: { id: team.users.NEGOTIATOR.id },
      contractValue: "1250000.50",
      currency: "USD",
      playbookVersion: team.playbook.version,
      archived: false,
      version: 1,
    });
    expect(first.json.readiness).toEqual({ score: expect.any(Number), band: expect.any(String), blockers: expect.any(Number) });
    const stored = await db.deal.findUniqueOrThrow({ where: { id: first.json.id } });
    expect([stored.contractValueMinor, stored.vendorId, stored.readinessScore]).toEqual([125000050n, first.json.vendor.id, first.json.readiness.score]);

    const retry = await callApi("POST", "/api/v1/deals", { token: token.secret, body: NEW_DEAL, headers });
    expect(retry.status).toBe(201);
    expect(retry.json).toEqual(first.json);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.headers.get("location")).toBe(`/api/v1/deals/${first.json.id}`);
    expect(await db.deal.count({ where: { organizationId: team.org.id, name: NEW_DEAL.name } })).toBe(1);

    const other = await callApi("POST", "/api/v1/deals", { token: token.secret, body: { ...NEW_DEAL, name: "Another" }, headers });
    expect(other.status).toBe(422);
    expect(other.json.type).toBe("/docs/api#problem-idempotency-key-reused");
    expect(await db.deal.count({ where: { organizationId: team.org.id, name: "Another" } })).toBe(0);
  });

  it("refuses bad input with a pointer per field and writes nothing", async () => {
    const foreignOwner = team.foreignAdmin.userId;
    const cases: [unknown, string][] = [
      [{ ...NEW_DEAL, name: "" }, "#/name"],
      [{ ...NEW_DEAL, hostingModel: "ON_A_BOAT" }, "#/hostingModel"],
      [{ ...NEW_DEAL, contractValue: "a lot" }, "#/contractValue"],
      [{ ...NEW_DEAL, targetSigningDate: "2026-02-30" }, "#/targetSigningDate"],
      [{ ...NEW_DEAL, ownerId: foreignOwner }, "#/ownerId"],
      [{ ...NEW_DEAL, stage: "SIGNED" }, "#/stage"],
      [{ ...NEW_DEAL, colour: "blue" }, "#/colour"],
      [[NEW_DEAL], "#"],
    ];
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    for (const [body, pointer] of cases) {
      const answer = await callApi("POST", "/api/v1/deals", { token: token.secret, body });
      expect([pointer, answer.status, answer.json.type]).toEqual([pointer, 400, "/docs/api#problem-validation"]);
      expect(answer.json.errors).toContainEqual(expect.objectContaining({ pointer, detail: expect.any(String) }));
    }
    const notJson = await callApi("POST", "/api/v1/deals", { token: token.secret, rawBody: "{name:", headers: { "content-type": "application/json" } });
    expect(notJson.status).toBe(400);
    // Field names that are also names of every object's prototype are plain unknown fields (once a 500).
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const body = JSON.stringify(NEW_DEAL).replace(/^\{/, `{${JSON.stringify(name)}: {"x": 1},`);
      const answer = await callApi("POST", "/api/v1/deals", { token: token.secret, rawBody: body, headers: { "content-type": "application/json" } });
      expect([name, answer.status, answer.json.errors]).toEqual([name, 400, [{ detail: `Unknown field "${name}".`, pointer: `#/${name}` }]]);
    }
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
  });

  it("updates with If-Match: 428 without it, 412 with currentVersion when stale, the service's rules as field errors, and audits the token", async () => {
    const { deal } = await createTestDeal(team.actors.NEGOTIATOR);
    const url = `/api/v1/deals/${deal.id}`;
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    const missing = await callApi("PATCH", url, { token: token.secret, body: { name: "New name" } });
    expect([missing.status, missing.json.type]).toEqual([428, "/docs/api#problem-precondition-required"]);
    const stale = await callApi("PATCH", url, { token: token.secret, body: { name: "New name" }, headers: { "if-match": `"${deal.version + 5}"` } });
    expect([stale.status, stale.json.type, stale.json.currentVersion]).toEqual([412, "/docs/api#problem-precondition-failed", deal.version]);
    const ifMatch = { "if-match": `"${deal.version}"` };
    const badStage = await callApi("PATCH", url, { token: token.secret, body: { stage: "APPROVED" }, headers: ifMatch });
    expect([badStage.status, badStage.json.errors?.[0]?.pointer]).toEqual([400, "#/stage"]);
    const badField = await callApi("PATCH", url, { token: token.secret, body: { currency: "XXX", stag: "SIGNED" }, headers: ifMatch });
    expect(badField.status).toBe(400);
    expect(badField.json.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["#/currency", "#/stag"]);
    const empty = await callApi("PATCH", url, { token: token.secret, body: {}, headers: ifMatch });
    expect(empty.status).toBe(400);
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);

    const fresh = await callApi("PATCH", url, {
      token: token.secret,
      body: { stage: "NEGOTIATING", contractValue: 300000, targetSigningDate: "2027-01-15" },
      headers: ifMatch,
    });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("etag")).toBe(`"${deal.version + 1}"`);
    // The fields sent changed; the others kept their values.
    expect(fresh.json).toMatchObject({ stage: "NEGOTIATING", contractValue: "300000.00", targetSigningDate: "2027-01-15", name: deal.name, currency: "EUR" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: deal.id, action: "deal.updated" } });
    expect(audit.apiTokenId).toBe(token.id);
    expect(audit.actorId).toBe(team.users.NEGOTIATOR.id);

    const again = await callApi("PATCH", url, { token: token.secret, body: { name: "Too late" }, headers: ifMatch });
    expect([again.status, again.json.currentVersion]).toEqual([412, deal.version + 1]);
  });
});

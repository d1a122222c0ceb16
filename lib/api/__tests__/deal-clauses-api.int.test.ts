import { Document, Packer, Paragraph } from "docx";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/domain/enums";
import { callApi, createRoleTokens, createTestToken } from "@/lib/test/api";
import { snapshotOrgs, watchAudit } from "@/lib/test/db-snapshot";
import { createTestDeal, TEST_EVIDENCE } from "@/lib/test/deals";
import { createTeam } from "@/lib/test/factories";
import { getDealReadiness } from "@/lib/services/readiness";
import { listDealActivity } from "@/lib/services/audit-log";
import { updateDealClause } from "@/lib/services/deal-clauses";

vi.mock("@/lib/auth/actor", () => import("@/lib/test/action-env"));
vi.mock("next/headers", () => import("@/lib/test/action-env"));
vi.mock("next/cache", () => import("@/lib/test/action-env"));

// The clause endpoints (list, readiness, update with If-Match, vendor responses with Idempotency-Key)
// and the endpoints moved onto the API wrapper (analyse, drafts, manifests), called with tokens.

const db = getDb();
const ROLES: Role[] = ["ADMIN", "CIO", "MANAGER", "NEGOTIATOR", "VIEWER"];
const SAME_ORIGIN = { host: "test.local", origin: "http://test.local" };

type Team = Awaited<ReturnType<typeof createTeam>>;

const responseBody = (overrides: Record<string, unknown> = {}) => ({
  occurredOn: "2026-11-20",
  channel: "EMAIL",
  vendorText: "We'll host the model for you; there is nothing to download.",
  stance: "COUNTERS",
  offerPosition: "FALLBACK",
  counterNextStep: "Ask for weights escrow",
  ...overrides,
});

describe("clause endpoints", () => {
  let team: Team;
  let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
  beforeAll(async () => {
    team = await createTeam();
    tokens = await createRoleTokens(team);
  });

  it("answer each role by its permissions and each scope, hide another organisation's deal, and refuse missing, revoked and expired tokens", async () => {
    const { deal, clause } = await createTestDeal(team.actors.NEGOTIATOR);
    const clauses = `/api/v1/deals/${deal.id}/clauses`;
    const one = `${clauses}/${clause.id}`;
    const { deal: otherDeal } = await createTestDeal(team.actors.NEGOTIATOR);
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);

    for (const role of ROLES) {
      for (const token of [tokens.read[role], tokens.write[role]]) {
        const list = await callApi("GET", clauses, { token });
        expect(list.status, `${role} list`).toBe(200);
        const readiness = await callApi("GET", `/api/v1/deals/${deal.id}/readiness`, { token });
        expect(readiness.status, `${role} readiness`).toBe(200);
      }
      // Writes: a read token is refused for its scope whatever the role; a write token by the role.
      const patch = await callApi("PATCH", one, { token: tokens.read[role], body: { status: "IN_NEGOTIATION" }, headers: { "if-match": '"999"' } });
      expect([patch.status, patch.json.type]).toEqual([403, "/docs/api#problem-insufficient-scope"]);
      const post = await callApi("POST", `${one}/responses`, { token: tokens.read[role], body: responseBody() });
      expect([post.status, post.json.type]).toEqual([403, "/docs/api#problem-insufficient-scope"]);
      const mayWrite = role === "ADMIN" || role === "NEGOTIATOR";
      // Stale If-Match (999) and a bad body: allowed roles get past the role check and are refused later, writing nothing.
      const patchWrite = await callApi("PATCH", one, { token: tokens.write[role], body: { status: "IN_NEGOTIATION" }, headers: { "if-match": '"999"' } });
      expect([patchWrite.status, patchWrite.json.type], `${role} PATCH`).toEqual(
        mayWrite ? [412, "/docs/api#problem-precondition-failed"] : [403, "/docs/api#problem-forbidden"],
      );
      const postWrite = await callApi("POST", `${one}/responses`, { token: tokens.write[role], body: responseBody({ stance: "MAYBE" }) });
      expect([postWrite.status, postWrite.json.type], `${role} POST`).toEqual(
        mayWrite ? [400, "/docs/api#problem-validation"] : [403, "/docs/api#problem-forbidden"],
      );
    }

    const listed = await callApi("GET", clauses, { token: tokens.read.VIEWER });
    const count = await db.dealClause.count({ where: { dealId: deal.id } });
    expect(listed.json.data).toHaveLength(count);
    expect(listed.json.data[0]).toMatchObject({
      dealClauseId: clause.id,
      dealId: deal.id,
      clauseKey: clause.clause.key,
      status: "NOT_STARTED",
      version: 1,
      section: { key: expect.any(String), title: expect.any(String) },
      applicability: { ruleEffects: expect.any(Array), notApplicableByRule: false },
      assignee: null,
    });
    const sectionKey = listed.json.data[0].section.key;
    const inSection = await callApi("GET", `${clauses}?section=${sectionKey}&status=NOT_STARTED`, { token: tokens.read.VIEWER });
    expect(inSection.json.data.length).toBeGreaterThan(0);
    expect(inSection.json.data.every((c: { section: { key: string } }) => c.section.key === sectionKey)).toBe(true);
    expect((await callApi("GET", `${clauses}?status=MUST_HAVE_MET`, { token: tokens.read.VIEWER })).json.data).toEqual([]);
    const badFilter = await callApi("GET", `${clauses}?status=DONE`, { token: tokens.read.VIEWER });
    expect([badFilter.status, badFilter.json.errors[0].parameter]).toEqual([400, "status"]);

    const readiness = await callApi("GET", `/api/v1/deals/${deal.id}/readiness`, { token: tokens.read.CIO });
    const truth = await getDealReadiness(team.actors.CIO, deal.id);
    expect(readiness.json).toMatchObject({ dealId: deal.id, score: truth.score, ready: truth.ready, band: "early" });
    expect(readiness.json.blockers.map((b: { kind: string; message: string }) => [b.kind, b.message])).toEqual(truth.blockers.map((b) => [b.kind, b.message]));
    expect(readiness.json.coverage).toEqual(truth.scenarios);
    const mustHave = readiness.json.blockers.find((b: { kind: string }) => b.kind === "MUST_HAVE_OPEN");
    expect(mustHave.clause.dealClauseId).toBe(truth.clauseLinks[mustHave.clause.key].dealClauseId);

    // Another organisation's token: the deal does not exist for it.
    for (const [method, path] of [
      ["GET", clauses],
      ["GET", `/api/v1/deals/${deal.id}/readiness`],
      ["PATCH", one],
      ["POST", `${one}/responses`],
    ] as const) {
      const body = method === "PATCH" ? { status: "IN_NEGOTIATION" } : method === "POST" ? responseBody() : undefined;
      const foreign = await callApi(method, path, { token: tokens.foreign, body, headers: { "if-match": '"1"' } });
      expect([foreign.status, foreign.json.type], `${method} ${path} foreign`).toEqual([404, "/docs/api#problem-not-found"]);
      for (const token of [tokens.revoked, tokens.expired]) {
        const refused = await callApi(method, path, { token, body, headers: { "if-match": '"1"' } });
        expect([refused.status, refused.json.type]).toEqual([401, "/docs/api#problem-invalid-token"]);
      }
      const anonymous = await callApi(method, path, { body, headers: { ...SAME_ORIGIN, "if-match": '"1"' } });
      expect([anonymous.status, anonymous.json.type]).toEqual([401, "/docs/api#problem-unauthenticated"]);
    }
    // A clause of another deal of the same organisation is not this deal's.
    const wrongDeal = await callApi("PATCH", `/api/v1/deals/${otherDeal.id}/clauses/${clause.id}`, {
      token: tokens.write.ADMIN,
      body: { status: "IN_NEGOTIATION" },
      headers: { "if-match": '"1"' },
    });
    expect(wrongDeal.status).toBe(404);
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
    const after = await db.dealClause.findUniqueOrThrow({ where: { id: clause.id } });
    expect([after.status, after.version]).toEqual(["NOT_STARTED", 1]);
  });

  it("PATCH a clause: If-Match required, stale 412 with the current clause, fresh 200 with ETag, audited with the token; readiness follows as the UI's change would", async () => {
    const { deal, clause } = await createTestDeal(team.actors.NEGOTIATOR);
    const { deal: twin, clause: twinClause } = await createTestDeal(team.actors.NEGOTIATOR);
    const url = `/api/v1/deals/${deal.id}/clauses/${clause.id}`;
    const token = await createTestToken({ organizationId: team.org.id, ownerId: team.users.NEGOTIATOR.id });
    const before = await snapshotOrgs(team.org.id);

    const missing = await callApi("PATCH", url, { token: token.secret, body: { status: "IN_NEGOTIATION" } });
    expect([missing.status, missing.json.type]).toEqual([428, "/docs/api#problem-precondition-required"]);
    // Evidence rules of the service: a met must-have needs agreed language, on its field.
    const noEvidence = await callApi("PATCH", url, { token: token.secret, body: { status: "MUST_HAVE_MET" }, headers: { "if-match": '"1"' } });
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.json.errors.map((e: { pointer: string }) => e.pointer)).toContain("#/agreedLanguage");
    for (const bad of [{}, { status: "DONE" }, { status: "IN_NEGOTIATION", notes: 7 }, { status: "IN_NEGOTIATION", contractReference: "x".repeat(201) }]) {
      const refused = await callApi("PATCH", url, { token: token.secret, body: bad, headers: { "if-match": '"1"' } });
      expect(refused.status, JSON.stringify(bad).slice(0, 80)).toBe(400);
      expect(refused.json.errors[0].pointer).toMatch(/^#\/(status|notes|contractReference)$/);
    }
    const notJson = await callApi("PATCH", url, {
      token: token.secret,
      rawBody: "{status",
      headers: { "if-match": '"1"', "content-type": "application/json" },
    });
    expect([notJson.status, notJson.json.errors[0].pointer]).toEqual([400, "#"]);
    expect(await snapshotOrgs(team.org.id)).toEqual(before);

    const audit = await watchAudit(team.org.id);
    const ok = await callApi("PATCH", url, {
      token: token.secret,
      body: { status: "MUST_HAVE_MET", ...TEST_EVIDENCE, notes: "Signed off by legal" },
      headers: { "if-match": '"1"' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("etag")).toBe('"2"');
    expect(ok.json).toMatchObject({ dealClauseId: clause.id, status: "MUST_HAVE_MET", version: 2, ...TEST_EVIDENCE, notes: "Signed off by legal" });
    const events = await audit.added();
    expect(events.map((e) => [e.action, e.entityId, e.apiTokenId])).toEqual([["clause.updated", clause.id, token.id]]);
    // The deal's activity names the token under the person.
    const activity = await listDealActivity(team.actors.VIEWER, deal.id, { action: "clause.updated" });
    expect(activity.events.map((e) => [e.actor.id, e.via?.prefix])).toEqual([[team.users.NEGOTIATOR.id, token.secret.slice(0, 10)]]);

    // Absent fields are kept: only the notes change.
    const notesOnly = await callApi("PATCH", url, { token: token.secret, body: { status: "MUST_HAVE_MET", notes: "Filed" }, headers: { "if-match": 'W/"2"' } });
    expect(notesOnly.json).toMatchObject({ version: 3, ...TEST_EVIDENCE, notes: "Filed" });

    const stale = await callApi("PATCH", url, { token: token.secret, body: { status: "IN_NEGOTIATION" }, headers: { "if-match": '"2"' } });
    expect(stale.status).toBe(412);
    expect(stale.json).toMatchObject({
      type: "/docs/api#problem-precondition-failed",
      currentVersion: 3,
      current: { dealClauseId: clause.id, status: "MUST_HAVE_MET", notes: "Filed" },
    });
    expect((await db.dealClause.findUniqueOrThrow({ where: { id: clause.id } })).version).toBe(3);

    // The same change made the UI's way (the service the form's action calls) on a twin deal: same cached readiness.
    await updateDealClause(team.actors.NEGOTIATOR, {
      dealClauseId: twinClause.id,
      version: 1,
      status: "MUST_HAVE_MET",
      notApplicableReason: "",
      notes: "Filed",
      ...TEST_EVIDENCE,
    });
    const cache = (id: string) =>
      db.deal.findUniqueOrThrow({
        where: { id },
        select: { readinessScore: true, readinessReady: true, blockerCount: true, scenarioCoverage: true, heatCells: true },
      });
    const [apiCache, uiCache, initial] = await Promise.all([cache(deal.id), cache(twin.id), getDealReadiness(team.actors.NEGOTIATOR, deal.id)]);
    expect(apiCache).toEqual(uiCache);
    expect(apiCache.readinessScore).toBe(initial.score);
    expect(apiCache.readinessScore).toBeGreaterThan(0);
    expect((await callApi("GET", `/api/v1/deals/${deal.id}/readiness`, { token: token.secret })).json.score).toBe(apiCache.readinessScore);
  });

  it("logs a vendor response once per Idempotency-Key, replays the answer, refuses the key with another body, and checks clauseVersion on a status change", async () => {
    const { deal, clause } = await createTestDeal(team.actors.NEGOTIATOR);
    const url = `/api/v1/deals/${deal.id}/clauses/${clause.id}/responses`;
    const token = await createTestToken({ organizationId: team.org.id, ownerId: team.users.NEGOTIATOR.id });
    const before = await snapshotOrgs(team.org.id);

    for (const [bad, pointer] of [
      [responseBody({ stance: "MAYBE" }), "#/stance"],
      [responseBody({ vendorText: "" }), "#/vendorText"],
      [responseBody({ occurredOn: "2026-02-30" }), "#/occurredOn"],
      [responseBody({ newStatus: "IN_NEGOTIATION" }), "#/clauseVersion"],
      [responseBody({ newStatus: "MUST_HAVE_MET", clauseVersion: 1 }), "#/agreedLanguage"],
    ] as const) {
      const refused = await callApi("POST", url, { token: token.secret, body: bad, headers: { "idempotency-key": "bad-" + pointer } });
      expect(refused.status, pointer).toBe(400);
      expect(refused.json.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    }
    expect(await snapshotOrgs(team.org.id)).toEqual(before);

    const audit = await watchAudit(team.org.id);
    const first = await callApi("POST", url, { token: token.secret, body: responseBody(), headers: { "idempotency-key": "resp-1" } });
    expect(first.status).toBe(201);
    expect(first.headers.get("location")).toBe(`/deals/${deal.id}/clauses/${clause.id}`);
    expect(first.json).toMatchObject({ dealClauseId: clause.id, stance: "COUNTERS", occurredOn: "2026-11-20", clause: { status: "NOT_STARTED", version: 1 } });
    expect(first.json.redFlags.length).toBeGreaterThan(0);
    const again = await callApi("POST", url, { token: token.secret, body: responseBody(), headers: { "idempotency-key": "resp-1" } });
    expect([again.status, again.headers.get("idempotent-replayed")]).toEqual([201, "true"]);
    expect(again.json).toEqual(first.json);
    const reused = await callApi("POST", url, { token: token.secret, body: responseBody({ stance: "REJECTS" }), headers: { "idempotency-key": "resp-1" } });
    expect([reused.status, reused.json.type]).toEqual([422, "/docs/api#problem-idempotency-key-reused"]);
    expect(await db.vendorResponse.count({ where: { dealClauseId: clause.id } })).toBe(1);
    expect((await audit.added()).map((e) => [e.action, e.apiTokenId])).toEqual([["response.logged", token.id]]);

    const moved = await callApi("POST", url, {
      token: token.secret,
      body: responseBody({ stance: "ACCEPTS", offerPosition: "MUST_HAVE", newStatus: "MUST_HAVE_MET", clauseVersion: 1, ...TEST_EVIDENCE }),
    });
    expect([moved.status, moved.json.clause]).toEqual([201, { status: "MUST_HAVE_MET", version: 2 }]);
    const stale = await callApi("POST", url, { token: token.secret, body: responseBody({ newStatus: "IN_NEGOTIATION", clauseVersion: 1 }) });
    expect(stale.status).toBe(412);
    expect(stale.json).toMatchObject({ currentVersion: 2, current: { status: "MUST_HAVE_MET", version: 2 } });
    // A version sent is checked even when the status stays.
    const staleNoStatus = await callApi("POST", url, { token: token.secret, body: responseBody({ clauseVersion: 1 }) });
    expect([staleNoStatus.status, staleNoStatus.json.currentVersion]).toEqual([412, 2]);
    expect(await db.vendorResponse.count({ where: { dealClauseId: clause.id } })).toBe(2);
  });
});

describe("analyse, drafts and manifests over the API", () => {
  let team: Team;
  beforeAll(async () => {
    team = await createTeam();
  });

  it("work with a write token and refuse a read token for its scope", async () => {
    const [read, write] = await Promise.all([
      createTestToken({ organizationId: team.org.id, ownerId: team.users.NEGOTIATOR.id, scopes: ["READ"] }),
      createTestToken({ organizationId: team.org.id, ownerId: team.users.NEGOTIATOR.id, scopes: ["READ", "WRITE"] }),
    ]);
    const { deal } = await createTestDeal(team.actors.NEGOTIATOR);
    await db.deal.update({ where: { id: deal.id }, data: { stage: "SIGNED" } });
    const docx = new Uint8Array(
      await Packer.toBuffer(
        new Document({ sections: [{ children: ["1. Hosting", "1.1 The model stays in our cloud at all times."].map((text) => new Paragraph({ text })) }] }),
      ),
    );
    const manifest = JSON.stringify({ format: "dealplaybook-manifest", version: 1, createdAt: "2026-06-01T10:00:00.000Z", root: "delivery", files: [] });
    const draftUrl = `/api/v1/deals/${deal.id}/drafts?title=Round&receivedOn=2026-11-20&fileName=draft.docx`;
    const manifestUrl = `/api/v1/deals/${deal.id}/manifests?fileName=delivery.json`;
    const calls = {
      analyze: (token: string) => callApi("POST", "/api/v1/analyze", { token, body: { text: "We'll host the model for you." } }),
      draft: (token: string) => callApi("POST", draftUrl, { token, rawBody: Buffer.from(docx), headers: { "content-length": String(docx.byteLength) } }),
      manifest: (token: string) => callApi("POST", manifestUrl, { token, rawBody: manifest, headers: { "content-type": "application/json" } }),
    };
    const before = await snapshotOrgs(team.org.id);
    for (const [name, call] of Object.entries(calls)) {
      const refused = await call(read.secret);
      expect([refused.status, refused.json.type], name).toEqual([403, "/docs/api#problem-insufficient-scope"]);
    }
    expect(await snapshotOrgs(team.org.id)).toEqual(before);

    const analysed = await calls.analyze(write.secret);
    expect(analysed.status).toBe(200);
    expect(analysed.json.count).toBe(analysed.json.findings.length);
    expect(analysed.json.count).toBeGreaterThan(0);
    const emptyText = await callApi("POST", "/api/v1/analyze", { token: write.secret, body: { text: "" } });
    expect([emptyText.status, emptyText.json.errors]).toEqual([400, [{ detail: "text must not be empty", pointer: "#/text" }]]);

    const draft = await calls.draft(write.secret);
    expect(draft.status).toBe(201);
    expect(draft.json).toEqual({ id: expect.any(String), round: 1, url: `/deals/${deal.id}/drafts/${draft.json.id}` });
    const badDraft = await callApi("POST", `/api/v1/deals/${deal.id}/drafts?title=Round&receivedOn=2026-13-01&fileName=x.docx`, {
      token: write.secret,
      rawBody: Buffer.from(docx),
      headers: { "content-length": String(docx.byteLength) },
    });
    expect([badDraft.status, badDraft.json.errors.map((e: { parameter: string }) => e.parameter)]).toEqual([400, ["receivedOn"]]);

    const imported = await calls.manifest(write.secret);
    expect(imported.status).toBe(201);
    expect(imported.json.counts).toMatchObject({ MATCH: 0, MISSING: 0, unpromised: 0 });
    const notManifest = await callApi("POST", manifestUrl, { token: write.secret, rawBody: '{"files": [', headers: { "content-type": "application/json" } });
    expect(notManifest.status).toBe(400);
    expect(notManifest.json.errors.every((e: { pointer: string }) => e.pointer === "#/file")).toBe(true);
    const audit = await db.auditEvent.findMany({ where: { organizationId: team.org.id, apiTokenId: write.id }, select: { action: true } });
    expect(audit.map((e) => e.action).sort()).toEqual(["draft.added", "manifest.imported"]);

    const schema = await callApi("GET", "/api/v1/schemas/playbook.json", { token: read.secret });
    expect([schema.status, schema.json.$id]).toEqual([200, "/api/v1/schemas/playbook.json"]);
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { AppError, rateLimited } from "@/lib/errors";
import { BODY_LIMIT_BYTES } from "@/lib/http/body-limits";
import { csvResponse } from "@/lib/http/csv-response";
import { defineRoute, readJsonBody } from "@/lib/http/route-handler";
import { iterateDealActivity } from "@/lib/services/audit-log";
import { getReadinessReport } from "@/lib/services/report";
import { signIn, signOut } from "@/lib/test/action-env";
import { createTestDeal } from "@/lib/test/deals";
import { createTeam } from "@/lib/test/factories";

vi.mock("@/lib/auth/actor", () => import("@/lib/test/action-env"));
vi.mock("next/headers", () => import("@/lib/test/action-env"));

// defineRoute is what every route handler (the API, the PDF and CSV downloads) answers through: these
// hold its statuses and bodies, with the same services the routes call.

const call = (route: ReturnType<typeof defineRoute<{ dealId: string }>>, dealId = "none") =>
  route(new Request("http://test.local/x"), { params: Promise.resolve({ dealId }) });

const reportRoute = defineRoute<{ dealId: string }>({
  name: "test/report",
  permission: "deal:read",
  errors: "text",
  handler: async ({ actor, params }) => Response.json((await getReadinessReport(actor, params.dealId)).deal),
});

const activityRoute = defineRoute<{ dealId: string }>({
  name: "test/activity",
  permission: "audit:read",
  errors: "text",
  handler: async ({ actor, params }) =>
    csvResponse({
      filename: "activity.csv",
      header: ["action", "note"],
      batches: iterateDealActivity(actor, params.dealId, {}),
      toRow: (e) => [e.action, "=1+1"],
    }),
});

afterEach(() => {
  signOut();
  vi.restoreAllMocks();
});

describe("defineRoute", () => {
  it("answers 401 without a session, in the route's format, and never calls the handler", async () => {
    const handler = vi.fn();
    const json = defineRoute({ name: "test/json", permission: null, errors: "json", signInMessage: "Not signed in.", handler });
    const res = await json(new Request("http://test.local/x"), { params: Promise.resolve({}) });
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toEqual({ error: "Not signed in." });

    const text = await call(reportRoute);
    expect(text.status).toBe(401);
    expect(text.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(text.headers.get("cache-control")).toBe("no-store");
    expect(await text.text()).toBe("Sign in first.");
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 401 to a session whose version was bumped (the actor is re-read)", async () => {
    const team = await createTeam();
    await signIn(team.users.ADMIN.id);
    await getDb().user.update({ where: { id: team.users.ADMIN.id }, data: { sessionVersion: { increment: 1 } } });
    expect((await call(reportRoute)).status).toBe(401);
  });

  it("answers 403 when the role lacks the permission, before the handler runs", async () => {
    const team = await createTeam();
    await signIn(team.users.VIEWER.id);
    const handler = vi.fn();
    const route = defineRoute({ name: "test/export", permission: "portfolio:export", errors: "json", handler });
    const res = await route(new Request("http://test.local/x"), { params: Promise.resolve({}) });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: "Your role does not allow this." });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 404 for another organisation's deal, and 200 for the deal's own members", async () => {
    const team = await createTeam();
    const { deal } = await createTestDeal(team.actors.NEGOTIATOR);
    await signIn(team.foreignAdmin.userId);
    const foreign = await call(reportRoute, deal.id);
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).toMatch(/not found/);

    await signIn(team.users.VIEWER.id);
    const own = await call(reportRoute, deal.id);
    expect(own.status).toBe(200);
    expect((await own.json()).name).toBe(deal.name);
  });

  it("maps AppError codes to their status, with field errors in JSON", async () => {
    const team = await createTeam();
    await signIn(team.users.NEGOTIATOR.id);
    const throwing = (error: AppError) =>
      defineRoute({ name: "test/throw", permission: "text:analyze", errors: "json", handler: async () => Promise.reject(error) })(
        new Request("http://test.local/x"),
        { params: Promise.resolve({}) },
      );

    const invalid = await throwing(new AppError("INVALID_INPUT", "text is required", { text: ["text is required"] }));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual({ error: "text is required", fieldErrors: { text: ["text is required"] } });
    expect((await throwing(new AppError("CONFLICT", "Someone else saved it."))).status).toBe(409);
    expect((await throwing(new AppError("FORBIDDEN", "No."))).status).toBe(403);
    expect((await throwing(new AppError("NOT_FOUND", "Gone."))).status).toBe(404);
    const limited = await throwing(rateLimited("Slow down.", 42));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("42");
    expect(await limited.json()).toEqual({ error: "Slow down." });
  });

  it("refuses a body over the route's limit with 413 and never calls the handler, whether declared or streamed", async () => {
    const team = await createTeam();
    await signIn(team.users.NEGOTIATOR.id);
    const seen = vi.fn();
    const route = defineRoute({
      name: "test/body",
      permission: "text:analyze",
      errors: "json",
      handler: async ({ request }) => {
        const body = await readJsonBody(request, "JSON please");
        seen(body);
        return Response.json({ ok: true });
      },
    });
    const post = (body: BodyInit, headers: Record<string, string> = {}) =>
      route(
        new Request("http://test.local/api/v1/x", {
          method: "POST",
          body,
          headers: { origin: "http://test.local", host: "test.local", ...headers },
          duplex: "half",
        } as RequestInit),
        {
          params: Promise.resolve({}),
        },
      );
    const limit = BODY_LIMIT_BYTES.api;

    const declared = await post("x".repeat(limit + 1));
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toMatch(/too large: this endpoint accepts at most 256 KB/);

    // A stream that does not say its length is measured as it is read, and cut off past the limit.
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    const streamed = await post(endless);
    expect(streamed.status).toBe(413);
    expect(pulled).toBeLessThan(limit + 3 * 64 * 1024);

    const fine = await post(JSON.stringify({ text: "a".repeat(1000) }));
    expect(fine.status).toBe(200);
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it("logs an unexpected error with a reference and answers a generic 500 that shows it", async () => {
    const team = await createTeam();
    await signIn(team.users.NEGOTIATOR.id);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const route = defineRoute({ name: "test/boom", permission: null, errors: "text", handler: async () => Promise.reject(new Error("database exploded")) });
    const res = await route(new Request("http://test.local/x"), { params: Promise.resolve({}) });
    expect(res.status).toBe(500);
    const body = await res.text();
    const reference = /reference ([0-9a-f]{8})/.exec(body)?.[1];
    expect(reference).toBeDefined();
    expect(body).not.toContain("database exploded");
    expect(log).toHaveBeenCalledWith(expect.stringContaining(reference!), expect.any(Error));
  });

  it("answers 503 with Retry-After when the database is unreachable, without the driver's text", async () => {
    const team = await createTeam();
    await signIn(team.users.NEGOTIATOR.id);
    vi.spyOn(console, "error").mockImplementation(() => {});
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect", errno: -111 });
    const json = defineRoute({ name: "test/down", permission: null, errors: "json", handler: async () => Promise.reject(refused) });
    const res = await json(new Request("http://test.local/x"), { params: Promise.resolve({}) });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(await res.json()).toEqual({ error: "The database is unreachable; nothing was saved. Try again in a moment." });

    const shutdown = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01", severity: "FATAL" });
    const text = defineRoute({ name: "test/down-text", permission: null, errors: "text", handler: async () => Promise.reject(shutdown) });
    const download = await text(new Request("http://test.local/x"), { params: Promise.resolve({}) });
    expect(download.status).toBe(503);
    expect(await download.text()).not.toContain("administrator");
  });
});

describe("csvResponse", () => {
  it("refuses another organisation with a 404 before any byte is sent", async () => {
    const team = await createTeam();
    const { deal } = await createTestDeal(team.actors.NEGOTIATOR);
    await signIn(team.foreignAdmin.userId);
    const res = await call(activityRoute, deal.id);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-disposition")).toBeNull();
  });

  it("streams a BOM, the header and escaped rows as a CSV attachment", async () => {
    const team = await createTeam();
    const { deal } = await createTestDeal(team.actors.NEGOTIATOR);
    await signIn(team.users.VIEWER.id);
    const res = await call(activityRoute, deal.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="activity.csv"');
    expect(res.headers.get("cache-control")).toBe("no-store");
    // A BOM first, so spreadsheet programs read UTF-8 (res.text() would drop it).
    const lines = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer()).split("\r\n");
    expect(lines[0]).toBe("\uFEFFaction,note");
    expect(lines[1]).toBe("deal.created,'=1+1");
    expect(lines.at(-1)).toBe("");
  });

  it("stops reading the database when the client cancels the download", async () => {
    const finished = vi.fn();
    async function* batches() {
      try {
        for (let i = 0; ; i++) yield [[i]];
      } finally {
        finished();
      }
    }
    const res = await csvResponse({ filename: "n.csv", header: ["n"], batches: batches(), toRow: (row) => row });
    const reader = res.body!.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(finished).toHaveBeenCalledOnce();
  });
});

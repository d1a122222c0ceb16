import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import type { Actor } from "@/lib/auth/load-actor";
import { SIGN_IN_FAILURES_PER_ACCOUNT } from "@/lib/auth/sign-in-limits";
import { SignInThrottledError } from "@/lib/auth/sign-in-throttle";
import { getDb } from "@/lib/db";
import { parseCsv } from "@/lib/domain/csv";
import type { Role } from "@/lib/domain/enums";
import { iterateOrganizationAudit, listOrganizationAudit, organizationAuditOptions, ORGANIZATION_AUDIT_PAGE_SIZE } from "@/lib/services/organization-audit";
import { updateDeal } from "@/lib/services/deals";
import { organizationAuditCsv } from "@/lib/services/organization-audit-csv";
import { defineRoute } from "@/lib/http/route-handler";
import { appErrorOf } from "@/lib/test/app-error";
import { signIn, signOut } from "@/lib/test/action-env";
import { createTestDeal, dealInput } from "@/lib/test/deals";
import { actorFor, createOrganization, createTeam, createUser, TEST_PASSWORD } from "@/lib/test/factories";
import { formatCursor, ZOrganizationAuditQuery } from "@/lib/validation/organization-audit";

vi.mock("@/lib/auth/actor", () => import("@/lib/test/action-env"));
vi.mock("next/headers", () => import("@/lib/test/action-env"));

// The organisation audit log (/admin/audit and its CSV): append-only in the database, scoped to the
// organisation, filtered and paged by keyset; and the sign-in events that feed it.

const db = getDb();
const query = (input: Record<string, string> = {}) => ZOrganizationAuditQuery.parse(input);

/** Events written straight to the table (the application has no way to backdate them). */
async function insertEvents(organizationId: string, events: { actorId?: string | null; action?: string; createdAt: Date; dealId?: string; after?: object }[]) {
  const rows = events.map((e) => ({
    id: `t${randomUUID().replace(/-/g, "")}`,
    organizationId,
    actorId: e.actorId ?? null,
    dealId: e.dealId ?? null,
    entityType: "Organization",
    entityId: organizationId,
    action: e.action ?? "organization.settings-changed",
    after: e.after ?? { n: 1 },
    createdAt: e.createdAt,
  }));
  await db.auditEvent.createMany({ data: rows });
  return rows;
}

/** Every page, following the "older" links from the newest page. */
async function walkOlder(actor: Actor, filter: Record<string, string> = {}) {
  const ids: string[] = [];
  let page = await listOrganizationAudit(actor, query(filter));
  for (;;) {
    ids.push(...page.events.map((e) => e.id));
    if (!page.older) return { ids, last: page };
    page = await listOrganizationAudit(actor, query({ ...filter, after: formatCursor(page.older) }));
  }
}

async function csvOf(actor: Actor, search = "") {
  await signIn(actor.userId);
  const res = await exportAudit(new Request(`http://test.local/admin/audit/export${search}`), { params: Promise.resolve({}) });
  return { res, rows: res.ok ? parseCsv((await res.text()).replace(/^\uFEFF/, "")) : [] };
}

/** The export route exactly as app/(app)/admin/audit/export/route.ts defines it. */
const exportAudit = defineRoute({
  name: "test/admin/audit/export",
  permission: "audit:organization",
  errors: "text",
  handler: ({ actor, request }) => organizationAuditCsv(actor, new URL(request.url).searchParams),
});

afterEach(() => signOut());

describe("the audit trail is append-only in the database", () => {
  async function oneEvent() {
    const { org } = await createOrganization();
    const [event] = await insertEvents(org.id, [{ createdAt: new Date() }]);
    return { org, event };
  }

  it("refuses UPDATE, DELETE and TRUNCATE by raw SQL", async () => {
    const { event } = await oneEvent();
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "action" = 'forged' WHERE "id" = ${event.id}`).rejects.toThrow(
      /audit events cannot be changed or deleted \(UPDATE refused\)/,
    );
    await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${event.id}`).rejects.toThrow(/DELETE refused/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/TRUNCATE refused/);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ action: event.action });
  });

  it("refuses update and delete through Prisma", async () => {
    const { org, event } = await oneEvent();
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "forged" } })).rejects.toThrow(/UPDATE refused/);
    await expect(db.auditEvent.updateMany({ where: { organizationId: org.id }, data: { actorId: null } })).rejects.toThrow(/UPDATE refused/);
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/DELETE refused/);
    await expect(db.auditEvent.deleteMany({ where: { organizationId: org.id } })).rejects.toThrow(/DELETE refused/);
    expect(await db.auditEvent.count({ where: { organizationId: org.id } })).toBe(1);
  });

  it("lets the deletion of the whole organisation take its events, and only its own", async () => {
    const { org } = await oneEvent();
    const { event: kept } = await oneEvent();
    await db.organization.delete({ where: { id: org.id } });
    expect(await db.auditEvent.count({ where: { organizationId: org.id } })).toBe(0);
    expect(await db.auditEvent.findUnique({ where: { id: kept.id } })).not.toBeNull();
  });
});

describe("reading the organisation audit log", () => {
  it("lets an admin and a CIO read it; managers, negotiators and viewers are refused", async () => {
    const { actors } = await createTeam();
    for (const role of ["ADMIN", "CIO"] as Role[]) {
      await expect(listOrganizationAudit(actors[role], query())).resolves.toHaveProperty("events");
      expect((await csvOf(actors[role])).res.status).toBe(200);
    }
    for (const role of ["MANAGER", "NEGOTIATOR", "VIEWER"] as Role[]) {
      expect((await appErrorOf(listOrganizationAudit(actors[role], query()))).code).toBe("FORBIDDEN");
      expect((await appErrorOf(organizationAuditOptions(actors[role]))).code).toBe("FORBIDDEN");
      expect((await appErrorOf(iterateOrganizationAudit(actors[role], query()).next())).code).toBe("FORBIDDEN");
      const { res } = await csvOf(actors[role]);
      expect(res.status).toBe(403);
    }
  });

  it("shows the organisation's own events only, also when filtered by another organisation's person", async () => {
    const { org, actors, foreignAdmin, users } = await createTeam();
    const t = new Date();
    await insertEvents(org.id, [{ actorId: users.ADMIN.id, createdAt: t }]);
    await insertEvents(foreignAdmin.organizationId, [{ actorId: foreignAdmin.userId, createdAt: t, action: "member.disabled" }]);
    const page = await listOrganizationAudit(actors.ADMIN, query());
    expect(page.events.map((e) => e.actor.id)).not.toContain(foreignAdmin.userId);
    expect((await listOrganizationAudit(actors.ADMIN, query({ actorId: foreignAdmin.userId }))).events).toEqual([]);
    expect((await listOrganizationAudit(actors.ADMIN, query({ action: "member.disabled" }))).events).toEqual([]);
    const options = await organizationAuditOptions(actors.ADMIN);
    expect(options.people.map((p) => p.id)).toEqual([users.ADMIN.id]);
    // The foreign admin sees theirs, and not ours.
    const theirs = await listOrganizationAudit(foreignAdmin, query());
    expect(theirs.events.map((e) => e.action)).toEqual(["member.disabled"]);
    const { rows } = await csvOf(actors.ADMIN, `?actorId=${foreignAdmin.userId}`);
    expect(rows).toHaveLength(1); // the header alone
  });

  it("filters by person, action and inclusive UTC days", async () => {
    const { org, actors, users } = await createTeam();
    const day = (d: string) => new Date(`${d}Z`);
    await insertEvents(org.id, [
      { actorId: users.ADMIN.id, action: "member.role-changed", createdAt: day("2031-03-01T00:00:00.000") },
      { actorId: users.CIO.id, action: "member.role-changed", createdAt: day("2031-03-02T23:59:59.999") },
      { actorId: users.CIO.id, action: "signin.failed", createdAt: day("2031-03-03T00:00:00.000") },
      { actorId: null, action: "invitation.sent", createdAt: day("2031-02-28T23:59:59.999") },
    ]);
    const actions = async (filter: Record<string, string>) =>
      (await listOrganizationAudit(actors.ADMIN, query(filter))).events.map((e) => `${e.action}@${e.createdAt.slice(0, 10)}`);
    expect(await actions({ from: "2031-02-01", to: "2031-03-31" })).toEqual([
      "signin.failed@2031-03-03",
      "member.role-changed@2031-03-02",
      "member.role-changed@2031-03-01",
      "invitation.sent@2031-02-28",
    ]);
    expect(await actions({ actorId: users.CIO.id, from: "2031-01-01" })).toEqual(["signin.failed@2031-03-03", "member.role-changed@2031-03-02"]);
    expect(await actions({ action: "member.role-changed", to: "2031-12-31" })).toEqual(["member.role-changed@2031-03-02", "member.role-changed@2031-03-01"]);
    // Both ends are whole days, inclusive: 1 March 00:00:00.000 to 2 March 23:59:59.999.
    expect(await actions({ from: "2031-03-01", to: "2031-03-02" })).toEqual(["member.role-changed@2031-03-02", "member.role-changed@2031-03-01"]);
    expect(await actions({ from: "2031-03-03", to: "2031-03-03", action: "signin.failed", actorId: users.CIO.id })).toEqual(["signin.failed@2031-03-03"]);
    const system = (await listOrganizationAudit(actors.ADMIN, query({ action: "invitation.sent" }))).events[0];
    expect(system.actor).toEqual({ id: null, name: "System", email: null });
  });

  it("refuses bad filter values with a message instead of ignoring them", () => {
    const issues = (input: Record<string, string>) => ZOrganizationAuditQuery.safeParse(input).error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    expect(issues({ from: "2031-02-30" })).toEqual(["from: Not a real date"]);
    expect(issues({ to: "yesterday" })).toEqual(["to: Use the format YYYY-MM-DD"]);
    expect(issues({ from: "2031-03-02", to: "2031-03-01" })).toEqual(["to: The start date must not be after the end date"]);
    expect(issues({ action: "audit.deleted" })).toEqual(["action: Choose an action from the list"]);
    expect(issues({ actorId: "x'; DROP TABLE" })).toEqual(["actorId: Not a valid id"]);
    expect(issues({ after: "garbage" })).toEqual(["after: Not a valid page position"]);
    expect(issues({ from: "", to: "", action: "", actorId: "" })).toBeUndefined();
  });

  it("pages by keyset without duplicates or gaps, also across events with equal timestamps, both ways", async () => {
    const { org, actors, users } = await createTeam();
    const same = new Date("2032-01-01T12:00:00.000Z");
    const total = ORGANIZATION_AUDIT_PAGE_SIZE * 2 + 17;
    await insertEvents(
      org.id,
      Array.from({ length: total }, (_, i) => ({ actorId: users.ADMIN.id, createdAt: i % 3 === 0 ? new Date(same.getTime() - i * 1000) : same })),
    );
    const expected = (
      await db.auditEvent.findMany({ where: { organizationId: org.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } })
    ).map((e) => e.id);
    const { ids, last } = await walkOlder(actors.ADMIN);
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(total);
    // Back from the last page, through the "newer" links, to the newest page.
    const back: string[] = [...last.events.map((e) => e.id)];
    let page = last;
    while (page.newer) {
      page = await listOrganizationAudit(actors.ADMIN, query({ before: formatCursor(page.newer) }));
      back.unshift(...page.events.map((e) => e.id));
    }
    expect(back).toEqual(expected);
    expect(page.events).toHaveLength(ORGANIZATION_AUDIT_PAGE_SIZE);
    // The filters hold while paging.
    expect((await walkOlder(actors.ADMIN, { actorId: users.ADMIN.id, from: "2032-01-01" })).ids).toEqual(expected);
  });

  it("names the deal of each deal event", async () => {
    const { actors } = await createTeam();
    const { deal } = await createTestDeal(actors.ADMIN, { name: "Audit Deal" });
    await updateDeal(actors.ADMIN, {
      ...dealInput(actors.ADMIN.userId, { name: "Audit Deal", vendor: "Renamed Vendor" }),
      dealId: deal.id,
      version: deal.version,
    });
    const events = (await listOrganizationAudit(actors.ADMIN, query())).events;
    expect(events.map((e) => [e.action, e.dealId, e.dealName])).toEqual([
      ["deal.updated", deal.id, "Audit Deal"],
      ["deal.created", deal.id, "Audit Deal"],
    ]);
  });
});

describe("the CSV export", () => {
  it("streams every matching event oldest first in batches, and parses back with its header", async () => {
    const { org, actors, users } = await createTeam();
    const tricky = await createUser(org.id, "VIEWER", { name: '=HYPERLINK("http://evil.example"), "quoted"' });
    const t0 = new Date("2033-05-01T00:00:00.000Z").getTime();
    // More than two export batches (1000), half of them at one instant.
    const inserted = await insertEvents(
      org.id,
      Array.from({ length: 2300 }, (_, i) => ({
        actorId: i === 5 ? tricky.id : users.CIO.id,
        action: i % 2 ? "signin.succeeded" : "member.role-changed",
        createdAt: new Date(i % 2 ? t0 : t0 + i),
        after: { method: "password", ip: "203.0.113.9", note: 'line\nbreak, "quoted"' },
      })),
    );
    const { res, rows } = await csvOf(actors.CIO);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...data] = rows;
    expect(header).toEqual([
      "time_utc",
      "person",
      "person_email",
      "action",
      "action_label",
      "entity_type",
      "entity_id",
      "deal_id",
      "deal_name",
      "details",
      "api_token",
    ]);
    const expected = [...inserted].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(data).toHaveLength(2300);
    expect(data.map((r) => r[0])).toEqual(expected.map((e) => e.createdAt.toISOString()));
    expect(data.map((r) => r[3])).toEqual(expected.map((e) => e.action));
    const trickyRow = data.find((r) => r[2] === tricky.email)!;
    expect(trickyRow[1]).toBe(`'${tricky.name}`);
    const first = Object.fromEntries(header.map((h, i) => [h, data[0][i]]));
    expect(first).toMatchObject({ person: users.CIO.name, person_email: users.CIO.email, entity_type: "Organization", deal_id: "", deal_name: "" });
    expect(JSON.parse(first.details)).toEqual({ before: null, after: { method: "password", ip: "203.0.113.9", note: 'line\nbreak, "quoted"' } });

    const filtered = await csvOf(actors.ADMIN, "?action=signin.succeeded&from=2033-05-01&to=2033-05-01");
    expect(filtered.rows.slice(1).map((r) => r[4])).toEqual(Array(1150).fill("Signed in"));
  });

  it("answers a bad filter with 400 and a message", async () => {
    const { actors } = await createTeam();
    const { res } = await csvOf(actors.ADMIN, "?from=2033-13-01");
    expect(res.status).toBe(400);
    expect(await res.text()).toBe("These filters cannot be used: Not a real date.");
  });
});

describe("sign-ins in the audit log", () => {
  /** A person in two organisations. */
  async function twoOrgUser() {
    const { org } = await createOrganization("First");
    const { org: second } = await createOrganization("Second");
    const user = await createUser(org.id, "NEGOTIATOR");
    await db.membership.create({ data: { userId: user.id, organizationId: second.id, role: "VIEWER" } });
    return { user, orgIds: [org.id, second.id] };
  }

  const signInEvents = (userId: string) =>
    db.auditEvent.findMany({ where: { actorId: userId, action: { startsWith: "signin." } }, orderBy: [{ createdAt: "asc" }, { organizationId: "asc" }] });

  it("records a successful password sign-in in each organisation with method and address, and the last sign-in", async () => {
    const { user, orgIds } = await twoOrgUser();
    const before = Date.now();
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD }, { ip: "198.51.100.7" })).not.toBeNull();
    const events = await signInEvents(user.id);
    expect(events.map((e) => [e.organizationId, e.action, e.entityType, e.entityId, e.after])).toEqual(
      orgIds.sort().map((id) => [id, "signin.succeeded", "User", user.id, { method: "password", ip: "198.51.100.7" }]),
    );
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.lastSignInMethod).toBe("password");
    expect(after.lastSignInAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // And the admin of each organisation reads it.
    const admin = await actorFor((await createUser(orgIds[1], "ADMIN")).id);
    const page = await listOrganizationAudit(admin, query({ action: "signin.succeeded" }));
    expect(page.events.map((e) => e.actor.id)).toEqual([user.id]);
  });

  it("records a failed and a throttled sign-in, and leaves the last sign-in alone", async () => {
    const { user } = await twoOrgUser();
    const ip = `test-${randomUUID()}`;
    const now = Date.now();
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT; i++)
      expect(await authenticate({ email: user.email, password: "wrong" }, { ip, now: now + i })).toBeNull();
    await expect(authenticate({ email: user.email, password: TEST_PASSWORD }, { ip, now: now + 10 })).rejects.toBeInstanceOf(SignInThrottledError);
    const events = await signInEvents(user.id);
    expect(events.map((e) => e.action)).toEqual([...Array(SIGN_IN_FAILURES_PER_ACCOUNT * 2).fill("signin.failed"), "signin.throttled", "signin.throttled"]);
    for (const event of events) expect(event.after).toEqual({ method: "password", ip });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();
  });

  it("writes no audit event for an unknown email", async () => {
    const ip = `unknown-${randomUUID()}`;
    expect(await authenticate({ email: `nobody-${randomUUID()}@test.example`, password: "whatever" }, { ip })).toBeNull();
    const rows = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "AuditEvent" WHERE "after"->>'ip' = ${ip}`;
    expect(Number(rows[0].n)).toBe(0);
  });
});

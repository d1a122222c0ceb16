import { beforeAll, describe, expect, it, vi } from "vitest";
import { hashTokenSecret } from "@/lib/api/token-secret";
import { getDb } from "@/lib/db";
import { LIVE_PERSONAL_TOKEN_CAP } from "@/lib/domain/api-tokens";
import { AppError } from "@/lib/errors";
import { createPersonalToken, createServiceToken, listOrganizationTokens, listOwnTokens, revokeToken, RECENT_USES_SHOWN } from "@/lib/services/api-tokens";
import { changeMemberRole, setMemberDisabled } from "@/lib/services/members";
import { signIn } from "@/lib/test/action-env";
import { callApi, createTestToken } from "@/lib/test/api";
import { snapshotOrgs } from "@/lib/test/db-snapshot";
import { actorFor, createTeam, createUser } from "@/lib/test/factories";
import { actionNamed, loadAllActions } from "@/lib/test/load-actions";
import { isoDayFrom } from "@/lib/domain/api-tokens";
import { ZCreatePersonalToken, ZCreateServiceToken } from "@/lib/validation/api-tokens";

vi.mock("@/lib/auth/actor", () => import("@/lib/test/action-env"));
vi.mock("next/headers", () => import("@/lib/test/action-env"));
vi.mock("next/cache", () => import("@/lib/test/action-env"));

// API tokens end to end below the UI: what is stored (the hash, never the secret), that the secret then
// works on /api/v1 with the owner's current role, and every way a token stops working.

const db = getDb();
const { actions } = await loadAllActions();
let team: Awaited<ReturnType<typeof createTeam>>;

beforeAll(async () => {
  team = await createTeam();
});

const personal = (name: string, extra: Record<string, unknown> = {}) =>
  ZCreatePersonalToken.parse({ organizationId: team.org.id, name, scopes: ["WRITE"], expiresIn: "30", ...extra });
const service = (name: string, extra: Record<string, unknown> = {}) =>
  ZCreateServiceToken.parse({ organizationId: team.org.id, name, scopes: ["READ"], expiresIn: "never", ...extra });
const me = (secret: string, address = "198.51.100.7") => callApi("GET", "/api/v1/me", { token: secret, headers: { "x-forwarded-for": address } });
const refusal = async (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? { code: e.code, message: e.message } : e),
  );

describe("creating a token", () => {
  it("stores only the secret's hash and prefix, audits without the secret, and the secret works as the owner", async () => {
    const created = await createPersonalToken(team.actors.NEGOTIATOR, personal("CLM sync"));
    expect(created.secret).toMatch(/^dpk_[A-Za-z0-9_-]{43}$/);
    expect(created.scopes).toEqual(["READ", "WRITE"]);

    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.tokenId } });
    expect(row).toMatchObject({ kind: "PERSONAL", ownerId: team.users.NEGOTIATOR.id, createdById: team.users.NEGOTIATOR.id, name: "CLM sync" });
    expect(row.tokenHash).toBe(hashTokenSecret(created.secret));
    expect(row.prefix).toBe(created.secret.slice(0, 10));
    expect(JSON.stringify(row)).not.toContain(created.secret.slice(10));
    // 30 days from now, give or take the test's own duration.
    expect(Math.abs(row.expiresAt!.getTime() - Date.now() - 30 * 86_400_000)).toBeLessThan(60_000);

    const events = await db.auditEvent.findMany({ where: { entityId: created.tokenId } });
    expect(events.map((e) => [e.action, e.actorId, e.entityType])).toEqual([["api-token.created", team.users.NEGOTIATOR.id, "ApiToken"]]);
    expect(events[0].after).toMatchObject({ name: "CLM sync", kind: "PERSONAL", scopes: ["READ", "WRITE"], prefix: row.prefix });
    const logged = JSON.stringify(events);
    expect(logged).not.toContain(created.secret.slice(10));
    expect(logged).not.toContain(row.tokenHash);

    const answer = await me(created.secret);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ userId: team.users.NEGOTIATOR.id, role: "NEGOTIATOR", token: { id: created.tokenId, scopes: ["READ", "WRITE"] } });

    const [listed] = (await listOwnTokens(team.actors.NEGOTIATOR)).filter((t) => t.id === created.tokenId);
    expect(listed).toMatchObject({ status: "active", lastUsedAddress: "198.51.100.7", isYours: true });
    expect(listed.recentUses).toMatchObject([{ method: "GET", path: "/api/v1/me", status: 200, address: "198.51.100.7" }]);
  });

  it("lists the last uses of every token in two statements, newest first, at most ten each", async () => {
    const many = await createPersonalToken(team.actors.CIO, personal("Busy", { scopes: ["READ"] }));
    const few = await createPersonalToken(team.actors.CIO, personal("Quiet", { scopes: ["READ"] }));
    for (let i = 0; i < RECENT_USES_SHOWN + 2; i++) await me(many.secret, `203.0.113.${i}`);
    await me(few.secret);
    const tokens = await listOwnTokens(team.actors.CIO);
    const busy = tokens.find((t) => t.id === many.tokenId)!;
    expect(busy.recentUses).toHaveLength(RECENT_USES_SHOWN);
    expect(busy.recentUses[0].address).toBe(`203.0.113.${RECENT_USES_SHOWN + 1}`);
    expect(busy.lastUsedAddress).toBe(`203.0.113.${RECENT_USES_SHOWN + 1}`);
    expect(tokens.find((t) => t.id === few.tokenId)!.recentUses).toHaveLength(1);
    // Another person's list does not include the CIO's tokens.
    expect((await listOwnTokens(team.actors.NEGOTIATOR)).map((t) => t.id)).not.toContain(many.tokenId);
  });

  it("refuses a second live token of the same name, and more than the cap of live tokens", async () => {
    const user = await createUser(team.org.id, "VIEWER");
    const actor = await actorFor(user.id);
    await createPersonalToken(actor, personal("Reporting", { scopes: ["READ"] }));
    expect(await refusal(createPersonalToken(actor, personal("reporting", { scopes: ["READ"] })))).toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining('already have a live token called "reporting"'),
    });
    for (let i = 1; i < LIVE_PERSONAL_TOKEN_CAP; i++) await createPersonalToken(actor, personal(`Token ${i}`, { scopes: ["READ"] }));
    const before = await snapshotOrgs(team.org.id);
    expect(await refusal(createPersonalToken(actor, personal("One too many", { scopes: ["READ"] })))).toMatchObject({ code: "CONFLICT" });
    expect(await snapshotOrgs(team.org.id)).toEqual(before);
    // A revoked one frees its place.
    const [oldest] = await db.apiToken.findMany({ where: { ownerId: user.id }, orderBy: { createdAt: "asc" }, take: 1 });
    await revokeToken(actor, { tokenId: oldest.id });
    await expect(createPersonalToken(actor, personal("One too many", { scopes: ["READ"] }))).resolves.toMatchObject({ name: "One too many" });
  });

  it("makes a service token owned by the admin, which may never expire", async () => {
    const created = await createServiceToken(team.actors.ADMIN, service("BI export"));
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.tokenId } });
    expect(row).toMatchObject({ kind: "SERVICE", ownerId: team.users.ADMIN.id, expiresAt: null, scopes: ["READ"] });
    expect((await me(created.secret)).json).toMatchObject({ role: "ADMIN", token: { kind: "SERVICE", scopes: ["READ"] } });
    expect(await refusal(createServiceToken(team.actors.ADMIN, service("bi EXPORT")))).toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("when a token stops working", () => {
  it("revoked by its owner: the next call is 401, and a second revoke says it already was", async () => {
    const created = await createPersonalToken(team.actors.NEGOTIATOR, personal("To revoke"));
    expect((await me(created.secret)).status).toBe(200);
    await revokeToken(team.actors.NEGOTIATOR, { tokenId: created.tokenId });
    const refused = await me(created.secret);
    expect(refused.status).toBe(401);
    expect(refused.json).toMatchObject({ type: "/docs/api#problem-invalid-token", detail: "This token was revoked." });
    const again = await refusal(revokeToken(team.actors.NEGOTIATOR, { tokenId: created.tokenId }));
    expect(again).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^The token "To revoke" was already revoked on .+ by .+\. It no longer works\.$/),
    });
    const events = await db.auditEvent.findMany({ where: { entityId: created.tokenId }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["api-token.created", "api-token.revoked"]);
  });

  it("expired: 401", async () => {
    const created = await createPersonalToken(team.actors.NEGOTIATOR, personal("Short-lived", { expiresIn: "7" }));
    await db.apiToken.update({ where: { id: created.tokenId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const refused = await me(created.secret);
    expect(refused.status).toBe(401);
    expect((await listOwnTokens(team.actors.NEGOTIATOR)).find((t) => t.id === created.tokenId)?.status).toBe("expired");
  });

  it("follows its owner: disabled → 401, re-enabled → works, a new role → acts with it", async () => {
    const user = await createUser(team.org.id, "NEGOTIATOR");
    const created = await createPersonalToken(await actorFor(user.id), personal("Follows me"));
    const membershipId = (await db.membership.findFirstOrThrow({ where: { userId: user.id, organizationId: team.org.id } })).id;

    await setMemberDisabled(team.actors.ADMIN, { membershipId, disabled: true });
    expect((await me(created.secret)).status).toBe(401);
    await setMemberDisabled(team.actors.ADMIN, { membershipId, disabled: false });
    expect((await me(created.secret)).json).toMatchObject({ role: "NEGOTIATOR" });

    await changeMemberRole(team.actors.ADMIN, { membershipId, role: "VIEWER" });
    expect((await me(created.secret)).json).toMatchObject({ role: "VIEWER" });
  });
});

describe("who may revoke what", () => {
  it("an admin revokes another person's personal token and sees every token of the organisation with its owner", async () => {
    const created = await createPersonalToken(team.actors.MANAGER, personal("Manager's dashboard", { scopes: ["READ"] }));
    const listed = (await listOrganizationTokens(team.actors.ADMIN)).find((t) => t.id === created.tokenId);
    expect(listed).toMatchObject({ kind: "PERSONAL", owner: { id: team.users.MANAGER.id }, isYours: false, status: "active" });
    await revokeToken(team.actors.ADMIN, { tokenId: created.tokenId });
    expect(await db.apiToken.findUniqueOrThrow({ where: { id: created.tokenId } })).toMatchObject({ revokedById: team.users.ADMIN.id });
    expect((await me(created.secret)).status).toBe(401);
    const [event] = await db.auditEvent.findMany({ where: { entityId: created.tokenId, action: "api-token.revoked" } });
    expect(event).toMatchObject({ actorId: team.users.ADMIN.id, organizationId: team.org.id });
    expect((await listOrganizationTokens(team.actors.ADMIN)).find((t) => t.id === created.tokenId)).toMatchObject({
      status: "revoked",
      revokedBy: expect.any(String),
    });
  });

  it("a negotiator cannot make a service token, list the organisation's, or revoke anyone else's: nothing written", async () => {
    const colleagues = await createPersonalToken(team.actors.MANAGER, personal("Not yours", { scopes: ["READ"] }));
    const admins = await createServiceToken(team.actors.ADMIN, service("Admin integration"));
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    expect(await refusal(createServiceToken(team.actors.NEGOTIATOR, service("Sneaky")))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(listOrganizationTokens(team.actors.NEGOTIATOR))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(revokeToken(team.actors.NEGOTIATOR, { tokenId: colleagues.tokenId }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(revokeToken(team.actors.NEGOTIATOR, { tokenId: admins.tokenId }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
    expect((await me(colleagues.secret)).status).toBe(200);
  });

  it("another organisation's token does not exist, for its admins' lists and revokes alike", async () => {
    const foreign = await createTestToken({ organizationId: team.otherOrg.id, ownerId: team.foreignAdmin.userId });
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    expect(await refusal(revokeToken(team.actors.ADMIN, { tokenId: foreign.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await listOrganizationTokens(team.actors.ADMIN)).map((t) => t.id)).not.toContain(foreign.id);
    expect((await listOrganizationTokens(team.foreignAdmin)).map((t) => t.owner.id)).toEqual([team.foreignAdmin.userId]);
    // A form of the team's organisation, sent by the other organisation's admin.
    expect(await refusal(createPersonalToken(team.foreignAdmin, personal("Wrong org")))).toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
    expect((await me(foreign.secret)).json).toMatchObject({ organization: { id: team.otherOrg.id } });
  });
});

describe("bad input through the actions: field errors, nothing written", () => {
  const valid = () => ({ organizationId: team.org.id, name: "Field test", scopes: ["READ"], expiresIn: "30", expiresOn: "" });
  it.each([
    ["no scope", { scopes: [] }, "scopes"],
    ["an unknown scope", { scopes: ["ADMIN"] }, "scopes"],
    ["an empty name", { name: "   " }, "name"],
    ["a name of 101 characters", { name: "x".repeat(101) }, "name"],
    ["no expiry", { expiresIn: "" }, "expiresIn"],
    ["never, for a personal token", { expiresIn: "never" }, "expiresIn"],
    ["a date today", { expiresIn: "date", expiresOn: isoDayFrom(new Date(), 0) }, "expiresOn"],
    ["a date in the past", { expiresIn: "date", expiresOn: "2020-01-01" }, "expiresOn"],
    ["a date beyond a year", { expiresIn: "date", expiresOn: isoDayFrom(new Date(), 366) }, "expiresOn"],
    ["a date that does not exist", { expiresIn: "date", expiresOn: "2027-02-30" }, "expiresOn"],
    ["the date option without a date", { expiresIn: "date", expiresOn: "" }, "expiresOn"],
  ])("%s → a field error on %s", async (_label, patch, field) => {
    await signIn(team.users.NEGOTIATOR.id);
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    const result = await actionNamed(actions, "createPersonalToken")({ ...valid(), ...patch });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(Object.keys((!result.ok && result.fieldErrors) || {})).toEqual([field]);
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
  });

  it("a date a year ahead is accepted for a personal token, and never for a service token", async () => {
    await signIn(team.users.NEGOTIATOR.id);
    const created = await actionNamed(
      actions,
      "createPersonalToken",
    )({ ...valid(), name: "A year", expiresIn: "date", expiresOn: isoDayFrom(new Date(), 365) });
    expect(created).toMatchObject({ ok: true, data: { name: "A year" } });
    await signIn(team.users.ADMIN.id);
    const forever = await actionNamed(actions, "createServiceToken")({ ...valid(), name: "Forever", expiresIn: "never" });
    expect(forever).toMatchObject({ ok: true, data: { expiresAt: null } });
  });
});

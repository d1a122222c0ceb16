import { randomUUID } from "node:crypto";
import { decode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { verifyPassword } from "@/lib/auth/password";
import { SESSION_COOKIE_NAME } from "@/lib/auth/session-cookie";
import { hashToken } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deliveryIdle } from "@/lib/mail/deliver";
import { passwordResetLink } from "@/lib/mail/templates";
import {
  changePassword,
  inspectResetLink,
  requestPasswordReset,
  resetPassword,
  RESET_REQUESTS_PER_ADDRESS,
  RESET_REQUESTS_PER_EMAIL,
} from "@/lib/services/passwords";
import { cookieJar, getActor, resetRequestHeaders, setRequestHeaders, signIn, signOut, TEST_HOST } from "@/lib/test/action-env";
import { snapshotOrgs } from "@/lib/test/db-snapshot";
import { actorFor, createOrganization, createUser, TEST_PASSWORD } from "@/lib/test/factories";
import { actionNamed, loadAllActions } from "@/lib/test/load-actions";

vi.mock("@/lib/auth/actor", () => import("@/lib/test/action-env"));
vi.mock("next/headers", () => import("@/lib/test/action-env"));
vi.mock("next/cache", () => import("@/lib/test/action-env"));

const db = getDb();
const { actions, publicActions } = await loadAllActions();
const NEW_PASSWORD = "a brand new passphrase";

/** A user in two organisations (so account events land in both), with the test password. */
async function setUp() {
  const { org } = await createOrganization("Passwords Org");
  const { org: second } = await createOrganization("Second Passwords Org");
  const user = await createUser(org.id, "NEGOTIATOR");
  await db.membership.create({ data: { userId: user.id, organizationId: second.id, role: "VIEWER" } });
  return { user, orgIds: [org.id, second.id], actor: await actorFor(user.id, org.id) };
}

/** A fresh client address, so per-address limits of one test do not reach another. */
const anAddress = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function eventsOf(userId: string, action: string) {
  return db.auditEvent.findMany({ where: { actorId: userId, action }, orderBy: { organizationId: "asc" } });
}

/** Asks for a reset link and returns the token the queued message carries. */
async function resetTokenFor(email: string): Promise<string> {
  expect(await requestPasswordReset({ email }, { ip: anAddress() })).toBe("sent");
  const message = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: email, kind: "password-reset" }, orderBy: { createdAt: "desc" } });
  const token = /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(message.text)?.[1];
  expect(token).toBeDefined();
  return token!;
}

beforeEach(() => {
  signOut();
  cookieJar.clear();
  resetRequestHeaders();
});

afterEach(async () => {
  await deliveryIdle();
});

describe("changing the password", () => {
  it("ends every other session and keeps this browser signed in with a re-issued cookie", async () => {
    const { user, orgIds } = await setUp();
    await signIn(user.id);
    const oldVersion = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion;

    const result = await actionNamed(actions, "changePassword")({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(result).toEqual({ ok: true, data: { changed: true } });

    // A JWT with the old version (any other browser, and this one's old cookie) gets no actor.
    expect(await loadActor(user.id, oldVersion)).toBeNull();
    expect(await getActor()).toBeNull();
    // The re-issued cookie carries the new version, which works.
    const token = await decode({ token: cookieJar.get(SESSION_COOKIE_NAME)!, secret: process.env.NEXTAUTH_SECRET! });
    expect(token).toMatchObject({ sub: user.id, sessionVersion: oldVersion + 1 });
    expect(Number(token!.exp) - Number(token!.iat)).toBe(12 * 60 * 60);
    expect(await loadActor(user.id, token!.sessionVersion!)).toMatchObject({ userId: user.id });

    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(saved.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(saved.passwordHash!, TEST_PASSWORD)).toBe(false);
    expect(saved.passwordChangedAt).not.toBeNull();
    expect((await eventsOf(user.id, "password.changed")).map((e) => e.organizationId)).toEqual([...orgIds].sort());
    const mail = await db.outboxMessage.findMany({ where: { userId: user.id } });
    expect(mail).toEqual([expect.objectContaining({ kind: "password-changed", toAddress: user.email, organizationId: null })]);
  });

  it("refuses a wrong current password on that field, and a new password equal to the current one, writing nothing", async () => {
    const { user, orgIds } = await setUp();
    await signIn(user.id);
    const change = actionNamed(actions, "changePassword");
    const before = await snapshotOrgs(...orgIds);

    const wrong = await change({ currentPassword: "not my password", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(wrong).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { currentPassword: ["The current password is incorrect"] } });
    const same = await change({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD, confirmPassword: TEST_PASSWORD });
    expect(same).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { newPassword: [expect.stringContaining("different")] } });
    const mismatch = await change({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD + "!" });
    expect(mismatch).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { confirmPassword: ["The passwords do not match"] } });

    expect(await snapshotOrgs(...orgIds)).toEqual(before);
    expect(cookieJar.entries()).toEqual({});
    expect(await getActor()).not.toBeNull();
  });

  it("is rate-limited per user, so the current password cannot be guessed through the form", async () => {
    const { user, actor } = await setUp();
    for (let i = 0; i < 5; i++) {
      expect((await errorOf(changePassword(actor, { currentPassword: `guess ${i}`, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))).code).toBe(
        "INVALID_INPUT",
      );
    }
    // Now even the right password is refused, before it is checked.
    const limited = await errorOf(changePassword(actor, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect(limited.code).toBe("RATE_LIMITED");
    expect(limited.message).toMatch(/Try again in \d+ minutes?\./);
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!, TEST_PASSWORD)).toBe(true);
  });

  it("tells an SSO-only user there is no password to change", async () => {
    const { user, actor } = await setUp();
    await db.user.update({ where: { id: user.id }, data: { passwordHash: null } });
    const error = await errorOf(changePassword(actor, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("single sign-on");
  });
});

describe("forgot password", () => {
  it("gives the same answer for an existing, an unknown, a deactivated and an SSO-only address; only the first gets mail", async () => {
    const { user } = await setUp();
    const inactive = await setUp();
    await db.user.update({ where: { id: inactive.user.id }, data: { active: false } });
    const ssoOnly = await setUp();
    await db.user.update({ where: { id: ssoOnly.user.id }, data: { passwordHash: null } });
    const unknown = `nobody-${randomUUID().slice(0, 8)}@test.example`;
    const request = actionNamed(actions, "requestPasswordReset");

    const answers: unknown[] = [];
    for (const email of [user.email, unknown, inactive.user.email, ssoOnly.user.email]) {
      setRequestHeaders({ host: TEST_HOST, origin: `http://${TEST_HOST}`, "x-forwarded-for": anAddress() });
      const started = Date.now();
      const result = await request({ email: email.toUpperCase() });
      expect(Date.now() - started).toBeGreaterThanOrEqual(390);
      answers.push(JSON.parse(JSON.stringify(result).replace(email, "<email>")));
    }
    expect(answers[0]).toMatchObject({ ok: true, data: { message: expect.stringContaining("If an account") } });
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);

    expect(await db.passwordResetToken.count({ where: { userId: { in: [inactive.user.id, ssoOnly.user.id] } } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { toAddress: { in: [unknown, inactive.user.email, ssoOnly.user.email] } } })).toBe(0);
    expect(await db.passwordResetToken.count({ where: { userId: user.id } })).toBe(1);
  });

  it("stores only the token's hash, queues the link as account mail, audits in each organisation, and invalidates earlier links", async () => {
    const { user, orgIds } = await setUp();
    const first = await resetTokenFor(user.email);
    const second = await resetTokenFor(user.email);

    const rows = await db.passwordResetToken.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.tokenHash)).toEqual([hashToken(first), hashToken(second)]);
    expect(JSON.stringify(rows)).not.toContain(first);
    expect(JSON.stringify(rows)).not.toContain(second);
    expect(rows[0].usedAt).not.toBeNull();
    expect(rows[1].usedAt).toBeNull();
    const expiresInMs = rows[1].expiresAt.getTime() - rows[1].createdAt.getTime();
    expect(expiresInMs).toBeGreaterThan(59 * 60_000);
    expect(expiresInMs).toBeLessThanOrEqual(60 * 60_000 + 1000);

    const mail = await db.outboxMessage.findMany({ where: { userId: user.id, kind: "password-reset" }, orderBy: { createdAt: "asc" } });
    expect(mail).toHaveLength(2);
    expect(mail[1]).toMatchObject({ toAddress: user.email, organizationId: null });
    expect(mail[1].text).toContain(passwordResetLink(second));
    expect((await eventsOf(user.id, "password.reset-requested")).map((e) => e.organizationId)).toEqual([...orgIds, ...orgIds].sort());

    expect(await inspectResetLink(first)).toEqual({ state: "used" });
    expect(await inspectResetLink(second)).toEqual({ state: "valid", email: user.email });
  });

  it("answers an email over its limit like any other but sends nothing; an address over its limit is told to wait", async () => {
    const { user } = await setUp();
    for (let i = 0; i < RESET_REQUESTS_PER_EMAIL; i++) expect(await requestPasswordReset({ email: user.email }, { ip: anAddress() })).toBe("sent");
    expect(await requestPasswordReset({ email: user.email }, { ip: anAddress() })).toBe("not-sent");
    expect(await db.outboxMessage.count({ where: { userId: user.id, kind: "password-reset" } })).toBe(RESET_REQUESTS_PER_EMAIL);

    const ip = anAddress();
    for (let i = 0; i < RESET_REQUESTS_PER_ADDRESS; i++) await requestPasswordReset({ email: `someone-${i}@test.example` }, { ip });
    const limited = await errorOf(requestPasswordReset({ email: "someone-else@test.example" }, { ip }));
    expect(limited.code).toBe("RATE_LIMITED");
    expect(limited.message).toMatch(/^Too many requests from your network\. Try again in \d+ minutes?\.$/);
  });
});

describe("resetting the password through the link", () => {
  it("sets the password, ends every session, uses up every link, audits in each organisation and sends a notice", async () => {
    const { user, orgIds } = await setUp();
    const older = await resetTokenFor(user.email);
    const token = await resetTokenFor(user.email);
    const versionBefore = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion;

    const result = await actionNamed(actions, "resetPassword")({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(result).toEqual({ ok: true, data: { email: user.email } });

    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(saved.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(saved.sessionVersion).toBe(versionBefore + 1);
    expect(await loadActor(user.id, versionBefore)).toBeNull();
    expect(await db.passwordResetToken.count({ where: { userId: user.id, usedAt: null } })).toBe(0);
    expect((await eventsOf(user.id, "password.reset")).map((e) => e.organizationId)).toEqual([...orgIds].sort());
    expect(await db.outboxMessage.count({ where: { userId: user.id, kind: "password-changed", organizationId: null } })).toBe(1);

    // The same link, and the older one, cannot be used again.
    for (const used of [token, older]) {
      const again = await actionNamed(
        actions,
        "resetPassword",
      )({ token: used, newPassword: "yet another passphrase", confirmPassword: "yet another passphrase" });
      expect(again).toMatchObject({ ok: false, code: "NOT_FOUND", details: { state: "used" } });
    }
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!, NEW_PASSWORD)).toBe(true);
  });

  it("refuses an expired link, and one of a deactivated account, changing nothing", async () => {
    const { user, orgIds } = await setUp();
    const token = await resetTokenFor(user.email);
    await db.passwordResetToken.updateMany({ where: { tokenHash: hashToken(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await snapshotOrgs(...orgIds);
    const expired = await errorOf(resetPassword({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect(expired).toMatchObject({ code: "NOT_FOUND", details: { state: "expired" } });
    expect(await inspectResetLink(token)).toEqual({ state: "expired" });

    const fresh = await resetTokenFor(user.email);
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    const snapshot = await snapshotOrgs(...orgIds);
    const disabled = await errorOf(resetPassword({ token: fresh, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect(disabled).toMatchObject({ code: "NOT_FOUND", details: { state: "invalid" } });
    expect(await inspectResetLink(fresh)).toEqual({ state: "invalid" });
    expect(await snapshotOrgs(...orgIds)).toEqual(snapshot);
    expect((await snapshotOrgs(...orgIds)).User).toEqual(before.User);
  });

  it("lets exactly one of two simultaneous uses of a link through", async () => {
    const { user } = await setUp();
    const token = await resetTokenFor(user.email);
    const results = await Promise.allSettled(
      ["first parallel passphrase", "second parallel passphrase"].map((password) => resetPassword({ token, newPassword: password, confirmPassword: password })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "NOT_FOUND", details: { state: "used" } });
    expect(await eventsOf(user.id, "password.reset")).toHaveLength(2); // one per organisation, once
  });

  it("refuses a malformed or unknown token before any write", async () => {
    const { orgIds } = await setUp();
    const before = await snapshotOrgs(...orgIds);
    const reset = actionNamed(actions, "resetPassword");
    expect(await reset({ token: "short", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { token: expect.any(Array) },
    });
    expect(await reset({ token: "A".repeat(43), newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      details: { state: "invalid" },
    });
    expect(await snapshotOrgs(...orgIds)).toEqual(before);
  });
});

describe("the public password actions", () => {
  it("are registered as public actions and refuse a foreign Origin without writing", async () => {
    expect([...publicActions]).toEqual(expect.arrayContaining(["requestPasswordReset", "resetPassword"]));
    const { user, orgIds } = await setUp();
    const token = await resetTokenFor(user.email);
    const before = await snapshotOrgs(...orgIds);
    setRequestHeaders({ host: TEST_HOST, origin: "https://evil.example" });
    expect(await actionNamed(actions, "requestPasswordReset")({ email: user.email })).toMatchObject({ ok: false, code: "CROSS_ORIGIN" });
    expect(await actionNamed(actions, "resetPassword")({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toMatchObject({
      ok: false,
      code: "CROSS_ORIGIN",
    });
    expect(await snapshotOrgs(...orgIds)).toEqual(before);
  });
});

describe("bad input to the public password actions: a message on the field, nothing written", () => {
  const long = (n: number) => "x".repeat(n);
  const valid = { token: "A".repeat(43), newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
  const cases: [action: string, field: string, label: string, input: Record<string, unknown>][] = [
    ["requestPasswordReset", "email", "no @", { email: "someone.example.com" }],
    ["requestPasswordReset", "email", "no domain", { email: "someone@" }],
    ["requestPasswordReset", "email", "two addresses", { email: "a@example.com, b@example.com" }],
    ["requestPasswordReset", "email", "321 characters", { email: `${long(309)}@example.com` }],
    ["requestPasswordReset", "email", "empty", { email: "  " }],
    ["requestPasswordReset", "email", "missing", {}],
    ["requestPasswordReset", "email", "a number", { email: 42 }],
    ["requestPasswordReset", "email", "an array", { email: ["a@example.com"] }],
    ["requestPasswordReset", "email", "a NUL character", { email: "a\u0000@example.com" }],
    ["resetPassword", "token", "too short", { ...valid, token: "abc" }],
    ["resetPassword", "token", "44 characters", { ...valid, token: "A".repeat(44) }],
    ["resetPassword", "token", "a slash", { ...valid, token: `${"A".repeat(42)}/` }],
    ["resetPassword", "token", "missing", { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }],
    ["resetPassword", "newPassword", "11 characters", { ...valid, newPassword: long(11), confirmPassword: long(11) }],
    ["resetPassword", "newPassword", "201 characters", { ...valid, newPassword: long(201), confirmPassword: long(201) }],
    ["resetPassword", "newPassword", "only spaces", { ...valid, newPassword: " ".repeat(20), confirmPassword: " ".repeat(20) }],
    ["resetPassword", "newPassword", "a number", { ...valid, newPassword: 123456789012 }],
    ["resetPassword", "confirmPassword", "not matching", { ...valid, confirmPassword: NEW_PASSWORD.toUpperCase() }],
    ["resetPassword", "confirmPassword", "empty", { ...valid, confirmPassword: "" }],
  ];

  it.each(cases)("%s › %s: %s", async (action, field, _label, input) => {
    const { user, orgIds } = await setUp();
    await resetTokenFor(user.email);
    const before = await snapshotOrgs(...orgIds);
    const result = await actionNamed(actions, action)(input);
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(Object.keys((!result.ok && result.fieldErrors) || {})).toEqual([field]);
    expect(await snapshotOrgs(...orgIds)).toEqual(before);
  });
});

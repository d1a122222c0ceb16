import { afterEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { loadActor } from "@/lib/auth/load-actor";
import { verifyPassword } from "@/lib/auth/password";
import { hashToken } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/domain/enums";
import { AppError } from "@/lib/errors";
import { deliveryIdle } from "@/lib/mail/deliver";
import { describeInvitation, joinInvitedOrganization, acceptInvitationAsNewUser } from "@/lib/services/invitations";
import { changeMemberRole, inviteMember, listMembers, removeMember, resendInvitation, revokeInvitation, setMemberDisabled } from "@/lib/services/members";
import { afterOrganizationChange } from "@/lib/services/organization-changes";
import { cookieJar, ORG_COOKIE, resetRequestHeaders, setRequestHeaders, signIn, signOut, TEST_HOST } from "@/lib/test/action-env";
import { actorFor, createOrganization, createTeam, createUser } from "@/lib/test/factories";
import { actionNamed, loadAllActions } from "@/lib/test/load-actions";

vi.mock("@/lib/auth/actor", () => import("@/lib/test/action-env"));
vi.mock("next/headers", () => import("@/lib/test/action-env"));
vi.mock("next/cache", () => import("@/lib/test/action-env"));
vi.mock("@/lib/services/organization-changes", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/services/organization-changes")>();
  return { ...original, afterOrganizationChange: vi.fn(original.afterOrganizationChange) };
});

// Members and invitations: the last-admin invariant (also under concurrency), single-use invitation
// links (reuse, expiry, revocation, re-send), and what acceptance creates.

const db = getDb();
const { actions } = await loadAllActions();
const PASSWORD = "a long enough password";
const ROUNDS = 6;

afterEach(async () => {
  signOut();
  cookieJar.clear();
  resetRequestHeaders();
  await deliveryIdle();
});

/** The code an expected refusal carries; fails the test on success or an unexpected error. */
async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string; fieldErrors?: Record<string, string[]> }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "expected a refusal").toBeInstanceOf(AppError);
  const appError = error as AppError;
  return { code: appError.code, message: appError.message, fieldErrors: appError.fieldErrors };
}

async function membershipOf(userId: string, organizationId: string) {
  return db.membership.findUniqueOrThrow({ where: { userId_organizationId: { userId, organizationId } } });
}

async function activeAdmins(organizationId: string) {
  return db.membership.count({ where: { organizationId, role: "ADMIN", disabledAt: null } });
}

/** An organisation with two admins. */
async function twoAdmins() {
  const { org } = await createOrganization("Two Admins");
  const [a, b] = [await createUser(org.id, "ADMIN"), await createUser(org.id, "ADMIN")];
  return {
    org,
    a: await actorFor(a.id),
    b: await actorFor(b.id),
    membershipA: await membershipOf(a.id, org.id),
    membershipB: await membershipOf(b.id, org.id),
  };
}

/** The token in the newest invitation message to `email` (only its hash is stored). */
async function tokenMailedTo(email: string) {
  const message = await db.outboxMessage.findFirstOrThrow({
    where: { toAddress: email, kind: "invitation" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const token = /\/invite\/([A-Za-z0-9_-]{43})\b/.exec(message.text)?.[1];
  expect(token, message.text).toBeDefined();
  return { token: token!, message };
}

const newEmail = (label = "invitee") => `${label}-${Math.random().toString(36).slice(2, 10)}@new.example`;

async function invite(admin: Actor, role: Role = "VIEWER", email = newEmail()) {
  const { invitationId } = await inviteMember(admin, { email, role });
  const { token } = await tokenMailedTo(email);
  return { invitationId, email, token };
}

describe("the organisation keeps at least one active admin", () => {
  it("refuses to demote, disable or remove the only admin, and says why", async () => {
    const team = await createTeam();
    const admin = team.actors.ADMIN;
    const own = await membershipOf(admin.userId, team.org.id);
    for (const attempt of [
      () => changeMemberRole(admin, { membershipId: own.id, role: "CIO" }),
      () => setMemberDisabled(admin, { membershipId: own.id, disabled: true }),
      () => removeMember(admin, { membershipId: own.id }),
    ]) {
      const { code, message } = await refusal(attempt());
      expect(code).toBe("CONFLICT");
      expect(message).toMatch(/last active admin/);
    }
    expect(await membershipOf(admin.userId, team.org.id)).toEqual(own);
  });

  it("allows it while another active admin remains, and counts a disabled admin as none", async () => {
    const { org, a, b, membershipA, membershipB } = await twoAdmins();
    await setMemberDisabled(a, { membershipId: membershipB.id, disabled: true });
    // B is disabled: A is now the last active admin.
    expect((await refusal(changeMemberRole(a, { membershipId: membershipA.id, role: "VIEWER" }))).code).toBe("CONFLICT");
    await setMemberDisabled(a, { membershipId: membershipB.id, disabled: false });
    await changeMemberRole(a, { membershipId: membershipA.id, role: "VIEWER" });
    expect(await activeAdmins(org.id)).toBe(1);
    expect((await membershipOf(b.userId, org.id)).role).toBe("ADMIN");
  });

  it("two admins demoting each other at the same instant leave exactly one admin", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { org, a, b, membershipA, membershipB } = await twoAdmins();
      const results = await Promise.allSettled([
        changeMemberRole(a, { membershipId: membershipB.id, role: "MANAGER" }),
        changeMemberRole(b, { membershipId: membershipA.id, role: "MANAGER" }),
      ]);
      expect(
        results.filter((r) => r.status === "fulfilled"),
        `round ${round}`,
      ).toHaveLength(1);
      const [refused] = results.filter((r) => r.status === "rejected");
      expect(refused.reason).toBeInstanceOf(AppError);
      expect((refused.reason as AppError).code).toBe("CONFLICT");
      expect(await activeAdmins(org.id)).toBe(1);
    }
  });

  it("two admins disabling or removing each other at the same instant leave exactly one admin", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { org, a, b, membershipA, membershipB } = await twoAdmins();
      const results = await Promise.allSettled([
        setMemberDisabled(a, { membershipId: membershipB.id, disabled: true }),
        removeMember(b, { membershipId: membershipA.id }),
      ]);
      expect(
        results.filter((r) => r.status === "fulfilled"),
        `round ${round}`,
      ).toHaveLength(1);
      expect(await activeAdmins(org.id)).toBe(1);
    }
  });

  it("an admin demoted a moment ago can no longer manage members", async () => {
    const { a, b, membershipA } = await twoAdmins();
    await changeMemberRole(b, { membershipId: membershipA.id, role: "VIEWER" });
    // `a` is the actor as loaded before the change (a request already under way).
    expect((await refusal(inviteMember(a, { email: newEmail(), role: "VIEWER" }))).code).toBe("FORBIDDEN");
  });
});

describe("member changes reach the member on their next request", () => {
  it("a role change is what the next actor carries", async () => {
    const team = await createTeam();
    const viewer = await membershipOf(team.users.VIEWER.id, team.org.id);
    await changeMemberRole(team.actors.ADMIN, { membershipId: viewer.id, role: "NEGOTIATOR" });
    expect((await actorFor(team.users.VIEWER.id)).role).toBe("NEGOTIATOR");
  });

  it("a disabled member gets no actor in that organisation, keeps their other organisations, and is back when re-enabled", async () => {
    const team = await createTeam();
    const user = team.users.NEGOTIATOR;
    const { org: second } = await createOrganization("Second");
    await db.membership.create({ data: { userId: user.id, organizationId: second.id, role: "VIEWER" } });
    const membership = await membershipOf(user.id, team.org.id);
    await setMemberDisabled(team.actors.ADMIN, { membershipId: membership.id, disabled: true });

    const actor = await loadActor(user.id, user.sessionVersion, team.org.id);
    expect(actor?.organizationId).toBe(second.id);
    expect(actor?.memberships.map((m) => m.organizationId)).toEqual([second.id]);

    await db.membership.delete({ where: { userId_organizationId: { userId: user.id, organizationId: second.id } } });
    expect(await loadActor(user.id, user.sessionVersion, team.org.id)).toBeNull();

    await setMemberDisabled(team.actors.ADMIN, { membershipId: membership.id, disabled: false });
    expect((await loadActor(user.id, user.sessionVersion, team.org.id))?.organizationId).toBe(team.org.id);
  });

  it("removing a member deletes the membership only: the user, their history and their audit rows stay", async () => {
    const team = await createTeam();
    const user = team.users.MANAGER;
    const membership = await membershipOf(user.id, team.org.id);
    await removeMember(team.actors.ADMIN, { membershipId: membership.id });
    expect(await db.membership.findUnique({ where: { id: membership.id } })).toBeNull();
    expect(await db.user.findUnique({ where: { id: user.id } })).not.toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: team.org.id, action: "member.removed", entityId: membership.id } });
    expect(event.actorId).toBe(team.users.ADMIN.id);
    expect(await loadActor(user.id, user.sessionVersion, team.org.id)).toBeNull();
  });

  it("another organisation's member is not found, and nothing changes", async () => {
    const team = await createTeam();
    const viewer = await membershipOf(team.users.VIEWER.id, team.org.id);
    for (const attempt of [
      () => changeMemberRole(team.foreignAdmin, { membershipId: viewer.id, role: "ADMIN" }),
      () => setMemberDisabled(team.foreignAdmin, { membershipId: viewer.id, disabled: true }),
      () => removeMember(team.foreignAdmin, { membershipId: viewer.id }),
    ])
      expect((await refusal(attempt())).code).toBe("NOT_FOUND");
    expect(await membershipOf(team.users.VIEWER.id, team.org.id)).toEqual(viewer);
  });

  it("the member list shows role, status, sign-in methods and who 'you' are", async () => {
    const team = await createTeam();
    await setMemberDisabled(team.actors.ADMIN, { membershipId: (await membershipOf(team.users.CIO.id, team.org.id)).id, disabled: true });
    await db.userIdentity.create({ data: { userId: team.users.VIEWER.id, provider: "corp", subject: "s-1", email: team.users.VIEWER.email } });
    await db.user.update({ where: { id: team.users.VIEWER.id }, data: { passwordHash: null } });
    const { members } = await listMembers(team.actors.ADMIN);
    expect(members).toHaveLength(5);
    const byUser = new Map(members.map((m) => [m.userId, m]));
    expect(byUser.get(team.users.ADMIN.id)).toMatchObject({ isYou: true, role: "ADMIN", disabled: false, signInMethods: { password: true, sso: [] } });
    expect(byUser.get(team.users.CIO.id)).toMatchObject({ isYou: false, disabled: true });
    expect(byUser.get(team.users.VIEWER.id)?.signInMethods).toEqual({ password: false, sso: ["corp"] });
  });
});

describe("invitations", () => {
  it("stores only the token's hash and queues the mail with the link in the same transaction", async () => {
    const team = await createTeam();
    const email = newEmail();
    // Through the action: the address is trimmed and lower-cased.
    await signIn(team.users.ADMIN.id);
    const result = await actionNamed(actions, "inviteMember")({ email: `  ${email.toUpperCase()} `, role: "NEGOTIATOR" });
    expect(result).toMatchObject({ ok: true });
    const { invitationId } = (result as { data: { invitationId: string } }).data;
    const invitation = await db.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(invitation).toMatchObject({ email, role: "NEGOTIATOR", sendCount: 1, invitedById: team.users.ADMIN.id, acceptedAt: null, revokedAt: null });
    const days = (invitation.expiresAt.getTime() - invitation.sentAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 5);
    const { token, message } = await tokenMailedTo(email);
    expect(invitation.tokenHash).toBe(hashToken(token));
    expect(invitation.tokenHash).not.toContain(token);
    expect(message).toMatchObject({ organizationId: team.org.id, kind: "invitation" });
    expect(message.text).toContain(`/invite/${token}`);
    expect(message.subject).toContain("Team Org");
  });

  it("writes neither the invitation nor its message when the transaction fails at its last step", async () => {
    const team = await createTeam();
    const email = newEmail();
    vi.mocked(afterOrganizationChange).mockRejectedValueOnce(new Error("audit failed"));
    await expect(inviteMember(team.actors.ADMIN, { email, role: "VIEWER" })).rejects.toThrow("audit failed");
    expect(await db.invitation.count({ where: { email } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { toAddress: email } })).toBe(0);
  });

  it("refuses an existing member and an address already invited, naming the field, writing nothing", async () => {
    const team = await createTeam();
    const before = { invitations: await db.invitation.count(), outbox: await db.outboxMessage.count() };
    const member = await refusal(inviteMember(team.actors.ADMIN, { email: team.users.CIO.email, role: "VIEWER" }));
    expect(member).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { email: [expect.stringMatching(/already a member/)] } });
    expect({ invitations: await db.invitation.count(), outbox: await db.outboxMessage.count() }).toEqual(before);

    const { email } = await invite(team.actors.ADMIN);
    const again = await refusal(inviteMember(team.actors.ADMIN, { email, role: "ADMIN" }));
    expect(again).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { email: [expect.stringMatching(/already invited.*re-send/)] } });
    expect(await db.invitation.count({ where: { email } })).toBe(1);
  });

  it("a link works once: accepting twice gives one membership and 'no longer valid'", async () => {
    const team = await createTeam();
    const { token, email, invitationId } = await invite(team.actors.ADMIN, "MANAGER");
    expect(await describeInvitation(token)).toMatchObject({ state: "valid", email, role: "MANAGER", organizationName: "Team Org", accountExists: false });

    const accepted = await acceptInvitationAsNewUser({ token, name: "New Person", password: PASSWORD, confirmPassword: PASSWORD }, { ip: "10.0.0.1" });
    expect(accepted).toEqual({ organizationId: team.org.id, email });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.name).toBe("New Person");
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    expect(await membershipOf(user.id, team.org.id)).toMatchObject({ role: "MANAGER", joinedVia: "invitation", disabledAt: null });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).toMatchObject({ acceptedById: user.id, acceptedAt: expect.any(Date) });
    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: team.org.id, action: "invitation.accepted" } });
    expect(event).toMatchObject({ actorId: user.id, entityId: invitationId });

    const second = await refusal(acceptInvitationAsNewUser({ token, name: "Someone else", password: PASSWORD, confirmPassword: PASSWORD }, { ip: "10.0.0.1" }));
    expect(second).toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(/no longer valid.*Team Org's admin/) });
    expect(await describeInvitation(token)).toEqual({ state: "invalid", organizationName: "Team Org" });
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(1);
  });

  it("two accepts of one link at the same instant create one account and one membership", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const team = await createTeam();
      const { token, email } = await invite(team.actors.ADMIN);
      const results = await Promise.allSettled(
        ["First", "Second"].map((name) => acceptInvitationAsNewUser({ token, name, password: PASSWORD, confirmPassword: PASSWORD }, { ip: "10.0.0.2" })),
      );
      expect(
        results.filter((r) => r.status === "fulfilled"),
        `round ${round}`,
      ).toHaveLength(1);
      const [refused] = results.filter((r) => r.status === "rejected");
      expect((refused.reason as AppError).code).toBe("NOT_FOUND");
      expect(await db.membership.count({ where: { organizationId: team.org.id, user: { email } } })).toBe(1);
    }
  });

  it("an expired link is no longer valid; re-sending it gives a new link that works", async () => {
    const team = await createTeam();
    const { token, email, invitationId } = await invite(team.actors.ADMIN);
    await db.invitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await describeInvitation(token)).toEqual({ state: "invalid", organizationName: "Team Org" });
    expect((await refusal(acceptInvitationAsNewUser({ token, name: "Late", password: PASSWORD, confirmPassword: PASSWORD }, { ip: "10.0.0.3" }))).code).toBe(
      "NOT_FOUND",
    );
    // Inviting again points at the expired invitation instead.
    expect((await refusal(inviteMember(team.actors.ADMIN, { email, role: "VIEWER" }))).fieldErrors?.email?.[0]).toMatch(/expired.*re-send/);

    await resendInvitation(team.actors.ADMIN, { invitationId });
    const { token: fresh } = await tokenMailedTo(email);
    expect(fresh).not.toBe(token);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).toMatchObject({ sendCount: 2, tokenHash: hashToken(fresh) });
    expect(await describeInvitation(token)).toMatchObject({ state: "invalid" });
    expect(await describeInvitation(fresh)).toMatchObject({ state: "valid", email });
    expect(await db.outboxMessage.count({ where: { toAddress: email } })).toBe(2);
  });

  it("re-sending invalidates the old link even before it expires", async () => {
    const team = await createTeam();
    const { token, invitationId, email } = await invite(team.actors.ADMIN);
    await resendInvitation(team.actors.ADMIN, { invitationId });
    expect(
      (await refusal(acceptInvitationAsNewUser({ token, name: "Old link", password: PASSWORD, confirmPassword: PASSWORD }, { ip: "10.0.0.4" }))).code,
    ).toBe("NOT_FOUND");
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });

  it("a revoked link is no longer valid and cannot be re-sent", async () => {
    const team = await createTeam();
    const { token, invitationId, email } = await invite(team.actors.ADMIN);
    await revokeInvitation(team.actors.ADMIN, { invitationId });
    expect(await describeInvitation(token)).toEqual({ state: "invalid", organizationName: "Team Org" });
    expect((await refusal(acceptInvitationAsNewUser({ token, name: "Revoked", password: PASSWORD, confirmPassword: PASSWORD }, { ip: "10.0.0.5" }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await refusal(resendInvitation(team.actors.ADMIN, { invitationId }))).code).toBe("CONFLICT");
    // The address can be invited afresh.
    await inviteMember(team.actors.ADMIN, { email, role: "VIEWER" });
    expect(await db.invitation.count({ where: { email } })).toBe(2);
  });

  it("an unknown or malformed token shows nothing about any organisation", async () => {
    expect(await describeInvitation("x".repeat(43))).toEqual({ state: "invalid", organizationName: null });
    expect(await describeInvitation("../../etc/passwd")).toEqual({ state: "invalid", organizationName: null });
  });

  it("an existing user joins a second organisation; a different user is refused; a new-account accept for their email is refused", async () => {
    const team = await createTeam();
    const { org: home } = await createOrganization("Home Org");
    const existing = await createUser(home.id, "NEGOTIATOR");
    const { token, invitationId } = await invite(team.actors.ADMIN, "CIO", existing.email);
    expect(await describeInvitation(token)).toMatchObject({ state: "valid", accountExists: true, email: existing.email });

    const taken = await refusal(acceptInvitationAsNewUser({ token, name: "Impostor", password: PASSWORD, confirmPassword: PASSWORD }, { ip: "10.0.0.6" }));
    expect(taken.code).toBe("CONFLICT");

    const other = await createUser(home.id, "VIEWER");
    const wrong = await refusal(joinInvitedOrganization({ userId: other.id, email: other.email }, token, { ip: "10.0.0.6" }));
    expect(wrong.code).toBe("FORBIDDEN");
    expect(await db.membership.count({ where: { organizationId: team.org.id, userId: other.id } })).toBe(0);

    expect(await joinInvitedOrganization({ userId: existing.id, email: existing.email }, token, { ip: "10.0.0.6" })).toEqual({
      organizationId: team.org.id,
      email: existing.email,
    });
    const actor = await actorFor(existing.id, team.org.id);
    expect(actor.memberships.map((m) => [m.organizationId, m.role])).toEqual([
      [home.id, "NEGOTIATOR"],
      [team.org.id, "CIO"],
    ]);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).toMatchObject({ acceptedById: existing.id });
  });
});

describe("the public accept actions", () => {
  const accept = actionNamed(actions, "acceptInvitationAsNewUser");
  const join = actionNamed(actions, "joinInvitedOrganization");

  it("signed out: creates the account, switches the organisation cookie to it", async () => {
    const team = await createTeam();
    const { token, email } = await invite(team.actors.ADMIN);
    const result = await accept({ token, name: "Signed Out", password: PASSWORD, confirmPassword: PASSWORD });
    expect(result).toEqual({ ok: true, data: { organizationId: team.org.id, email } });
    expect(cookieJar.get(ORG_COOKIE)).toBe(team.org.id);
  });

  it("refuses a malformed or unknown token, mismatched passwords and a short one, writing nothing", async () => {
    const team = await createTeam();
    const { token, email } = await invite(team.actors.ADMIN);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ token: "short" }, "INVALID_INPUT", "token"],
      [{ token: "y".repeat(43) }, "NOT_FOUND", ""],
      [{ confirmPassword: "something else entirely" }, "INVALID_INPUT", "confirmPassword"],
      [{ password: "short", confirmPassword: "short" }, "INVALID_INPUT", "password"],
      [{ name: "   " }, "INVALID_INPUT", "name"],
      [{ name: "n".repeat(201) }, "INVALID_INPUT", "name"],
    ];
    for (const [patch, code, field] of cases) {
      const result = await accept({ token, name: "Bad Input", password: PASSWORD, confirmPassword: PASSWORD, ...patch });
      expect(result, JSON.stringify(patch)).toMatchObject({ ok: false, code });
      if (field && !result.ok) expect(Object.keys(result.fieldErrors ?? {})).toEqual([field]);
    }
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    expect(cookieJar.entries()).toEqual({});
  });

  it("refuses a foreign Origin before anything is read", async () => {
    const team = await createTeam();
    const { token, email } = await invite(team.actors.ADMIN);
    setRequestHeaders({ host: TEST_HOST, origin: "https://evil.example" });
    expect(await accept({ token, name: "Cross", password: PASSWORD, confirmPassword: PASSWORD })).toMatchObject({ ok: false, code: "CROSS_ORIGIN" });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });

  it("joining needs a session of the invited account, which may have no membership yet", async () => {
    const team = await createTeam();
    const { token, email } = await invite(team.actors.ADMIN, "NEGOTIATOR");
    expect(await join({ token })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });

    const loner = await db.user.create({ data: { email, name: "No Org Yet" } });
    await signIn(loner.id);
    expect(await join({ token })).toEqual({ ok: true, data: { organizationId: team.org.id, email } });
    expect(cookieJar.get(ORG_COOKIE)).toBe(team.org.id);
    expect(await join({ token })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("a session that was ended cannot join", async () => {
    const team = await createTeam();
    const { token, email } = await invite(team.actors.ADMIN);
    const user = await db.user.create({ data: { email, name: "Ended" } });
    await signIn(user.id);
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await join({ token })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
  });

  it("rate-limits accept attempts per address", async () => {
    const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    setRequestHeaders({ host: TEST_HOST, origin: `http://${TEST_HOST}`, "x-forwarded-for": ip });
    const unknown = { token: "z".repeat(43), name: "Guess", password: PASSWORD, confirmPassword: PASSWORD };
    const { ACCEPTS_PER_WINDOW } = await import("@/lib/services/invitations");
    const codes: string[] = [];
    for (let i = 0; i <= ACCEPTS_PER_WINDOW; i++) {
      const result = await accept(unknown);
      codes.push(result.ok ? "ok" : result.code);
    }
    expect(codes.slice(0, ACCEPTS_PER_WINDOW).every((c) => c === "NOT_FOUND")).toBe(true);
    expect(codes.at(-1)).toBe("RATE_LIMITED");
  });
});

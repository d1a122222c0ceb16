import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authenticate, NoActiveMembershipError, PasswordSignInNotAllowedError } from "@/lib/auth/authenticate";
import { loadActor } from "@/lib/auth/load-actor";
import { ssoSessionUser, ssoSignIn, type SsoAssertion } from "@/lib/auth/sso-sign-in";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/domain/enums";
import { createOrganization, createUser, TEST_PASSWORD } from "@/lib/test/factories";

// Each test links its own provider id and email domain, so organisations of other tests never accept its people.
async function ssoSetup(options: { role?: Role; passwordSignInAllowed?: boolean } = {}) {
  const suffix = randomUUID().slice(0, 8);
  const provider = `idp-${suffix}`;
  const domain = `corp-${suffix}.test`;
  const { org } = await createOrganization("SSO Org");
  await getDb().organization.update({
    where: { id: org.id },
    data: {
      ssoProviderId: provider,
      ssoEmailDomains: [domain],
      ssoDefaultRole: options.role ?? "NEGOTIATOR",
      passwordSignInAllowed: options.passwordSignInAllowed ?? true,
    },
  });
  const assertion = (local: string, overrides: Partial<SsoAssertion> = {}): SsoAssertion => ({
    provider,
    subject: `sub-${local}`,
    email: `${local}@${domain}`,
    emailVerified: true,
    name: `${local} Person`,
    ...overrides,
  });
  return { org, provider, domain, assertion };
}

const auditOf = (organizationId: string, action: string) => getDb().auditEvent.findMany({ where: { organizationId, action }, orderBy: { createdAt: "asc" } });

describe("single sign-on: just-in-time join", () => {
  it("a verified email of an allowed domain joins with the default role, exactly once", async () => {
    const { org, provider, assertion } = await ssoSetup({ role: "NEGOTIATOR" });
    const first = await ssoSignIn(assertion("ada"), { ip: "203.0.113.7" });
    expect(first).toMatchObject({ ok: true, joined: [org.id] });
    const userId = first.ok ? first.userId : "";
    const user = await getDb().user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: true, identities: true } });
    expect(user).toMatchObject({ name: "ada Person", passwordHash: null, lastSignInMethod: `sso:${provider}` });
    expect(user.memberships).toMatchObject([{ organizationId: org.id, role: "NEGOTIATOR", joinedVia: "sso", disabledAt: null }]);
    expect(user.identities).toMatchObject([{ provider, subject: "sub-ada", email: user.email }]);

    const second = await ssoSignIn(assertion("ada"));
    expect(second).toMatchObject({ ok: true, userId, joined: [] });
    expect(await getDb().membership.count({ where: { userId } })).toBe(1);

    const joins = await auditOf(org.id, "member.joined-sso");
    expect(joins).toHaveLength(1);
    expect(joins[0]).toMatchObject({ actorId: userId, entityType: "Membership", entityId: user.memberships[0].id, after: { role: "NEGOTIATOR", provider } });
    const signIns = await auditOf(org.id, "signin.succeeded");
    expect(signIns.map((e) => e.after)).toEqual([
      { method: `sso:${provider}`, ip: "203.0.113.7" },
      { method: `sso:${provider}`, ip: "unknown" },
    ]);
    expect((await loadActor(userId, 0, org.id, `sso:${provider}`))?.role).toBe("NEGOTIATOR");
    expect(await ssoSessionUser(provider, "sub-ada")).toEqual({ id: userId, sessionVersion: 0 });
  });

  it("concurrent first sign-ins of one person make one user, one identity, one membership", async () => {
    const { org, assertion } = await ssoSetup();
    const results = await Promise.all([ssoSignIn(assertion("twin")), ssoSignIn(assertion("twin")), ssoSignIn(assertion("twin"))]);
    expect(results.every((r) => r.ok)).toBe(true);
    const ids = new Set(results.map((r) => (r.ok ? r.userId : "")));
    expect(ids.size).toBe(1);
    const [userId] = ids;
    expect(await getDb().userIdentity.count({ where: { userId } })).toBe(1);
    expect(await getDb().membership.count({ where: { userId } })).toBe(1);
    expect(await auditOf(org.id, "member.joined-sso")).toHaveLength(1);
  });

  it("refuses an unverified email, and a verified one of a domain no organisation allows, creating nothing", async () => {
    const { provider, assertion } = await ssoSetup();
    expect(await ssoSignIn(assertion("una", { emailVerified: false }))).toEqual({
      ok: false,
      code: "sso-unverified",
      organization: undefined,
      userId: undefined,
    });
    expect(await ssoSignIn(assertion("una", { emailVerified: "true" }))).toMatchObject({ ok: false, code: "sso-unverified" });
    expect(await ssoSignIn(assertion("olaf", { email: `olaf-${provider}@elsewhere.test` }))).toMatchObject({ ok: false, code: "sso-domain" });
    expect(await ssoSignIn(assertion("nomail", { email: "not an email" }))).toMatchObject({ ok: false, code: "sso-email" });
    expect(await getDb().userIdentity.count({ where: { provider } })).toBe(0);
    expect(await getDb().user.count({ where: { email: { in: [`olaf-${provider}@elsewhere.test`] } } })).toBe(0);
  });

  it("refuses a disabled member, and records the refusal in the organisation's log", async () => {
    const { org, provider, assertion } = await ssoSetup();
    const first = await ssoSignIn(assertion("dora"));
    const userId = first.ok ? first.userId : "";
    await getDb().membership.updateMany({ where: { userId }, data: { disabledAt: new Date() } });
    expect(await ssoSignIn(assertion("dora"), { ip: "198.51.100.2" })).toEqual({ ok: false, code: "sso-disabled", organization: org.name, userId });
    const refused = await auditOf(org.id, "signin.refused");
    expect(refused.map((e) => e.after)).toEqual([{ method: `sso:${provider}`, ip: "198.51.100.2", reason: "sso-disabled" }]);
    expect(await getDb().membership.count({ where: { userId } })).toBe(1);
  });

  it("refuses a deactivated user", async () => {
    const { assertion } = await ssoSetup();
    const first = await ssoSignIn(assertion("gone"));
    await getDb().user.update({ where: { id: first.ok ? first.userId : "" }, data: { active: false } });
    expect(await ssoSignIn(assertion("gone"))).toMatchObject({ ok: false, code: "sso-inactive" });
  });

  it("links an existing password account by its verified email; an existing member keeps their role", async () => {
    const { org, provider, domain, assertion } = await ssoSetup({ role: "VIEWER" });
    const member = await createUser(org.id, "MANAGER");
    await getDb().user.update({ where: { id: member.id }, data: { email: `mia@${domain}` } });
    const result = await ssoSignIn(assertion("mia", { email: `MIA@${domain.toUpperCase()}` }));
    expect(result).toMatchObject({ ok: true, userId: member.id, joined: [] });
    expect(await getDb().userIdentity.findMany({ where: { userId: member.id } })).toMatchObject([{ provider, subject: "sub-mia", email: `mia@${domain}` }]);
    expect(await getDb().membership.findMany({ where: { userId: member.id } })).toMatchObject([{ role: "MANAGER", joinedVia: "seed" }]);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: member.id } })).passwordHash).not.toBeNull();
  });

  it("finds the person by the provider's subject even when the provider's email changed, and keeps that email", async () => {
    const { org, domain, assertion } = await ssoSetup();
    const first = await ssoSignIn(assertion("ren"));
    const renamed = await ssoSignIn(assertion("ren", { email: `ren.new@${domain}` }));
    expect(renamed).toMatchObject({ ok: true, userId: first.ok ? first.userId : "x" });
    const identity = await getDb().userIdentity.findFirstOrThrow({ where: { subject: "sub-ren", userId: first.ok ? first.userId : "" } });
    expect(identity.email).toBe(`ren.new@${domain}`);
    expect(await getDb().membership.count({ where: { organizationId: org.id } })).toBe(1);
  });

  it("lets someone with an open invitation sign in without joining, so the invitation page can take them in", async () => {
    const { org, provider, assertion } = await ssoSetup();
    const admin = await createUser(org.id, "ADMIN");
    const email = `guest-${provider}@partner.test`;
    await getDb().invitation.create({
      data: { organizationId: org.id, email, role: "VIEWER", tokenHash: randomUUID(), invitedById: admin.id, expiresAt: new Date(Date.now() + 86_400_000) },
    });
    const result = await ssoSignIn(assertion("guest", { email }));
    expect(result).toMatchObject({ ok: true, joined: [] });
    expect(await getDb().membership.count({ where: { userId: result.ok ? result.userId : "" } })).toBe(0);
    expect(await ssoSignIn(assertion("late", { email: `late-${provider}@partner.test` }))).toMatchObject({ ok: false, code: "sso-domain" });
  });
});

describe("a password sign-in with no organisation left", () => {
  it("is refused with a message when every membership is disabled, and recorded; an open invitation still lets them in to accept it", async () => {
    const { org } = await createOrganization("Disabling Org");
    const { org: second } = await createOrganization("Second Org");
    const user = await createUser(org.id, "NEGOTIATOR");
    await getDb().membership.create({ data: { userId: user.id, organizationId: second.id, role: "VIEWER" } });
    await getDb().membership.updateMany({ where: { userId: user.id, organizationId: org.id }, data: { disabledAt: new Date() } });
    // One organisation left: signed in.
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD })).toMatchObject({ id: user.id });

    await getDb().membership.updateMany({ where: { userId: user.id }, data: { disabledAt: new Date() } });
    await expect(authenticate({ email: user.email, password: TEST_PASSWORD }, { ip: "192.0.2.7" })).rejects.toBeInstanceOf(NoActiveMembershipError);
    expect((await auditOf(org.id, "signin.refused"))[0].after).toEqual({ method: "password", ip: "192.0.2.7", reason: "no-active-membership" });
    // A wrong password is still just wrong: the message is only given after the right one.
    expect(await authenticate({ email: user.email, password: "wrong" })).toBeNull();

    const admin = await createUser(second.id, "ADMIN");
    await getDb().invitation.create({
      data: {
        organizationId: second.id,
        email: user.email,
        role: "VIEWER",
        tokenHash: randomUUID(),
        invitedById: admin.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD })).toMatchObject({ id: user.id });
  });
});

describe("organisations that require single sign-on", () => {
  it("refuse a correct password when every membership requires SSO, and record it", async () => {
    const { org } = await ssoSetup({ passwordSignInAllowed: false });
    const user = await createUser(org.id, "NEGOTIATOR");
    const attempt = authenticate({ email: user.email, password: TEST_PASSWORD }, { ip: "192.0.2.9" });
    await expect(attempt).rejects.toBeInstanceOf(PasswordSignInNotAllowedError);
    // No provider of that id is configured in this process: the message says so instead of naming a button.
    await expect(authenticate({ email: user.email, password: TEST_PASSWORD })).rejects.toThrow(
      "SSO Org signs in through single sign-on, which is not set up on this server. Ask your administrator.",
    );
    expect((await auditOf(org.id, "signin.refused"))[0].after).toEqual({ method: "password", ip: "192.0.2.9", reason: "password-sign-in-not-allowed" });
    expect(await authenticate({ email: user.email, password: "wrong" })).toBeNull();
  });

  it("a password session skips those organisations; an SSO session reaches only the organisations linked to its provider", async () => {
    const { org: ssoOnly, provider } = await ssoSetup({ passwordSignInAllowed: false });
    const { org: open } = await createOrganization("Open Org");
    const { org: otherIdp } = await ssoSetup();
    const user = await createUser(open.id, "VIEWER");
    await getDb().membership.create({ data: { userId: user.id, organizationId: ssoOnly.id, role: "MANAGER" } });
    await getDb().membership.create({ data: { userId: user.id, organizationId: otherIdp.id, role: "CIO" } });

    expect(await authenticate({ email: user.email, password: TEST_PASSWORD })).toMatchObject({ id: user.id });
    const password = await loadActor(user.id, 0, ssoOnly.id, "password");
    expect(password?.organizationId).toBe(open.id);
    expect(password?.memberships.map((m) => m.organizationId)).toEqual([open.id, otherIdp.id]);
    const sso = await loadActor(user.id, 0, open.id, `sso:${provider}`);
    expect(sso).toMatchObject({ organizationId: ssoOnly.id, role: "MANAGER" });
    expect(sso?.memberships.map((m) => m.organizationId)).toEqual([ssoOnly.id]);
    expect(await loadActor(user.id, 0, undefined, "sso:some-other-idp")).toBeNull();
  });
});

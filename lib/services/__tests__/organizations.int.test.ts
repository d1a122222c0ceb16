import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  createOrganization,
  getDefaultCurrency,
  getOrganizationSettings,
  ORGANIZATIONS_PER_HOUR,
  updateOrganizationSettings,
} from "@/lib/services/organizations";
import { listOutbox, retryOutboxMessage } from "@/lib/services/outbox";
import { actorFor, createTeam, createUser } from "@/lib/test/factories";
import { ZOrganizationSettings, type TOrganizationSettings } from "@/lib/validation/organization";

type Team = Awaited<ReturnType<typeof createTeam>>;
let team: Team;

const PROVIDERS = {
  OIDC_PROVIDERS: "corp,partner",
  OIDC_CORP_ISSUER: "https://corp.idp.test",
  OIDC_CORP_CLIENT_ID: "corp-client",
  OIDC_CORP_CLIENT_SECRET: "corp-secret",
  OIDC_PARTNER_ISSUER: "https://partner.idp.test",
  OIDC_PARTNER_CLIENT_ID: "partner-client",
  OIDC_PARTNER_CLIENT_SECRET: "partner-secret",
};

beforeAll(async () => {
  Object.assign(process.env, PROVIDERS);
  team = await createTeam();
});

afterAll(() => {
  for (const key of Object.keys(PROVIDERS)) delete process.env[key];
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The whole playbook of an organisation without ids: what a copy of the default playbook must equal. */
async function playbookContent(organizationId: string) {
  const db = getDb();
  const playbooks = await db.playbook.findMany({ where: { organizationId }, include: { layers: true } });
  expect(playbooks).toHaveLength(1);
  const [p] = playbooks;
  const [clauses, pitches, scenarios, recommendations] = await Promise.all([
    db.clause.findMany({ where: { playbookId: p.id }, include: { layer: true, pitches: { include: { pitch: true } } }, orderBy: { position: "asc" } }),
    db.pitch.findMany({ where: { playbookId: p.id }, orderBy: { position: "asc" } }),
    db.scenario.findMany({ where: { playbookId: p.id }, include: { clauses: { include: { clause: true } } }, orderBy: { position: "asc" } }),
    db.recommendation.findMany({ where: { playbookId: p.id }, orderBy: { position: "asc" } }),
  ]);
  const strip = <T extends Record<string, unknown>>(row: T) =>
    Object.fromEntries(Object.entries(row).filter(([key]) => !/^id$|Id$|^createdAt$|^updatedAt$|^layer$|^pitches$|^clauses$/.test(key)));
  return {
    playbook: { name: p.name, version: p.version, isCurrent: p.isCurrent },
    layers: p.layers.map(strip).sort((a, b) => Number(a.position) - Number(b.position)),
    clauses: clauses.map((c) => ({ ...strip(c), layer: c.layer.key, attackedBy: c.pitches.map((cp) => cp.pitch.key).sort() })),
    pitches: pitches.map(strip),
    scenarios: scenarios.map((s) => ({ ...strip(s), defendedBy: s.clauses.map((sc) => sc.clause.key).sort() })),
    recommendations: recommendations.map(strip),
  };
}

describe("createOrganization", () => {
  it("makes the creator its only member, an admin, gives it the default playbook exactly as the seed does, and audits it there", async () => {
    const user = await createUser(team.org.id, "VIEWER");
    const actor = await actorFor(user.id);
    const name = `Created ${randomUUID().slice(0, 6)}`;

    const org = await createOrganization(actor, { name, defaultCurrency: "CHF" });

    const db = getDb();
    expect(await db.organization.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({ name, defaultCurrency: "CHF", version: 0, slug: org.slug });
    expect(await db.membership.findMany({ where: { organizationId: org.id }, select: { userId: true, role: true, joinedVia: true } })).toEqual([
      { userId: user.id, role: "ADMIN", joinedVia: "created" },
    ]);
    // The playbook of an organisation made by the test factory, which uses the seed's function.
    expect(await playbookContent(org.id)).toEqual(await playbookContent(team.org.id));
    const events = await db.auditEvent.findMany({ where: { organizationId: org.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "organization.created", actorId: user.id, entityType: "Organization", entityId: org.id });
    expect(events[0].after).toEqual({ name, slug: org.slug, defaultCurrency: "CHF" });
    // Nothing in the organisation the creator came from.
    expect(await db.auditEvent.count({ where: { organizationId: team.org.id, entityId: org.id } })).toBe(0);
    // The next request finds the new organisation among the creator's memberships, as its admin.
    expect((await actorFor(user.id, org.id)).role).toBe("ADMIN");
  });

  it("derives the slug from the name and suffixes a taken one", async () => {
    const actor = await actorFor((await createUser(team.org.id, "NEGOTIATOR")).id);
    const name = `Slug Clash ${randomUUID().slice(0, 6)}`;
    const first = await createOrganization(actor, { name, defaultCurrency: "USD" });
    const second = await createOrganization(actor, { name, defaultCurrency: "USD" });
    const third = await createOrganization(actor, { name: name.toUpperCase(), defaultCurrency: "USD" });
    const base = name.toLowerCase().replace(/ /g, "-");
    expect([first.slug, second.slug, third.slug]).toEqual([base, `${base}-2`, `${base}-3`]);
  });

  it(`refuses a person's ${ORGANIZATIONS_PER_HOUR + 1}th organisation within an hour, creating nothing`, async () => {
    const user = await createUser(team.org.id, "VIEWER");
    const actor = await actorFor(user.id);
    for (let i = 0; i < ORGANIZATIONS_PER_HOUR; i++) await createOrganization(actor, { name: `Burst ${i}`, defaultCurrency: "USD" });
    const db = getDb();
    const memberships = await db.membership.count({ where: { userId: user.id } });

    const error = await refusal(createOrganization(actor, { name: "One too many", defaultCurrency: "USD" }));
    expect(error.code).toBe("RATE_LIMITED");
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(memberships);
    // Someone else is not held back by it.
    const other = await actorFor((await createUser(team.org.id, "VIEWER")).id);
    await expect(createOrganization(other, { name: "Not throttled", defaultCurrency: "USD" })).resolves.toMatchObject({ id: expect.any(String) });
  });
});

/** A settings form as the page would send it, parsed like the action parses it. */
function form(settings: Awaited<ReturnType<typeof getOrganizationSettings>>, changes: Record<string, unknown> = {}): TOrganizationSettings {
  return ZOrganizationSettings.parse({
    organizationId: settings.organizationId,
    version: String(settings.version),
    name: settings.name,
    defaultCurrency: settings.defaultCurrency,
    ssoProviderId: settings.ssoProviderId ?? "",
    ssoEmailDomains: settings.ssoEmailDomains.join("\n"),
    ssoDefaultRole: settings.ssoDefaultRole,
    passwordSignInAllowed: String(settings.passwordSignInAllowed),
    ...changes,
  });
}

async function freshTeamAdmin() {
  const local = await createTeam();
  return { local, admin: local.actors.ADMIN };
}

describe("updateOrganizationSettings", () => {
  it("writes and audits only the fields that changed (before and after), and bumps the version", async () => {
    const { local, admin } = await freshTeamAdmin();
    const settings = await getOrganizationSettings(admin);
    expect(settings).toMatchObject({
      version: 0,
      defaultCurrency: "USD",
      ssoProviderId: null,
      ssoEmailDomains: [],
      ssoDefaultRole: "VIEWER",
      passwordSignInAllowed: true,
    });

    const saved = await updateOrganizationSettings(
      admin,
      form(settings, {
        name: "Renamed Org",
        ssoProviderId: "corp",
        ssoEmailDomains: "Renamed.example\n@renamed.example, other.example",
        ssoDefaultRole: "NEGOTIATOR",
      }),
    );

    expect(saved).toMatchObject({
      version: 1,
      name: "Renamed Org",
      ssoProviderId: "corp",
      ssoEmailDomains: ["renamed.example", "other.example"],
      ssoDefaultRole: "NEGOTIATOR",
    });
    const [event] = await getDb().auditEvent.findMany({ where: { organizationId: local.org.id, action: "organization.settings-changed" } });
    expect(event.actorId).toBe(admin.userId);
    expect(event.before).toEqual({ name: local.org.name, ssoProviderId: null, ssoEmailDomains: [], ssoDefaultRole: "VIEWER" });
    expect(event.after).toEqual({
      name: "Renamed Org",
      ssoProviderId: "corp",
      ssoEmailDomains: ["renamed.example", "other.example"],
      ssoDefaultRole: "NEGOTIATOR",
    });
    // The next request's actor (the header, the switcher) carries the new name.
    expect((await actorFor(admin.userId)).organizationName).toBe("Renamed Org");
  });

  it("saving the form unchanged writes nothing", async () => {
    const { local, admin } = await freshTeamAdmin();
    const settings = await getOrganizationSettings(admin);
    expect(await updateOrganizationSettings(admin, form(settings))).toEqual(settings);
    expect(await getDb().auditEvent.count({ where: { organizationId: local.org.id } })).toBe(0);
  });

  it("refuses a form read before someone else's save (CONFLICT with the settings as they are now), writing nothing", async () => {
    const { local, admin } = await freshTeamAdmin();
    const read = await getOrganizationSettings(admin);
    await updateOrganizationSettings(admin, form(read, { name: "First save" }));

    const error = await refusal(updateOrganizationSettings(admin, form(read, { defaultCurrency: "JPY" })));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/changed the settings meanwhile/);
    expect(error.details).toMatchObject({ name: "First save", version: 1, defaultCurrency: "USD" });
    expect(await getDb().organization.findUniqueOrThrow({ where: { id: local.org.id } })).toMatchObject({ version: 1, defaultCurrency: "USD" });
  });

  it("two admins saving the same version at once: one wins, the other gets CONFLICT", async () => {
    const { local, admin } = await freshTeamAdmin();
    const second = await actorFor((await createUser(local.org.id, "ADMIN")).id);
    const read = await getOrganizationSettings(admin);
    const results = await Promise.allSettled([
      updateOrganizationSettings(admin, form(read, { name: "Mine" })),
      updateOrganizationSettings(second, form(read, { name: "Theirs" })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toBe("CONFLICT");
    expect(await getDb().auditEvent.count({ where: { organizationId: local.org.id, action: "organization.settings-changed" } })).toBe(1);
  });

  it("refuses a domain another organisation already claims for the same provider; another provider may use it", async () => {
    const domain = `claimed-${randomUUID().slice(0, 6)}.example`;
    const first = await freshTeamAdmin();
    await updateOrganizationSettings(first.admin, form(await getOrganizationSettings(first.admin), { ssoProviderId: "corp", ssoEmailDomains: domain }));

    const second = await freshTeamAdmin();
    const settings = await getOrganizationSettings(second.admin);
    const error = await refusal(
      updateOrganizationSettings(second.admin, form(settings, { ssoProviderId: "corp", ssoEmailDomains: `free.example\n${domain}` })),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["ssoEmailDomains"]);
    expect(error.fieldErrors?.ssoEmailDomains[0]).toContain(domain);
    expect(await getOrganizationSettings(second.admin)).toEqual(settings);

    await expect(updateOrganizationSettings(second.admin, form(settings, { ssoProviderId: "partner", ssoEmailDomains: domain }))).resolves.toMatchObject({
      ssoEmailDomains: [domain],
    });
    // Its own domains are no clash with itself.
    const own = await getOrganizationSettings(first.admin);
    await expect(updateOrganizationSettings(first.admin, form(own, { name: "Still corp" }))).resolves.toMatchObject({ ssoEmailDomains: [domain] });
  });

  it("two organisations claiming one domain at once: exactly one gets it", async () => {
    const domain = `race-${randomUUID().slice(0, 6)}.example`;
    const [a, b] = await Promise.all([freshTeamAdmin(), freshTeamAdmin()]);
    const [sa, sb] = await Promise.all([getOrganizationSettings(a.admin), getOrganizationSettings(b.admin)]);
    const results = await Promise.allSettled([
      updateOrganizationSettings(a.admin, form(sa, { ssoProviderId: "corp", ssoEmailDomains: domain })),
      updateOrganizationSettings(b.admin, form(sb, { ssoProviderId: "corp", ssoEmailDomains: domain })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await getDb().organization.count({ where: { ssoProviderId: "corp", ssoEmailDomains: { has: domain } } })).toBe(1);
  });

  it("refuses a provider the deployment does not configure", async () => {
    const { admin } = await freshTeamAdmin();
    const error = await refusal(updateOrganizationSettings(admin, form(await getOrganizationSettings(admin), { ssoProviderId: "elsewhere" })));
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["ssoProviderId"]);
  });

  it("password sign-in can be turned off only with a provider linked; newcomers can never be admins", () => {
    const base = { organizationId: "org", version: "0", name: "X", defaultCurrency: "USD", ssoEmailDomains: "", ssoDefaultRole: "VIEWER" };
    const off = ZOrganizationSettings.safeParse({ ...base, ssoProviderId: "", passwordSignInAllowed: "false" });
    expect(off.success).toBe(false);
    expect(off.error?.issues.map((i) => i.path.join("."))).toEqual(["passwordSignInAllowed"]);
    expect(ZOrganizationSettings.safeParse({ ...base, ssoProviderId: "corp", passwordSignInAllowed: "false" }).success).toBe(true);
    const admin = ZOrganizationSettings.safeParse({ ...base, ssoProviderId: "", passwordSignInAllowed: "true", ssoDefaultRole: "ADMIN" });
    expect(admin.error?.issues.map((i) => i.path.join("."))).toEqual(["ssoDefaultRole"]);
  });

  it("another organisation's admin cannot change it (not found), whatever version they send", async () => {
    const { local, admin } = await freshTeamAdmin();
    const settings = await getOrganizationSettings(admin);
    const error = await refusal(updateOrganizationSettings(local.foreignAdmin, form(settings, { name: "Taken over" })));
    expect(error.code).toBe("NOT_FOUND");
    expect(await getOrganizationSettings(admin)).toEqual(settings);
  });

  it("the default currency is what a new deal starts with", async () => {
    const { local, admin } = await freshTeamAdmin();
    expect(await getDefaultCurrency(local.actors.NEGOTIATOR)).toBe("USD");
    await updateOrganizationSettings(admin, form(await getOrganizationSettings(admin), { defaultCurrency: "EUR" }));
    expect(await getDefaultCurrency(local.actors.NEGOTIATOR)).toBe("EUR");
  });
});

describe("the outbox", () => {
  async function message(data: { organizationId: string | null; userId?: string | null; status?: "PENDING" | "SENT" | "STORED" | "FAILED"; to?: string }) {
    return getDb().outboxMessage.create({
      data: {
        kind: "invitation",
        toAddress: data.to ?? `${randomUUID().slice(0, 8)}@test.example`,
        subject: "Subject",
        text: "Open https://app.example/invite/secret-token-of-forty-three-characters-xx",
        organizationId: data.organizationId,
        userId: data.userId ?? null,
        status: data.status ?? "STORED",
      },
    });
  }

  it("lists the organisation's mail and its members' account mail, newest first, and nothing of anyone else", async () => {
    const { local, admin } = await freshTeamAdmin();
    const own = await message({ organizationId: local.org.id });
    const memberAccountMail = await message({ organizationId: null, userId: local.users.VIEWER.id });
    await message({ organizationId: local.otherOrg.id });
    await message({ organizationId: null, userId: local.foreignAdmin.userId });
    await message({ organizationId: null, userId: null });

    const list = await listOutbox(admin, { page: 1 });
    expect(list.items.map((m) => m.id)).toEqual([memberAccountMail.id, own.id]);
    expect(list.total).toBe(2);
  });

  it("filters by status and shows the text only where it reaches its reader that way (stored or sent)", async () => {
    const { local, admin } = await freshTeamAdmin();
    const stored = await message({ organizationId: local.org.id, status: "STORED" });
    const pending = await message({ organizationId: local.org.id, status: "PENDING" });
    const failed = await message({ organizationId: local.org.id, status: "FAILED" });

    const all = await listOutbox(admin, { page: 1 });
    const byId = new Map(all.items.map((m) => [m.id, m]));
    expect(byId.get(stored.id)?.text).toContain("/invite/");
    expect(byId.get(pending.id)?.text).toBeNull();
    expect(byId.get(failed.id)?.text).toBeNull();
    expect((await listOutbox(admin, { status: "FAILED", page: 1 })).items.map((m) => m.id)).toEqual([failed.id]);
  });

  it("retries only a failed message of its own, keeping its attempts, audited", async () => {
    const { local, admin } = await freshTeamAdmin();
    const failed = await message({ organizationId: local.org.id, status: "FAILED" });
    await getDb().outboxMessage.update({ where: { id: failed.id }, data: { attempts: 6, lastError: "boom", nextAttemptAt: new Date(0) } });
    const sent = await message({ organizationId: local.org.id, status: "SENT" });
    const foreign = await message({ organizationId: local.otherOrg.id, status: "FAILED" });

    expect(await retryOutboxMessage(admin, { messageId: failed.id })).toEqual({ id: failed.id });
    const after = await getDb().outboxMessage.findUniqueOrThrow({ where: { id: failed.id } });
    expect(after).toMatchObject({ status: "PENDING", attempts: 6 });
    expect(after.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    const [event] = await getDb().auditEvent.findMany({ where: { organizationId: local.org.id, action: "outbox.retried" } });
    expect(event).toMatchObject({ entityId: failed.id, actorId: admin.userId });

    expect((await refusal(retryOutboxMessage(admin, { messageId: sent.id }))).code).toBe("CONFLICT");
    expect((await refusal(retryOutboxMessage(admin, { messageId: foreign.id }))).code).toBe("NOT_FOUND");
    expect((await getDb().outboxMessage.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("FAILED");
  });
});

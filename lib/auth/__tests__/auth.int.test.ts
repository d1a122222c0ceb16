import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { createOrganization, createUser, TEST_PASSWORD } from "@/lib/test/factories";

describe("sign-in", () => {
  it("accepts the right password, case-insensitive email", async () => {
    const { org } = await createOrganization();
    const user = await createUser(org.id, "NEGOTIATOR");
    const result = await authenticate({ email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(result?.id).toBe(user.id);
  });

  it("refuses a wrong password, an unknown email, a deactivated user and malformed input alike", async () => {
    const { org } = await createOrganization();
    const user = await createUser(org.id, "NEGOTIATOR");
    const inactive = await createUser(org.id, "NEGOTIATOR", { active: false });
    expect(await authenticate({ email: user.email, password: "wrong" })).toBeNull();
    expect(await authenticate({ email: "nobody@test.example", password: TEST_PASSWORD })).toBeNull();
    expect(await authenticate({ email: inactive.email, password: TEST_PASSWORD })).toBeNull();
    expect(await authenticate({ email: 42, password: [] })).toBeNull();
  });

  it("stores argon2id hashes, never the password", async () => {
    const { org } = await createOrganization();
    const user = await createUser(org.id, "VIEWER");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(TEST_PASSWORD);
  });
});

describe("actor re-read from the database on every request", () => {
  it("uses the role from the membership, not from the token", async () => {
    const { org } = await createOrganization();
    const user = await createUser(org.id, "NEGOTIATOR");
    expect((await loadActor(user.id, 0))?.role).toBe("NEGOTIATOR");
    await getDb().membership.updateMany({ where: { userId: user.id }, data: { role: "VIEWER" } });
    expect((await loadActor(user.id, 0))?.role).toBe("VIEWER");
  });

  it("ends sessions whose version is old (sign-out elsewhere) and deactivated users", async () => {
    const { org } = await createOrganization();
    const user = await createUser(org.id, "CIO");
    await getDb().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadActor(user.id, 0)).toBeNull();
    expect(await loadActor(user.id, 1)).not.toBeNull();
    await getDb().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await loadActor(user.id, 1)).toBeNull();
  });

  it("switches between the user's organisations and ignores one they do not belong to", async () => {
    const { org: first } = await createOrganization("First");
    const { org: second } = await createOrganization("Second");
    const { org: foreign } = await createOrganization("Foreign");
    const user = await createUser(first.id, "NEGOTIATOR");
    await getDb().membership.create({ data: { userId: user.id, organizationId: second.id, role: "MANAGER" } });

    const inSecond = await loadActor(user.id, 0, second.id);
    expect(inSecond).toMatchObject({ organizationId: second.id, role: "MANAGER" });
    expect(inSecond?.memberships).toHaveLength(2);
    const foreignAttempt = await loadActor(user.id, 0, foreign.id);
    expect(foreignAttempt?.organizationId).toBe(first.id);
    expect(foreignAttempt?.role).toBe("NEGOTIATOR");
  });

  it("has no actor for a user without any membership", async () => {
    const user = await getDb().user.create({ data: { email: `lonely-${Date.now()}@test.example`, name: "Lonely", passwordHash: "x" } });
    expect(await loadActor(user.id, 0)).toBeNull();
  });
});

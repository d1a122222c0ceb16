import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "@/lib/test/factories";
import { callApi, createTestToken } from "@/lib/test/api";
import { getDb } from "@/lib/db";

describe("GET /api/v1/me with a bearer token", () => {
  it("answers as the token's owner, records the use, and refuses a revoked token with a problem document", async () => {
    const { org } = await createOrganization("Me Org");
    const owner = await createUser(org.id, "NEGOTIATOR");
    const token = await createTestToken({ organizationId: org.id, ownerId: owner.id, scopes: ["READ"] });

    const ok = await callApi("GET", "/api/v1/me", { token: token.secret, headers: { "x-forwarded-for": "203.0.113.9" } });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ userId: owner.id, role: "NEGOTIATOR", organization: { id: org.id }, token: { id: token.id, scopes: ["READ"] } });
    const stored = await getDb().apiToken.findUniqueOrThrow({ where: { id: token.id }, include: { uses: true } });
    expect(stored.lastUsedAddress).toBe("203.0.113.9");
    expect(stored.uses.map((u) => [u.method, u.path, u.status])).toEqual([["GET", "/api/v1/me", 200]]);

    await getDb().apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    const refused = await callApi("GET", "/api/v1/me", { token: token.secret });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.json).toMatchObject({ type: "/docs/api#problem-invalid-token", status: 401, detail: "This token was revoked." });

    const none = await callApi("GET", "/api/v1/me", { token: "dpk_" + "x".repeat(43) });
    expect(none.status).toBe(401);
  });
});

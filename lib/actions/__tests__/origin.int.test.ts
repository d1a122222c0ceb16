import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { cookieJar, getActor, resetRequestHeaders, setRequestHeaders, signIn, TEST_HOST } from "@/lib/test/action-env";
import { snapshotOrgs } from "@/lib/test/db-snapshot";
import { createTestDeal } from "@/lib/test/deals";
import { createTeam } from "@/lib/test/factories";
import { actionNamed, invoke, loadAllActions } from "@/lib/test/load-actions";

vi.mock("@/lib/auth/actor", () => import("@/lib/test/action-env"));
vi.mock("next/headers", () => import("@/lib/test/action-env"));
vi.mock("next/cache", () => import("@/lib/test/action-env"));

// Cross-site request forgery: a server action is a POST any site can make the signed-in browser send.
// Next compares Origin with Host only when Origin is present; defineAction refuses a missing or
// foreign one, before reading the session or the input, so nothing is ever written.
const { registry, actions } = await loadAllActions();

const HOSTILE_HEADERS: Record<string, Record<string, string>> = {
  "no Origin": { host: TEST_HOST },
  "Origin: null": { host: TEST_HOST, origin: "null" },
  "a foreign Origin": { host: TEST_HOST, origin: "https://evil.example" },
  "a look-alike Origin": { host: TEST_HOST, origin: `http://${TEST_HOST}.evil.example` },
  "the right host on another port": { host: TEST_HOST, origin: `http://${TEST_HOST}:8443` },
  "an Origin with a path": { host: TEST_HOST, origin: `http://${TEST_HOST}/x` },
};

let team: Awaited<ReturnType<typeof createTeam>>;
let deal: { id: string; version: number };

beforeAll(async () => {
  team = await createTeam();
  ({ deal } = await createTestDeal(team.actors.NEGOTIATOR));
});

afterEach(() => resetRequestHeaders());

const renameInput = () => ({
  dealId: deal.id,
  version: String(deal.version),
  name: "Renamed by a forged request",
  vendor: "Acme AI",
  hostingModel: "HYBRID",
  contractValue: "1000",
  currency: "EUR",
  stage: "NEGOTIATING",
  targetSigningDate: "",
  ownerId: team.users.ADMIN.id,
});

async function sessionVersion() {
  return (await getDb().user.findUniqueOrThrow({ where: { id: team.users.ADMIN.id } })).sessionVersion;
}

describe("server actions refuse a request whose Origin is not the app's", () => {
  it.each(Object.entries(HOSTILE_HEADERS))("every action refuses %s with CROSS_ORIGIN and writes nothing", async (_, headers) => {
    await signIn(team.users.ADMIN.id);
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    const cookiesBefore = cookieJar.entries();
    const versionBefore = await sessionVersion();
    setRequestHeaders(headers);
    for (const name of registry.keys()) {
      const input = name === "updateDeal" ? renameInput() : { organizationId: team.otherOrg.id };
      const result = await invoke(actionNamed(actions, name), input);
      expect(result, name).toMatchObject({ ok: false, code: "CROSS_ORIGIN" });
    }
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
    expect(cookieJar.entries()).toEqual(cookiesBefore);
    expect(await sessionVersion()).toBe(versionBefore);
    expect(await getActor()).not.toBeNull();
  });

  it("the same rename goes through from the app's own origin, also behind a proxy (x-forwarded-host/proto)", async () => {
    await signIn(team.users.ADMIN.id);
    setRequestHeaders({ host: "internal:3000", "x-forwarded-host": "deals.example.com", "x-forwarded-proto": "https", origin: "https://deals.example.com" });
    const result = await invoke(actionNamed(actions, "updateDeal"), renameInput());
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    expect((await getDb().deal.findUniqueOrThrow({ where: { id: deal.id } })).name).toBe("Renamed by a forged request");
  });
});

import { evidenceFor } from "@/lib/test/deals";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { ClauseStatus } from "@/lib/domain/enums";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import type { PlaybookDocument } from "@/lib/playbook/format";
import { updateDealClause } from "@/lib/services/deal-clauses";
import { listDeals, setDealArchived } from "@/lib/services/deals";
import { getPortfolio, type PortfolioDto } from "@/lib/services/portfolio";
import { iteratePortfolioExport } from "@/lib/services/portfolio-export";
import { getDealReadiness } from "@/lib/services/readiness";
import { createTestDeal } from "@/lib/test/deals";
import { createTeam } from "@/lib/test/factories";
import { publishVersion, scenarioSwappedPlaybook } from "@/lib/test/playbook-versions";
import { ZDealListQuery } from "@/lib/validation/deal";

// Deals of different playbook versions, with different scenarios, in one organisation: the scenario
// panel counts each scenario over the deals whose version has it, from the tallies (unfiltered) and
// from the deals' rows (filtered) alike, and the deal list's drill-down lists the same deals. The
// expected figures come from THE readiness function of each deal, not from the cached columns.

const db = getDb();

function clone(doc: PlaybookDocument): PlaybookDocument {
  return structuredClone(doc);
}

const versionTwo = scenarioSwappedPlaybook;

/** The default with eight more scenarios, each defended by one clause: twelve in all. */
function twelveScenarios(): PlaybookDocument {
  const doc = clone(DEFAULT_PLAYBOOK);
  const defenders = doc.clauses.slice(0, 8);
  defenders.forEach((clause, i) => {
    const key = `extra-scenario-${i + 1}`;
    doc.scenarios.push({ key, title: `Extra scenario ${i + 1}`, story: "A story.", whatWentWrong: "It went wrong.", ifUncovered: "It is open.", source: "" });
    clause.defends.push(key);
  });
  return doc;
}

const publish = publishVersion;

async function setStatus(actor: Actor, dealId: string, key: string, status: ClauseStatus) {
  const dc = await db.dealClause.findFirstOrThrow({ where: { dealId, clause: { key } } });
  await updateDealClause(actor, {
    dealClauseId: dc.id,
    version: dc.version,
    status,
    notApplicableReason: status === "NOT_APPLICABLE" ? "Not in scope" : "",
    ...evidenceFor(status, dc),
    notes: "",
  });
}

/** Per scenario key: the live deals whose version has it and how many cover it, from each deal's readiness. */
async function expectedCoverage(actor: Actor) {
  const deals = await db.deal.findMany({ where: { organizationId: actor.organizationId, archivedAt: null }, select: { id: true } });
  const byKey = new Map<string, { deals: string[]; uncovered: string[] }>();
  for (const d of deals) {
    for (const s of (await getDealReadiness(actor, d.id)).scenarios) {
      const entry = byKey.get(s.key) ?? { deals: [], uncovered: [] };
      entry.deals.push(d.id);
      if (!s.covered) entry.uncovered.push(d.id);
      byKey.set(s.key, entry);
    }
  }
  return byKey;
}

async function dealIdsUncovering(actor: Actor, key: string) {
  const list = await listDeals(actor, ZDealListQuery.parse({ uncovered: key }));
  expect(list.total).toBeLessThanOrEqual(list.pageSize);
  return list.items.map((d) => d.id).sort();
}

async function expectPanelMatches(actor: Actor, expectedOrder: { key: string; current: boolean }[]) {
  const expected = await expectedCoverage(actor);
  const unfiltered = await getPortfolio(actor, {});
  // Every test deal has this vendor: the filtered path over the same deals.
  const filtered = await getPortfolio(actor, { vendor: "Acme AI" });
  expect(unfiltered.scenarios.map((s) => ({ key: s.key, current: s.current }))).toEqual(expectedOrder);
  expect(filtered.scenarios).toEqual(unfiltered.scenarios);
  for (const s of unfiltered.scenarios) {
    const e = expected.get(s.key) ?? { deals: [], uncovered: [] };
    expect({ key: s.key, covered: s.covered, uncovered: s.uncovered }).toEqual({
      key: s.key,
      covered: e.deals.length - e.uncovered.length,
      uncovered: e.uncovered.length,
    });
    expect(await dealIdsUncovering(actor, s.key), s.key).toEqual([...e.uncovered].sort());
  }
  const stored = await db.scenarioTally.findMany({ where: { organizationId: actor.organizationId, deals: { not: 0 } } });
  expect(Object.fromEntries(stored.map((t) => [t.scenarioKey, { deals: t.deals, covered: t.covered }]))).toEqual(
    Object.fromEntries([...expected].map(([key, e]) => [key, { deals: e.deals.length, covered: e.deals.length - e.uncovered.length }])),
  );
  return unfiltered;
}

function titleOf(portfolio: PortfolioDto, key: string) {
  return portfolio.scenarios.find((s) => s.key === key)?.title;
}

describe("scenario coverage with deals on two playbook versions", () => {
  it("counts each scenario over the deals whose version has it, the same from tallies, rows and the drill-down", async () => {
    const { org, actors } = await createTeam();
    const actor = actors.NEGOTIATOR;
    const v1a = (await createTestDeal(actor)).deal;
    const v1b = (await createTestDeal(actor)).deal;
    const v1c = (await createTestDeal(actor)).deal;
    // v1a covers "vendor-collapse"; v1b covers "perpetual-pilot" except capped pricing.
    for (const key of ["model-documentation", "delivery-on-termination", "model-escrow"]) await setStatus(actor, v1a.id, key, "MUST_HAVE_MET");
    for (const key of ["weights-ip-assignment", "self-host-option", "delivery-on-termination"]) await setStatus(actor, v1b.id, key, "FALLBACK_ACCEPTED");

    await publish(org.id, 2, versionTwo());
    const v2a = (await createTestDeal(actor)).deal;
    const v2b = (await createTestDeal(actor)).deal;
    expect(new Set((await db.deal.findMany({ where: { id: { in: [v2a.id, v2b.id] } } })).map((d) => d.playbookId)).size).toBe(1);
    await setStatus(actor, v2a.id, "self-host-option", "MUST_HAVE_MET");
    await setStatus(actor, v1c.id, "self-host-option", "MUST_HAVE_MET");

    const current = versionTwo().scenarios.map((s) => ({ key: s.key, current: true }));
    const portfolio = await expectPanelMatches(actor, [...current, { key: "vendor-collapse", current: false }]);
    // The added scenario: only the two v2 deals have it, one covers it. The retired one: only v1 deals.
    expect(portfolio.scenarios.find((s) => s.key === "data-residency-breach")).toMatchObject({ covered: 1, uncovered: 1 });
    expect(portfolio.scenarios.find((s) => s.key === "vendor-collapse")).toMatchObject({ covered: 1, uncovered: 2 });
    expect(await dealIdsUncovering(actor, "data-residency-breach")).toEqual([v2b.id]);
    expect(await dealIdsUncovering(actor, "vendor-collapse")).toEqual([v1b.id, v1c.id].sort());
    expect(titleOf(portfolio, "vendor-collapse")).toBe(DEFAULT_PLAYBOOK.scenarios.find((s) => s.key === "vendor-collapse")!.title);

    // The export lists each deal's own version's scenarios.
    const rows = [];
    for await (const batch of iteratePortfolioExport(actors.MANAGER, {})) rows.push(...batch);
    const exported = new Map(rows.map((r) => [r[0], `${r[11]} | ${r[12]}`]));
    expect(exported.get(v2b.id)).toContain("Data leaves the jurisdiction");
    expect(exported.get(v2b.id)).not.toContain(titleOf(portfolio, "vendor-collapse")!);
    expect(exported.get(v1a.id)).not.toContain("Data leaves the jurisdiction");

    // Once no live deal carries the retired scenario, the panel drops it.
    for (const d of [v1a, v1b, v1c])
      await setDealArchived(actors.ADMIN, { dealId: d.id, version: (await db.deal.findUniqueOrThrow({ where: { id: d.id } })).version, archived: true });
    await expectPanelMatches(actor, current);
  });

  it("stays equal to a recount from each deal's readiness after random changes on both versions", async () => {
    const { org, actors } = await createTeam();
    const actor = actors.NEGOTIATOR;
    const deals = [(await createTestDeal(actor)).deal.id, (await createTestDeal(actor)).deal.id];
    await publish(org.id, 2, versionTwo());
    deals.push((await createTestDeal(actor)).deal.id, (await createTestDeal(actor)).deal.id);
    const keys = ["self-host-option", "delivery-on-termination", "model-escrow", "model-documentation", "weights-ip-assignment", "capped-renewal-pricing"];
    const statuses: ClauseStatus[] = ["MUST_HAVE_MET", "FALLBACK_ACCEPTED", "IN_NEGOTIATION", "BELOW_WALK_AWAY", "NOT_APPLICABLE"];
    // A fixed seed: the same sequence on every run.
    let seed = 13;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let step = 0; step < 16; step++) await setStatus(actor, deals[next(deals.length)], keys[next(keys.length)], statuses[next(statuses.length)]);
    const archived = deals[next(deals.length)];
    await setDealArchived(actors.ADMIN, { dealId: archived, version: (await db.deal.findUniqueOrThrow({ where: { id: archived } })).version, archived: true });
    const expected = await expectedCoverage(actor);
    const current = versionTwo().scenarios.map((s) => ({ key: s.key, current: true }));
    await expectPanelMatches(actor, expected.has("vendor-collapse") ? [...current, { key: "vendor-collapse", current: false }] : current);
  });
});

describe("a playbook with twelve scenarios", () => {
  it("aggregates every one of them (no eight-slot limit)", async () => {
    const { org, actors } = await createTeam();
    const actor = actors.NEGOTIATOR;
    const doc = twelveScenarios();
    await publish(org.id, 2, doc);
    const one = (await createTestDeal(actor)).deal;
    const two = (await createTestDeal(actor)).deal;
    // The defender of scenario 12 (the eighth extra): settled on one deal only.
    const twelfth = doc.clauses.find((c) => c.defends.includes("extra-scenario-8"))!.key;
    await setStatus(actor, one.id, twelfth, "MUST_HAVE_MET");

    const portfolio = await expectPanelMatches(
      actor,
      doc.scenarios.map((s) => ({ key: s.key, current: true })),
    );
    expect(portfolio.scenarios).toHaveLength(12);
    expect(portfolio.scenarios[11]).toMatchObject({ key: "extra-scenario-8", covered: 1, uncovered: 1 });
    expect(await dealIdsUncovering(actor, "extra-scenario-8")).toEqual([two.id]);
  });
});

import { expect } from "vitest";
import { getDb } from "@/lib/db";
import { readinessBand } from "@/lib/domain/readiness-band";

// The organisation tallies (kept by database triggers, prisma/sql/portfolio-tallies.sql) against the
// same sums recomputed here from the raw Deal and VendorResponse rows: live deals only. The same
// recomputation serves lib/services/__tests__/portfolio-tallies.int.test.ts and the tests of other changes
// that move tallies (a vendor merge or rename changes the vendor name PitchTally is keyed by).

const db = getDb();

type Tally = Record<string, { deals: number; valueMinor: string }>;

/** The tallies recomputed from raw rows: live (not archived) deals only. */
async function expectedTallies(organizationId: string) {
  const deals = await db.deal.findMany({ where: { organizationId, archivedAt: null } });
  const responses = await db.vendorResponse.findMany({
    where: { deal: { organizationId, archivedAt: null } },
    include: { deal: { select: { vendor: true } } },
  });
  const portfolio: Tally = {};
  const scenarios: Record<string, { deals: number; covered: number }> = {};
  for (const d of deals) {
    const key = [d.stage, readinessBand(d.readinessScore, d.readinessReady), d.currency, d.lockInExposed].join("|");
    const row = (portfolio[key] ??= { deals: 0, valueMinor: "0" });
    row.deals += 1;
    row.valueMinor = (BigInt(row.valueMinor) + d.contractValueMinor).toString();
    for (const [scenarioKey, covered] of Object.entries(d.scenarioCoverage as Record<string, boolean>)) {
      const s = (scenarios[scenarioKey] ??= { deals: 0, covered: 0 });
      s.deals += 1;
      if (covered) s.covered += 1;
    }
  }
  const pushback: Record<string, { counters: number; rejects: number; deals: Set<string> }> = {};
  const pitches: Record<string, number> = {};
  for (const r of responses) {
    if (r.stance === "COUNTERS" || r.stance === "REJECTS") {
      const row = (pushback[r.clauseKey] ??= { counters: 0, rejects: 0, deals: new Set() });
      if (r.stance === "COUNTERS") row.counters += 1;
      else row.rejects += 1;
      row.deals.add(r.dealId);
    }
    for (const pitch of r.pitchKeys) pitches[`${pitch}|${r.deal.vendor}`] = (pitches[`${pitch}|${r.deal.vendor}`] ?? 0) + 1;
  }
  return {
    portfolio,
    scenarios,
    pushback: Object.fromEntries(Object.entries(pushback).map(([k, v]) => [k, { counters: v.counters, rejects: v.rejects, deals: v.deals.size }])),
    pitches,
  };
}

/** The tallies as stored, without the rows that have dropped to zero. */
export async function storedTallies(organizationId: string) {
  const [portfolio, scenarios, pushback, pitches] = await Promise.all([
    db.portfolioTally.findMany({ where: { organizationId } }),
    db.scenarioTally.findMany({ where: { organizationId } }),
    db.pushbackTally.findMany({ where: { organizationId } }),
    db.pitchTally.findMany({ where: { organizationId } }),
  ]);
  return {
    portfolio: Object.fromEntries(
      portfolio
        .filter((t) => t.deals !== 0 || t.valueMinor !== 0n)
        .map((t) => [[t.stage, t.band, t.currency, t.lockInExposed].join("|"), { deals: t.deals, valueMinor: t.valueMinor.toString() }]),
    ),
    scenarios: Object.fromEntries(scenarios.filter((t) => t.deals || t.covered).map((t) => [t.scenarioKey, { deals: t.deals, covered: t.covered }])),
    pushback: Object.fromEntries(
      pushback.filter((t) => t.counters || t.rejects || t.deals).map((t) => [t.clauseKey, { counters: t.counters, rejects: t.rejects, deals: t.deals }]),
    ),
    pitches: Object.fromEntries(pitches.filter((t) => t.count !== 0).map((t) => [`${t.pitchKey}|${t.vendor}`, t.count])),
  };
}

export async function expectTalliesEqualRebuild(organizationId: string) {
  expect(await storedTallies(organizationId)).toEqual(await expectedTallies(organizationId));
}

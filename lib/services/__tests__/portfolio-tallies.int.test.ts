import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { LAYER_KEYS, type ClauseStatus, type DealStage, type VendorStance } from "@/lib/domain/enums";
import { readinessBand } from "@/lib/domain/readiness-band";
import { backfillReadinessCache } from "@/lib/services/deal-changes";
import { logVendorResponse, updateDealClause } from "@/lib/services/deal-clauses";
import { listDeals, setDealArchived, updateDeal } from "@/lib/services/deals";
import { getPortfolio } from "@/lib/services/portfolio";
import { createTestDeal, dealInput, evidenceFor, responseInput } from "@/lib/test/deals";
import { createTeam } from "@/lib/test/factories";
import { expectTalliesEqualRebuild, storedTallies } from "@/lib/test/tally-rebuild";
import { ZDealListQuery, type TCreateDeal } from "@/lib/validation/deal";

// The organisation tallies are kept by database triggers (prisma/sql/portfolio-tallies.sql). Whatever the
// sequence of changes, they must equal the same sums computed here, in JavaScript, from the raw
// Deal and VendorResponse rows. Unfiltered, the dashboard reads them; so a drift would show.

const db = getDb();

async function clauseOf(dealId: string, key: string) {
  return db.dealClause.findFirstOrThrow({ where: { dealId, clause: { key } } });
}

async function setStatus(actor: Actor, dealId: string, key: string, status: ClauseStatus) {
  const dc = await clauseOf(dealId, key);
  await updateDealClause(actor, {
    dealClauseId: dc.id,
    version: dc.version,
    status,
    notApplicableReason: status === "NOT_APPLICABLE" ? "Not in scope" : "",
    ...evidenceFor(status),
    notes: "",
  });
}

async function respond(actor: Actor, dealId: string, key: string, stance: VendorStance, vendorText = "We can discuss this in the next round.") {
  const dc = await clauseOf(dealId, key);
  await logVendorResponse(actor, responseInput(dc.id, dc.version, { stance, vendorText }));
}

async function editDeal(actor: Actor, dealId: string, changes: Partial<TCreateDeal>) {
  const deal = await db.deal.findUniqueOrThrow({ where: { id: dealId } });
  const base = dealInput(deal.ownerId, {
    name: deal.name,
    vendor: deal.vendor,
    contractValue: deal.contractValueMinor,
    currency: deal.currency as TCreateDeal["currency"],
    stage: deal.stage as DealStage,
    targetSigningDate: deal.targetSigningDate,
  });
  await updateDeal(actor, { ...base, ...changes, dealId, version: deal.version });
}

// A pitch the red-flag matcher recognises (lib/playbook/pitch-patterns.ts), and a rejection.
const POOLED_DATA_PITCH = "Your data feeds our shared model, so every customer benefits.";

describe("organisation tallies follow every change, in the same transaction", () => {
  it("create, clause statuses, responses, edits of stage, vendor, value and currency, archive and restore", async () => {
    const { org, actors } = await createTeam();
    const negotiator = actors.NEGOTIATOR;
    const a = await createTestDeal(negotiator, { name: "A", vendor: "Acme AI", contractValue: 1_000_00n, currency: "EUR" });
    const b = await createTestDeal(negotiator, { name: "B", vendor: "Bolt Models", contractValue: 2_500_00n, currency: "USD" });
    await expectTalliesEqualRebuild(org.id);

    await setStatus(negotiator, a.deal.id, "weights-as-deliverable", "MUST_HAVE_MET");
    await setStatus(negotiator, a.deal.id, "self-host-option", "FALLBACK_ACCEPTED");
    await setStatus(negotiator, a.deal.id, "delivery-on-termination", "BELOW_WALK_AWAY");
    await setStatus(negotiator, b.deal.id, "delivery-on-termination", "NOT_APPLICABLE");
    await expectTalliesEqualRebuild(org.id);

    await respond(negotiator, a.deal.id, "weights-as-deliverable", "COUNTERS", POOLED_DATA_PITCH);
    await respond(negotiator, a.deal.id, "weights-as-deliverable", "REJECTS");
    await respond(negotiator, b.deal.id, "weights-as-deliverable", "COUNTERS", POOLED_DATA_PITCH);
    await respond(negotiator, b.deal.id, "self-host-option", "ACCEPTS");
    await expectTalliesEqualRebuild(org.id);
    const pushback = await db.pushbackTally.findUniqueOrThrow({
      where: { organizationId_clauseKey: { organizationId: org.id, clauseKey: "weights-as-deliverable" } },
    });
    expect(pushback).toMatchObject({ counters: 2, rejects: 1, deals: 2 });
    expect(await db.pitchTally.count({ where: { organizationId: org.id, count: { gt: 0 } } })).toBe(2); // one pitch, two vendors

    await editDeal(negotiator, a.deal.id, { stage: "NEGOTIATING", vendor: "Bolt Models", contractValue: 3_000_00n, currency: "GBP" });
    await expectTalliesEqualRebuild(org.id);
    expect(await db.pitchTally.count({ where: { organizationId: org.id, count: { gt: 0 } } })).toBe(1); // both deals now with Bolt

    let version = (await db.deal.findUniqueOrThrow({ where: { id: b.deal.id } })).version;
    await setDealArchived(negotiator, { dealId: b.deal.id, version, archived: true });
    await expectTalliesEqualRebuild(org.id);
    expect((await getPortfolio(actors.MANAGER, {})).totalDeals).toBe(1);

    version = (await db.deal.findUniqueOrThrow({ where: { id: b.deal.id } })).version;
    await setDealArchived(negotiator, { dealId: b.deal.id, version, archived: false });
    await expectTalliesEqualRebuild(org.id);
    expect((await getPortfolio(actors.MANAGER, {})).totalDeals).toBe(2);
  });

  it("the deal list's default view is counted from the tallies: live deals only, the same as counting rows", async () => {
    const { org, actors } = await createTeam();
    for (let i = 0; i < 4; i++) await createTestDeal(actors.NEGOTIATOR, { name: `Listed ${i}` });
    const archived = await createTestDeal(actors.NEGOTIATOR, { name: "Archived" });
    await setDealArchived(actors.NEGOTIATOR, { dealId: archived.deal.id, version: archived.deal.version, archived: true });
    const live = await db.deal.count({ where: { organizationId: org.id, archivedAt: null } });
    expect(live).toBe(4);
    expect((await listDeals(actors.VIEWER, ZDealListQuery.parse({}))).total).toBe(live);
    expect((await listDeals(actors.VIEWER, ZDealListQuery.parse({ archived: "include" }))).total).toBe(5);
    expect((await listDeals(actors.VIEWER, ZDealListQuery.parse({ q: "Listed 1" }))).total).toBe(1);
    // What the filter form sends for "anyone" / "all vendors" without JavaScript: no filter at all.
    const blank = await listDeals(actors.VIEWER, ZDealListQuery.parse({ q: "", ownerId: "", vendor: "" }));
    expect(blank.total).toBe(live);
    expect(blank.items).toHaveLength(live);
  });

  it("responses deleted or moved to another clause, and a deal deleted with its rows", async () => {
    const { org, actors } = await createTeam();
    const a = await createTestDeal(actors.NEGOTIATOR, { vendor: "Acme AI" });
    const b = await createTestDeal(actors.NEGOTIATOR, { vendor: "Acme AI" });
    await respond(actors.NEGOTIATOR, a.deal.id, "weights-as-deliverable", "COUNTERS", POOLED_DATA_PITCH);
    await respond(actors.NEGOTIATOR, a.deal.id, "self-host-option", "REJECTS");
    await respond(actors.NEGOTIATOR, b.deal.id, "self-host-option", "REJECTS", POOLED_DATA_PITCH);
    await expectTalliesEqualRebuild(org.id);

    // Not something the app does today; the tallies must hold whoever writes the rows.
    const target = await clauseOf(a.deal.id, "termination-assistance");
    await db.vendorResponse.updateMany({ where: { dealId: a.deal.id, clauseKey: "self-host-option" }, data: { dealClauseId: target.id } });
    await expectTalliesEqualRebuild(org.id);
    await db.vendorResponse.deleteMany({ where: { dealId: a.deal.id, stance: "COUNTERS" } });
    await expectTalliesEqualRebuild(org.id);

    await db.deal.delete({ where: { id: b.deal.id } });
    await expectTalliesEqualRebuild(org.id);
    expect(await getPortfolio(actors.MANAGER, {})).toMatchObject({ totalDeals: 1, pitches: [] });
  });

  it("one statement changing many deals (a bulk import or fix) moves each deal once", async () => {
    const { org, actors } = await createTeam();
    for (let i = 0; i < 6; i++)
      await createTestDeal(actors.NEGOTIATOR, { name: `Deal ${i}`, vendor: i % 2 ? "Acme AI" : "Bolt Models", contractValue: BigInt(i + 1) * 100_00n });
    await db.deal.updateMany({ where: { organizationId: org.id }, data: { stage: "NEGOTIATING" } });
    await expectTalliesEqualRebuild(org.id);
    await db.deal.updateMany({ where: { organizationId: org.id, vendor: "Acme AI" }, data: { archivedAt: new Date() } });
    await expectTalliesEqualRebuild(org.id);
    expect((await getPortfolio(actors.MANAGER, {})).totalDeals).toBe(3);
  });

  it("concurrent clause saves on different deals of one organisation neither deadlock nor lose a count", async () => {
    const { org, actors } = await createTeam();
    const deals = await Promise.all(Array.from({ length: 8 }, (_, i) => createTestDeal(actors.NEGOTIATOR, { name: `Parallel ${i}` })));
    // Every save moves its deal between the same few tally rows, in both directions.
    const keys = ["weights-as-deliverable", "self-host-option", "delivery-on-termination"];
    await Promise.all(
      deals.map(async ({ deal }, i) => {
        for (const key of keys) await setStatus(actors.NEGOTIATOR, deal.id, key, i % 2 ? "MUST_HAVE_MET" : "BELOW_WALK_AWAY");
        await respond(actors.NEGOTIATOR, deal.id, keys[i % 3], i % 2 ? "COUNTERS" : "REJECTS", POOLED_DATA_PITCH);
      }),
    );
    await expectTalliesEqualRebuild(org.id);
  });

  it("responses logged at once on one deal are all counted (each recount waits for the others to commit)", async () => {
    const { org, actors } = await createTeam();
    const { deal } = await createTestDeal(actors.NEGOTIATOR, { vendor: "Acme AI" });
    const keys = ["weights-as-deliverable", "self-host-option", "delivery-on-termination", "termination-assistance", "model-escrow", "output-ownership"];
    await Promise.all(keys.map((key) => respond(actors.NEGOTIATOR, deal.id, key, "COUNTERS", POOLED_DATA_PITCH)));
    const stored = await db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect(Object.keys(stored.pushbackTally as object).sort()).toEqual([...keys].sort());
    expect(stored.pitchTally).toEqual({ "pooled-data": keys.length });
    await expectTalliesEqualRebuild(org.id);
  });

  it("transactions that move deals in several statements, in parallel, neither deadlock nor drift", async () => {
    const { org, actors } = await createTeam();
    const deals = await Promise.all(Array.from({ length: 6 }, (_, i) => createTestDeal(actors.NEGOTIATOR, { name: `Mixed ${i}`, stage: "NEGOTIATING" })));
    const statuses: ClauseStatus[] = ["MUST_HAVE_MET", "BELOW_WALK_AWAY", "FALLBACK_ACCEPTED", "IN_NEGOTIATION"];
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        deals.map(async ({ deal }, i) => {
          const key = ["weights-as-deliverable", "self-host-option", "delivery-on-termination"][(i + round) % 3];
          const dc = await clauseOf(deal.id, key);
          if (i % 3 === 0) {
            // A response that also moves the clause: response tallies first, then readiness.
            await logVendorResponse(
              actors.NEGOTIATOR,
              responseInput(dc.id, dc.version, { stance: "REJECTS", vendorText: POOLED_DATA_PITCH, newStatus: statuses[(i + round) % 4] }),
            );
          } else if (i % 3 === 1) {
            await setStatus(actors.NEGOTIATOR, deal.id, key, statuses[(i + round + 1) % 4]);
          } else {
            const current = await db.deal.findUniqueOrThrow({ where: { id: deal.id } });
            await setDealArchived(actors.NEGOTIATOR, { dealId: deal.id, version: current.version, archived: !current.archivedAt });
          }
        }),
      );
      await expectTalliesEqualRebuild(org.id);
    }
  });

  it("two transactions that take the same tally rows in opposite orders wait for each other instead of deadlocking", async () => {
    const { org, actors } = await createTeam();
    const a = await createTestDeal(actors.NEGOTIATOR, { name: "A" });
    const b = await createTestDeal(actors.NEGOTIATOR, { name: "B" });
    const gate = () => {
      let open!: () => void;
      const opened = new Promise<void>((resolve) => (open = resolve));
      return { opened, open };
    };
    const firstStepDone = gate();
    const secondStarted = gate();
    const response = (dealId: string, dealClauseId: string) => ({
      dealId,
      dealClauseId,
      occurredOn: new Date("2026-03-02T00:00:00Z"),
      channel: "EMAIL" as const,
      vendorText: "No.",
      stance: "REJECTS" as const,
      offerPosition: "BELOW_WALK_AWAY" as const,
      redFlagKeys: [],
      pitchKeys: [],
      authorId: actors.NEGOTIATOR.userId,
    });
    const [clauseA, clauseB] = await Promise.all([clauseOf(a.deal.id, "weights-as-deliverable"), clauseOf(b.deal.id, "weights-as-deliverable")]);
    // T1 takes the clause's pushback row, then the readiness rows; T2 the readiness rows, then the
    // pushback row. Row locks alone would deadlock here.
    const first = db.$transaction(async (tx) => {
      await tx.vendorResponse.create({ data: response(a.deal.id, clauseA.id) });
      firstStepDone.open();
      await secondStarted.opened;
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tx.deal.update({ where: { id: a.deal.id }, data: { readinessScore: 75 } });
    });
    const second = db.$transaction(async (tx) => {
      await firstStepDone.opened;
      const move = tx.deal.update({ where: { id: b.deal.id }, data: { readinessScore: 75 } });
      secondStarted.open();
      await move;
      await tx.vendorResponse.create({ data: response(b.deal.id, clauseB.id) });
    });
    await Promise.all([first, second]);
    await expectTalliesEqualRebuild(org.id);
    expect(
      await db.pushbackTally.findUniqueOrThrow({ where: { organizationId_clauseKey: { organizationId: org.id, clauseKey: "weights-as-deliverable" } } }),
    ).toMatchObject({ rejects: 2, deals: 2 });
  });

  it("dp_rebuild_portfolio_tallies recounts an organisation from its rows (after a restore without triggers, say)", async () => {
    const { org, actors } = await createTeam();
    const { deal } = await createTestDeal(actors.NEGOTIATOR, { vendor: "Acme AI" });
    await respond(actors.NEGOTIATOR, deal.id, "weights-as-deliverable", "REJECTS", POOLED_DATA_PITCH);
    await db.$executeRaw`UPDATE "PortfolioTally" SET "deals" = "deals" + 5 WHERE "organizationId" = ${org.id}`;
    await db.$executeRaw`DELETE FROM "PitchTally" WHERE "organizationId" = ${org.id}`;
    await db.$executeRaw`UPDATE "Deal" SET "pushbackTally" = '{}' WHERE "id" = ${deal.id}`;
    await expect(expectTalliesEqualRebuild(org.id)).rejects.toThrow();
    await db.$executeRaw`SELECT "dp_rebuild_portfolio_tallies"(${org.id})`;
    await expectTalliesEqualRebuild(org.id);
    expect((await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).pushbackTally).toEqual({ "weights-as-deliverable": { counters: 0, rejects: 1 } });
  });

  it("the recount of migration 20261201100000 turns positional tallies ([counters, rejects]) into named ones, the sums right", async () => {
    const { org, actors } = await createTeam();
    const { deal } = await createTestDeal(actors.NEGOTIATOR, { vendor: "Acme AI" });
    await respond(actors.NEGOTIATOR, deal.id, "weights-as-deliverable", "REJECTS", POOLED_DATA_PITCH);
    // The shape a database migrated before 20261201100000 holds.
    await db.$executeRaw`UPDATE "Deal" SET "pushbackTally" = '{"weights-as-deliverable": [0, 1]}' WHERE "id" = ${deal.id}`;
    await db.$executeRaw`SELECT "dp_rebuild_portfolio_tallies"(o."id") FROM "Organization" o WHERE o."id" = ${org.id} ORDER BY o."id"`;
    await expectTalliesEqualRebuild(org.id);
    expect((await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).pushbackTally).toEqual({ "weights-as-deliverable": { counters: 0, rejects: 1 } });
  });

  it("another organisation's changes never touch this one's tallies; deleting an organisation removes its tallies", async () => {
    const { org, actors } = await createTeam();
    await createTestDeal(actors.NEGOTIATOR, { vendor: "Acme AI" });
    const before = await storedTallies(org.id);
    const other = await createTeam();
    const foreign = await createTestDeal(other.actors.NEGOTIATOR, { vendor: "Acme AI" });
    await respond(other.actors.NEGOTIATOR, foreign.deal.id, "weights-as-deliverable", "REJECTS", POOLED_DATA_PITCH);
    expect(await storedTallies(org.id)).toEqual(before);

    await db.organization.delete({ where: { id: other.org.id } });
    expect(await db.portfolioTally.count({ where: { organizationId: other.org.id } })).toBe(0);
    expect(await db.pitchTally.count({ where: { organizationId: other.org.id } })).toBe(0);
    expect(await db.scenarioTally.count({ where: { organizationId: other.org.id } })).toBe(0);
    expect(await storedTallies(org.id)).toEqual(before);
  });
});

describe("the database's readiness band is lib/domain/readiness-band.ts", () => {
  it("for every score from 0 to 100, ready or not", async () => {
    const rows = await db.$queryRaw<{ score: number; ready: boolean; band: string }[]>`
      SELECT s AS score, r AS ready, "dp_readiness_band"(s, r) AS band FROM generate_series(0, 100) s CROSS JOIN (VALUES (true), (false)) v(r)`;
    expect(rows).toHaveLength(202);
    for (const row of rows) expect(row.band, `${row.score} ${row.ready}`).toBe(readinessBand(row.score, row.ready));
    expect(new Set(rows.map((r) => r.band))).toEqual(new Set(["ready", "close", "partial", "early"]));
  });
});

describe("a deal's heat-map letters", () => {
  it("are written with the readiness cache, one per section by key, worst status first", async () => {
    const { actors } = await createTeam();
    const { deal } = await createTestDeal(actors.NEGOTIATOR);
    const open = Object.fromEntries(LAYER_KEYS.map((layer) => [layer, "o"]));
    expect((await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).heatCells).toEqual(open);
    await setStatus(actors.NEGOTIATOR, deal.id, "weights-as-deliverable", "BELOW_WALK_AWAY");
    const cells = (await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).heatCells;
    expect(cells).toEqual({ ...open, "weights-artifacts": "b" });
  });
});

describe("the start-up backfill of the readiness cache", () => {
  it("computes the deals a migration left without cells ({}), then has nothing left to do", async () => {
    const { org, actors } = await createTeam();
    const { deal: left } = await createTestDeal(actors.NEGOTIATOR);
    await setStatus(actors.NEGOTIATOR, left.id, "weights-as-deliverable", "BELOW_WALK_AWAY");
    const expected = await db.deal.findUniqueOrThrow({ where: { id: left.id } });
    // What migration 20261201181000 leaves for a deal whose letters were never computed.
    await db.$executeRaw`UPDATE "Deal" SET "heatCells" = '{}', "scenarioCoverage" = '{}' WHERE "id" = ${left.id}`;
    const [{ stale }] = await db.$queryRaw<
      { stale: number }[]
    >`SELECT count(*)::int AS stale FROM "Deal" WHERE "heatCells" = '{}'::jsonb OR "exitReadinessBase" IS NULL`;
    expect(stale).toBeGreaterThanOrEqual(1);
    expect(await db.$transaction((tx) => backfillReadinessCache(tx))).toBe(stale);
    expect(await db.$transaction((tx) => backfillReadinessCache(tx))).toBe(0);
    const after = await db.deal.findUniqueOrThrow({ where: { id: left.id } });
    expect({ heatCells: after.heatCells, scenarioCoverage: after.scenarioCoverage }).toEqual({
      heatCells: expected.heatCells,
      scenarioCoverage: expected.scenarioCoverage,
    });
    expect(Object.keys(after.scenarioCoverage as object)).toHaveLength(4);
    await expectTalliesEqualRebuild(org.id);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { VendorStance } from "@/lib/domain/enums";
import { normalizeVendorName } from "@/lib/domain/vendor-names";
import { logVendorResponse, updateDealClause } from "@/lib/services/deal-clauses";
import { setDealArchived, updateDeal } from "@/lib/services/deals";
import { dismissVendorProposal, listMergeProposals, mergeVendors, renameVendor } from "@/lib/services/vendor-merges";
import { getClauseLeverage, getVendorPage, listVendors } from "@/lib/services/vendors";
import { appErrorOf } from "@/lib/test/app-error";
import { createTestDeal, dealInput, evidenceFor, responseInput } from "@/lib/test/deals";
import { createTeam } from "@/lib/test/factories";
import { expectTalliesEqualRebuild } from "@/lib/test/tally-rebuild";
import { VENDOR_KEY_EXAMPLES } from "@/lib/test/vendor-name-examples";

const db = getDb();

class RollbackForTest extends Error {}

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await appErrorOf(promise);
  expect(error.code).toBe(code);
  return error;
}

// A pitch the red-flag matcher recognises (lib/playbook/pitch-patterns.ts).
const POOLED_DATA_PITCH = "Your data feeds our shared model, so every customer benefits.";

async function clauseOf(dealId: string, key: string) {
  return db.dealClause.findFirstOrThrow({ where: { dealId, clause: { key } }, include: { clause: { select: { key: true } } } });
}

async function settle(actor: Actor, dealId: string, key: string, status: "MUST_HAVE_MET" | "FALLBACK_ACCEPTED", agreedLanguage: string) {
  const dc = await clauseOf(dealId, key);
  await updateDealClause(actor, {
    dealClauseId: dc.id,
    version: dc.version,
    status,
    notApplicableReason: "",
    ...evidenceFor(status),
    agreedLanguage,
    notes: "",
  });
}

async function respond(
  actor: Actor,
  dealId: string,
  key: string,
  stance: VendorStance,
  vendorText: string,
  offerPosition: "MUST_HAVE" | "FALLBACK" | "UNCLEAR" = "UNCLEAR",
) {
  const dc = await clauseOf(dealId, key);
  await logVendorResponse(actor, responseInput(dc.id, dc.version, { stance, vendorText, offerPosition }));
}

describe("the vendor name key", () => {
  it("dp_vendor_name_key in SQL gives what normalizeVendorName gives", async () => {
    for (const [name, key] of VENDOR_KEY_EXAMPLES) {
      const [{ sql }] = await db.$queryRaw<[{ sql: string }]>`SELECT "dp_vendor_name_key"(${name}) AS sql`;
      expect([name, sql]).toEqual([name, key]);
      expect(normalizeVendorName(name)).toBe(key);
    }
  });

  it("the migration merges free-text names by that key and keeps each deal's text equal to its vendor's name", async () => {
    const { org, actors } = await createTeam();
    await createTestDeal(actors.NEGOTIATOR, { name: "A", vendor: "Acme AI" });
    const b = await createTestDeal(actors.NEGOTIATOR, { name: "B", vendor: "Bolt" });
    // Back to the free-text world the migration started from: two spellings of Acme, and the records
    // out of the way (their keys parked) so the backfill makes them again.
    await db
      .$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "Deal" SET "vendor" = 'ACME  ai' WHERE "id" = ${b.deal.id}`;
        await tx.$executeRaw`UPDATE "Vendor" SET "name" = 'parked', "normalizedName" = 'parked ' || "id" WHERE "organizationId" = ${org.id}`;
        // The migration's backfill statements as written, narrowed to this organisation's deals.
        const sql = readFileSync("prisma/migrations/20261202103000_vendors/migration.sql", "utf8");
        const backfill = sql.slice(sql.indexOf('INSERT INTO "Vendor" ("id"'), sql.indexOf('ALTER TABLE "Deal" ALTER COLUMN'));
        const [insert, update] = backfill
          .split(/;\s*\n/)
          .map((s) => s.replace(/^(--.*\n)+/m, "").trim())
          .filter((s) => s.startsWith("INSERT") || s.startsWith("UPDATE"));
        await tx.$executeRawUnsafe(insert.replace('FROM "Deal" d\n', `FROM "Deal" d WHERE d."organizationId" = '${org.id}'\n`));
        await tx.$executeRawUnsafe(`${update} AND d."organizationId" = '${org.id}'`);
        await tx.vendor.deleteMany({ where: { organizationId: org.id, name: "parked" } });
        const deals = await tx.deal.findMany({ where: { organizationId: org.id }, include: { vendorRecord: true }, orderBy: { name: "asc" } });
        expect(deals.map((d) => [d.name, d.vendor, d.vendorRecord.name, d.vendorRecord.normalizedName])).toEqual([
          ["A", "Acme AI", "Acme AI", "acme ai"],
          ["B", "Acme AI", "Acme AI", "acme ai"],
        ]);
        expect(await tx.vendor.count({ where: { organizationId: org.id } })).toBe(1);
        throw new RollbackForTest();
      })
      .catch((error) => {
        if (!(error instanceof RollbackForTest)) throw error;
      });
    expect((await db.deal.findUniqueOrThrow({ where: { id: b.deal.id } })).vendor).toBe("Bolt");
  });

  it("every seeded and created deal points at a vendor of its organisation whose name is the deal's text", async () => {
    const { actors } = await createTeam();
    await createTestDeal(actors.NEGOTIATOR, { name: "A", vendor: "  Acme   AI " });
    await createTestDeal(actors.ADMIN, { name: "B", vendor: "acme-ai" });
    const mismatched = await db.$queryRaw<{ id: string }[]>`
      SELECT d."id" FROM "Deal" d JOIN "Vendor" v ON v."id" = d."vendorId"
      WHERE v."name" <> d."vendor" OR v."organizationId" <> d."organizationId"`;
    expect(mismatched).toEqual([]);
    const vendors = await listVendors(actors.VIEWER);
    expect(vendors.map((v) => [v.name, v.totalDeals])).toEqual([["Acme AI", 2]]);
  });
});

describe("merge proposals", () => {
  it("proposes near-duplicates when a vendor is created and on the admin page, and never again once dismissed", async () => {
    const { org, actors } = await createTeam();
    await createTestDeal(actors.NEGOTIATOR, { name: "A", vendor: "Acme AI" });
    await createTestDeal(actors.NEGOTIATOR, { name: "B", vendor: "Acme AI Inc." });
    expect(await db.vendorMergeProposal.count({ where: { organizationId: org.id } })).toBe(1);
    // A vendor written without the app (as the migration leaves them): found when the admin page opens.
    await db.vendor.create({ data: { organizationId: org.id, name: "Acme A.I. Ltd", normalizedName: "acme a i ltd" } });
    const proposals = await listMergeProposals(actors.ADMIN);
    expect(proposals.map((p) => [...p.vendors.map((v) => v.name).sort(), p.reason]).sort()).toEqual([
      ["Acme A.I. Ltd", "Acme AI Inc.", "Same name apart from spacing"],
      ["Acme A.I. Ltd", "Acme AI", "Same name apart from spacing"],
      ["Acme AI", "Acme AI Inc.", "Same name apart from the legal form (“inc”)"],
    ]);
    await dismissVendorProposal(actors.ADMIN, { proposalId: proposals[0].id });
    await expectAppError(dismissVendorProposal(actors.ADMIN, { proposalId: proposals[0].id }), "CONFLICT");
    expect((await listMergeProposals(actors.ADMIN)).map((p) => p.id)).toEqual(proposals.slice(1).map((p) => p.id));
    expect(await db.vendorMergeProposal.findUniqueOrThrow({ where: { id: proposals[0].id } })).toMatchObject({
      status: "DISMISSED",
      decidedById: actors.ADMIN.userId,
    });
    const events = await db.auditEvent.findMany({ where: { organizationId: org.id, action: "vendor.merge-dismissed" } });
    expect(events).toHaveLength(1);
  });

  it("only an admin sees or decides proposals; another organisation's proposal is not found", async () => {
    const { actors, foreignAdmin } = await createTeam();
    await createTestDeal(actors.NEGOTIATOR, { name: "A", vendor: "Acme AI" });
    await createTestDeal(actors.NEGOTIATOR, { name: "B", vendor: "Acme AI Inc." });
    await expectAppError(listMergeProposals(actors.NEGOTIATOR), "FORBIDDEN");
    const [proposal] = await listMergeProposals(actors.ADMIN);
    await expectAppError(dismissVendorProposal(foreignAdmin, { proposalId: proposal.id }), "NOT_FOUND");
    await expectAppError(mergeVendors(foreignAdmin, { survivorId: proposal.vendors[0].id, mergedId: proposal.vendors[1].id }), "NOT_FOUND");
  });
});

describe("merging two vendors", () => {
  it("moves every deal, renames their text, keeps every tally equal to a rebuild, audits once, and refuses a stale deal form", async () => {
    const { org, actors } = await createTeam();
    const negotiator = actors.NEGOTIATOR;
    const a = await createTestDeal(negotiator, { name: "A", vendor: "Acme AI", contractValue: 1_000_00n, currency: "EUR" });
    const b = await createTestDeal(negotiator, { name: "B", vendor: "Acme AI Inc.", contractValue: 2_500_00n, currency: "USD" });
    const c = await createTestDeal(negotiator, { name: "C", vendor: "Acme AI Inc.", contractValue: 700_00n, currency: "EUR" });
    await respond(negotiator, a.deal.id, a.clause.clause.key, "COUNTERS", POOLED_DATA_PITCH);
    await respond(negotiator, b.deal.id, b.clause.clause.key, "REJECTS", POOLED_DATA_PITCH);
    await respond(negotiator, c.deal.id, c.clause.clause.key, "COUNTERS", "We can discuss this in the next round.");
    await setDealArchived(negotiator, { dealId: c.deal.id, version: (await db.deal.findUniqueOrThrow({ where: { id: c.deal.id } })).version, archived: true });
    await expectTalliesEqualRebuild(org.id);
    expect(
      await db.pitchTally.findMany({ where: { organizationId: org.id, count: { gt: 0 } }, select: { vendor: true, count: true }, orderBy: { vendor: "asc" } }),
    ).toEqual([
      { vendor: "Acme AI", count: 1 },
      { vendor: "Acme AI Inc.", count: 1 },
    ]);
    const staleForm = await db.deal.findUniqueOrThrow({ where: { id: b.deal.id } });
    const [survivor, merged] = [a.deal.vendorId, b.deal.vendorId];

    const result = await mergeVendors(actors.ADMIN, { survivorId: survivor, mergedId: merged });

    expect(result).toEqual({ id: survivor, dealsMoved: 2 });
    const deals = await db.deal.findMany({ where: { organizationId: org.id }, orderBy: { name: "asc" } });
    expect(deals.map((d) => [d.name, d.vendor, d.vendorId])).toEqual([
      ["A", "Acme AI", survivor],
      ["B", "Acme AI", survivor],
      ["C", "Acme AI", survivor],
    ]);
    expect(deals[1].version).toBe(staleForm.version + 1);
    expect(await db.vendor.findUnique({ where: { id: merged } })).toBeNull();
    expect(await db.vendorMergeProposal.count({ where: { organizationId: org.id } })).toBe(0);
    await expectTalliesEqualRebuild(org.id);
    expect(await db.pitchTally.findMany({ where: { organizationId: org.id, count: { gt: 0 } }, select: { vendor: true, count: true } })).toEqual([
      { vendor: "Acme AI", count: 2 },
    ]);
    const [event] = await db.auditEvent.findMany({ where: { organizationId: org.id, action: "vendor.merged" } });
    expect(event).toMatchObject({ entityType: "Vendor", entityId: survivor, actorId: actors.ADMIN.userId, dealId: null });
    expect(event.before).toMatchObject({ survivor: "Acme AI", merged: "Acme AI Inc." });
    expect(event.after).toEqual({ vendor: "Acme AI", dealsMoved: 2 });

    // A deal form opened before the merge still says "Acme AI Inc.": saving it would undo the merge.
    const input = dealInput(staleForm.ownerId, { name: "B", vendor: "Acme AI Inc.", currency: "USD", contractValue: 2_500_00n });
    await expectAppError(updateDeal(negotiator, { ...input, dealId: b.deal.id, version: staleForm.version }), "CONFLICT");
    expect(await db.vendor.count({ where: { organizationId: org.id } })).toBe(1);
  });

  it("refuses merging a vendor into itself and a vendor already merged away", async () => {
    const { actors } = await createTeam();
    const a = await createTestDeal(actors.NEGOTIATOR, { name: "A", vendor: "Acme AI" });
    const b = await createTestDeal(actors.NEGOTIATOR, { name: "B", vendor: "Bolt" });
    await mergeVendors(actors.ADMIN, { survivorId: a.deal.vendorId, mergedId: b.deal.vendorId });
    await expectAppError(mergeVendors(actors.ADMIN, { survivorId: a.deal.vendorId, mergedId: b.deal.vendorId }), "NOT_FOUND");
  });
});

describe("renaming a vendor", () => {
  it("renames its deals' text, and refuses another vendor's name with a message that suggests merging", async () => {
    const { org, actors } = await createTeam();
    const a = await createTestDeal(actors.NEGOTIATOR, { name: "A", vendor: "Acme AI" });
    const b = await createTestDeal(actors.NEGOTIATOR, { name: "B", vendor: "Bolt Models" });
    const renamed = await renameVendor(actors.NEGOTIATOR, { vendorId: a.deal.vendorId, version: 1, name: "Acme Intelligence" });
    expect(renamed.version).toBe(2);
    expect((await db.deal.findUniqueOrThrow({ where: { id: a.deal.id } })).vendor).toBe("Acme Intelligence");

    const refused = await expectAppError(renameVendor(actors.NEGOTIATOR, { vendorId: a.deal.vendorId, version: 2, name: "BOLT models" }), "INVALID_INPUT");
    expect(refused.fieldErrors?.name?.[0]).toMatch(/“Bolt Models” is already a vendor.*Merge/);
    await expectAppError(renameVendor(actors.NEGOTIATOR, { vendorId: a.deal.vendorId, version: 1, name: "Acme" }), "CONFLICT");
    await expectAppError(renameVendor(actors.VIEWER, { vendorId: b.deal.vendorId, version: 1, name: "Bolt" }), "FORBIDDEN");
    expect((await db.deal.findUniqueOrThrow({ where: { id: b.deal.id } })).vendor).toBe("Bolt Models");
    expect(await db.auditEvent.count({ where: { organizationId: org.id, action: "vendor.renamed" } })).toBe(1);
    await expectTalliesEqualRebuild(org.id);
  });
});

describe("a vendor's memory", () => {
  it("concessions per clause with the agreed language, accepting responses in its words, pitches, pushback, lock-in; scoped to the organisation", async () => {
    const { actors, foreignAdmin } = await createTeam();
    const n = actors.NEGOTIATOR;
    const earlier = await createTestDeal(n, { name: "Earlier", vendor: "Acme AI", contractValue: 500_00n, currency: "EUR" });
    const later = await createTestDeal(n, { name: "Later", vendor: "acme ai", contractValue: 900_00n, currency: "EUR" });
    const other = await createTestDeal(n, { name: "Other vendor", vendor: "Bolt" });
    const key = earlier.clause.clause.key;
    await settle(n, earlier.deal.id, key, "MUST_HAVE_MET", "The client owns the trained weights outright.");
    await respond(n, earlier.deal.id, key, "ACCEPTS", "Fine, you can have the weights.", "MUST_HAVE");
    await respond(n, later.deal.id, key, "REJECTS", POOLED_DATA_PITCH);
    await settle(n, other.deal.id, key, "MUST_HAVE_MET", "Not Acme's concession.");

    const page = await getVendorPage(actors.VIEWER, earlier.deal.vendorId);
    expect(page.vendor).toMatchObject({ name: "Acme AI", liveDeals: 2, totalDeals: 2, value: { EUR: "140000" } });
    expect(page.deals.map((d) => d.name).sort()).toEqual(["Earlier", "Later"]);
    const memory = page.clauses.find((c) => c.clauseKey === key)!;
    expect(memory.concessions).toEqual([
      expect.objectContaining({ dealName: "Earlier", status: "MUST_HAVE_MET", agreedLanguage: "The client owns the trained weights outright." }),
    ]);
    expect(memory.acceptances).toEqual([
      expect.objectContaining({ dealName: "Earlier", offerPosition: "MUST_HAVE", vendorText: "Fine, you can have the weights." }),
    ]);
    expect(page.clauses.flatMap((c) => c.concessions.map((x) => x.dealName))).not.toContain("Other vendor");
    expect(page.pushback).toEqual([expect.objectContaining({ clauseKey: key, counters: 0, rejects: 1, deals: 1 })]);
    expect(page.pitches).toEqual([expect.objectContaining({ count: 1, deals: 1 })]);
    expect(page.pitches[0].quote).not.toBe(page.pitches[0].pitchKey);

    await expectAppError(getVendorPage(foreignAdmin, earlier.deal.vendorId), "NOT_FOUND");
    await expectAppError(getVendorPage(actors.VIEWER, "no-such-vendor"), "NOT_FOUND");
  });

  it("the clause page's leverage: the vendor's other deals on the same clause, must-haves first, archived included, never the deal itself", async () => {
    const { actors, foreignAdmin } = await createTeam();
    const n = actors.NEGOTIATOR;
    const first = await createTestDeal(n, { name: "First", vendor: "Acme AI" });
    const second = await createTestDeal(n, { name: "Second", vendor: "Acme AI" });
    const current = await createTestDeal(n, { name: "Current", vendor: "Acme AI" });
    const unrelated = await createTestDeal(n, { name: "Unrelated", vendor: "Bolt" });
    const key = first.clause.clause.key;
    await settle(n, first.deal.id, key, "FALLBACK_ACCEPTED", "A perpetual exclusive licence.");
    await respond(n, second.deal.id, key, "ACCEPTS", "We accept your ownership clause.", "MUST_HAVE");
    await settle(n, current.deal.id, key, "MUST_HAVE_MET", "Ours, on this deal.");
    await settle(n, unrelated.deal.id, key, "MUST_HAVE_MET", "Another vendor.");
    await setDealArchived(n, { dealId: first.deal.id, version: (await db.deal.findUniqueOrThrow({ where: { id: first.deal.id } })).version, archived: true });

    const leverage = await getClauseLeverage(actors.VIEWER, current.clause.id);
    expect(leverage.vendor).toBe("Acme AI");
    expect(leverage.items.map((i) => [i.dealName, i.strength, i.quoteKind, i.quote, i.archived])).toEqual([
      ["Second", "MUST_HAVE", "vendor", "We accept your ownership clause.", false],
      ["First", "FALLBACK", "agreed", "A perpetual exclusive licence.", true],
    ]);
    expect((await getClauseLeverage(actors.VIEWER, unrelated.clause.id)).items).toEqual([]);
    await expectAppError(getClauseLeverage(foreignAdmin, current.clause.id), "NOT_FOUND");
  });
});

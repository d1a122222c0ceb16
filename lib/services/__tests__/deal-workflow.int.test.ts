import { describe, expect, it, vi } from "vitest";
import { appErrorOf } from "@/lib/test/app-error";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { ClauseStatus } from "@/lib/domain/enums";
import { AppError } from "@/lib/errors";
import * as audit from "@/lib/services/audit";
import { getDealClause, logVendorResponse, RESPONSES_PER_MINUTE, updateDealClause } from "@/lib/services/deal-clauses";
import { createDeal, DEALS_PAGE_SIZE, listDeals, setDealArchived, updateDeal } from "@/lib/services/deals";
import { snapshotOrgs, watchAudit } from "@/lib/test/db-snapshot";
import { createTestDeal, dealInput, evidenceFor, responseInput } from "@/lib/test/deals";
import { actorFor, createOrganization, createTeam, createUser } from "@/lib/test/factories";
import type { TUpdateDealClause } from "@/lib/validation/deal-clause";
import { ZDealListQuery } from "@/lib/validation/deal";

// The audit writer is wrapped (not replaced) so a test can make it fail after writing, to prove the
// change and its audit event commit or roll back together.
vi.mock("@/lib/services/audit", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/services/audit")>();
  return { ...original, recordAudit: vi.fn(original.recordAudit) };
});

const db = getDb();

function clauseInput(dealClauseId: string, version: number, overrides: Partial<TUpdateDealClause> = {}): TUpdateDealClause {
  const status = overrides.status ?? "IN_NEGOTIATION";
  return { dealClauseId, version, status, notApplicableReason: "", ...evidenceFor(status), notes: "", ...overrides };
}

describe("every mutation writes exactly one audit event", () => {
  it("createDeal: Deal / deal.created with the new values and the pinned playbook version", async () => {
    const { org, actors } = await createTeam();
    const watch = await watchAudit(org.id);
    const { id } = await createDeal(actors.NEGOTIATOR, dealInput(actors.NEGOTIATOR.userId, { name: "Audit me", contractValue: 12_345n, currency: "GBP" }));
    const events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: "Deal", entityId: id, dealId: id, action: "deal.created", actorId: actors.NEGOTIATOR.userId, before: null });
    expect(events[0].after).toEqual({
      name: "Audit me",
      vendor: "Acme AI",
      useCase: "Route insurance claims",
      modelKind: "Fine-tuned LLM",
      hostingModel: "VENDOR_HOSTED",
      baseModel: "Llama 3.1 8B",
      baseModelLicence: "Llama 3.1 Community",
      baseModelLicenceType: "OPEN_RESTRICTED",
      regulatedSector: false,
      baseModelLicenceKey: null,
      expectedMonthlyUsers: null,
      useCaseCategory: "UNSPECIFIED",
      contractValueMinor: "12345",
      currency: "GBP",
      stage: "INTAKE",
      targetSigningDate: "2026-09-30",
      ownerId: actors.NEGOTIATOR.userId,
      archived: false,
      playbookVersion: 1,
    });
  });

  it("updateDeal: Deal / deal.updated with before and after, version +1", async () => {
    const { org, actors } = await createTeam();
    const { deal } = await createTestDeal(actors.NEGOTIATOR);
    const watch = await watchAudit(org.id);
    const result = await updateDeal(actors.ADMIN, {
      ...dealInput(actors.ADMIN.userId, { name: "Renamed", stage: "NEGOTIATING", contractValue: 99_00n, targetSigningDate: null }),
      dealId: deal.id,
      version: 1,
    });
    expect(result).toEqual({ id: deal.id, version: 2 });
    const events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: "Deal", entityId: deal.id, dealId: deal.id, action: "deal.updated", actorId: actors.ADMIN.userId });
    expect(events[0].before).toMatchObject({
      name: "Claims triage model",
      stage: "INTAKE",
      contractValueMinor: "25000000",
      targetSigningDate: "2026-09-30",
      ownerId: actors.NEGOTIATOR.userId,
    });
    expect(events[0].after).toMatchObject({
      name: "Renamed",
      stage: "NEGOTIATING",
      contractValueMinor: "9900",
      targetSigningDate: null,
      ownerId: actors.ADMIN.userId,
    });
    const row = await db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect(row).toMatchObject({
      name: "Renamed",
      stage: "NEGOTIATING",
      contractValueMinor: 9900n,
      targetSigningDate: null,
      ownerId: actors.ADMIN.userId,
      version: 2,
    });
  });

  it("archiveDeal: deal.archived, then deal.restored, one event each; a no-op writes none", async () => {
    const { org, actors } = await createTeam();
    const { deal } = await createTestDeal(actors.NEGOTIATOR);

    let watch = await watchAudit(org.id);
    expect(await setDealArchived(actors.NEGOTIATOR, { dealId: deal.id, version: 1, archived: true })).toEqual({ id: deal.id, version: 2 });
    let events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entityType: "Deal",
      entityId: deal.id,
      dealId: deal.id,
      action: "deal.archived",
      before: { archived: false },
      after: { archived: true },
    });
    expect((await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).archivedAt).not.toBeNull();

    watch = await watchAudit(org.id);
    expect(await setDealArchived(actors.NEGOTIATOR, { dealId: deal.id, version: 2, archived: false })).toEqual({ id: deal.id, version: 3 });
    events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: "Deal", entityId: deal.id, action: "deal.restored", before: { archived: true }, after: { archived: false } });
    const restored = await db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect(restored).toMatchObject({ archivedAt: null, version: 3 });

    const before = await snapshotOrgs(org.id);
    expect(await setDealArchived(actors.NEGOTIATOR, { dealId: deal.id, version: 3, archived: false })).toEqual({ id: deal.id, version: 3 });
    expect(await snapshotOrgs(org.id)).toEqual(before);
  });

  it("updateDealClause: DealClause / clause.updated with the clause key, before and after", async () => {
    const { org, actors } = await createTeam();
    const { deal, clause } = await createTestDeal(actors.NEGOTIATOR);
    const dealBefore = await db.deal.update({ where: { id: deal.id }, data: { updatedAt: new Date("2026-01-01T00:00:00Z") } });
    const watch = await watchAudit(org.id);
    const result = await updateDealClause(
      actors.NEGOTIATOR,
      clauseInput(clause.id, 1, {
        status: "MUST_HAVE_MET",
        agreedLanguage: "Client owns the weights.",
        contractReference: "§4.2",
        notes: "Agreed on the call",
      }),
    );
    expect(result).toEqual({ id: clause.id, version: 2, status: "MUST_HAVE_MET" });
    const events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entityType: "DealClause",
      entityId: clause.id,
      dealId: deal.id,
      action: "clause.updated",
      actorId: actors.NEGOTIATOR.userId,
    });
    expect(events[0].before).toEqual({
      clause: clause.clause.key,
      status: "NOT_STARTED",
      notApplicableReason: null,
      agreedLanguage: "",
      contractReference: "",
      notes: "",
      version: 1,
    });
    expect(events[0].after).toEqual({
      clause: clause.clause.key,
      status: "MUST_HAVE_MET",
      notApplicableReason: null,
      agreedLanguage: "Client owns the weights.",
      contractReference: "§4.2",
      notes: "Agreed on the call",
      version: 2,
    });
    const row = await db.dealClause.findUniqueOrThrow({ where: { id: clause.id } });
    expect(row).toMatchObject({
      status: "MUST_HAVE_MET",
      agreedLanguage: "Client owns the weights.",
      contractReference: "§4.2",
      notes: "Agreed on the call",
      version: 2,
      updatedById: actors.NEGOTIATOR.userId,
    });
    expect((await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).updatedAt.getTime()).toBeGreaterThan(dealBefore.updatedAt.getTime());
  });

  it(`refuses a user's vendor response past ${RESPONSES_PER_MINUTE} a minute with RATE_LIMITED and saves nothing; other users go on`, async () => {
    const { org, actors } = await createTeam();
    const { deal, clause } = await createTestDeal(actors.NEGOTIATOR);
    for (let i = 0; i < RESPONSES_PER_MINUTE; i++) await logVendorResponse(actors.NEGOTIATOR, responseInput(clause.id, 1));
    const before = await snapshotOrgs(org.id);

    const refused = await appErrorOf(logVendorResponse(actors.NEGOTIATOR, responseInput(clause.id, 1)));
    expect(refused.code).toBe("RATE_LIMITED");
    expect(refused.message).toMatch(/^You have logged 60 vendor responses in the last minute, the most we accept\. Try again in \d+ s; nothing was saved\.$/);
    expect(await snapshotOrgs(org.id)).toEqual(before);
    expect(await db.vendorResponse.count({ where: { dealId: deal.id } })).toBe(RESPONSES_PER_MINUTE);

    // The limit is per person: a colleague on the same deal is not held up.
    const colleague = await logVendorResponse(actors.ADMIN, responseInput(clause.id, 1));
    expect(colleague.id).toBeTruthy();
  });

  it("logVendorResponse without a status change: VendorResponse / response.logged, clause version unchanged", async () => {
    const { org, actors } = await createTeam();
    const { deal, clause } = await createTestDeal(actors.NEGOTIATOR);
    const watch = await watchAudit(org.id);
    const result = await logVendorResponse(actors.NEGOTIATOR, responseInput(clause.id, 1));
    expect(result.version).toBe(1);
    const events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entityType: "VendorResponse",
      entityId: result.id,
      dealId: deal.id,
      action: "response.logged",
      actorId: actors.NEGOTIATOR.userId,
    });
    expect(events[0].before).toEqual({ clause: clause.clause.key, status: "NOT_STARTED" });
    expect(events[0].after).toEqual({
      clause: clause.clause.key,
      status: "NOT_STARTED",
      channel: "EMAIL",
      stance: "DEFERS",
      offerPosition: "UNCLEAR",
      vendorText: "We can discuss this in the next round.",
      counterNextStep: "Send our standard clause again",
      redFlags: [],
    });
    expect(await db.dealClause.findUniqueOrThrow({ where: { id: clause.id } })).toMatchObject({ status: "NOT_STARTED", version: 1 });
    expect(await db.vendorResponse.findMany({ where: { dealClauseId: clause.id } })).toMatchObject([
      { id: result.id, authorId: actors.NEGOTIATOR.userId, channel: "EMAIL" },
    ]);
  });

  it("logVendorResponse with a status change: still one event, status and version move together", async () => {
    const { org, actors } = await createTeam();
    const { clause } = await createTestDeal(actors.NEGOTIATOR);
    const watch = await watchAudit(org.id);
    const result = await logVendorResponse(
      actors.ADMIN,
      responseInput(clause.id, 1, { stance: "ACCEPTS", offerPosition: "FALLBACK", newStatus: "FALLBACK_ACCEPTED" }),
    );
    expect(result.version).toBe(2);
    const events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entityType: "VendorResponse",
      action: "response.logged",
      before: { status: "NOT_STARTED" },
      after: { status: "FALLBACK_ACCEPTED", stance: "ACCEPTS", offerPosition: "FALLBACK" },
    });
    expect(await db.dealClause.findUniqueOrThrow({ where: { id: clause.id } })).toMatchObject({
      status: "FALLBACK_ACCEPTED",
      version: 2,
      updatedById: actors.ADMIN.userId,
    });
  });
});

describe("a refused mutation writes nothing: no audit event, no change", () => {
  type Fixture = Awaited<ReturnType<typeof createTeam>> & Awaited<ReturnType<typeof createTestDeal>>;
  interface RefusalCase {
    /** Successful steps first (another user's save, archiving…), not measured. */
    prepare?: (f: Fixture) => Promise<unknown>;
    refused: (f: Fixture) => Promise<unknown>;
    code: AppError["code"];
    field?: string;
  }
  const cases: Record<string, RefusalCase> = {
    "createDeal moving straight to APPROVED": {
      refused: (f) => createDeal(f.actors.NEGOTIATOR, dealInput(f.actors.NEGOTIATOR.userId, { stage: "APPROVED" })),
      code: "INVALID_INPUT",
      field: "stage",
    },
    "createDeal for an owner of another organisation": {
      refused: (f) => createDeal(f.actors.NEGOTIATOR, dealInput(f.foreignAdmin.userId)),
      code: "INVALID_INPUT",
      field: "ownerId",
    },
    "createDeal when the organisation has no current playbook": {
      prepare: (f) => db.playbook.updateMany({ where: { organizationId: f.org.id }, data: { isCurrent: false } }),
      refused: (f) => createDeal(f.actors.NEGOTIATOR, dealInput(f.actors.NEGOTIATOR.userId)),
      code: "CONFLICT",
    },
    "updateDeal from a stale version": {
      prepare: (f) => updateDeal(f.actors.NEGOTIATOR, { ...dealInput(f.actors.NEGOTIATOR.userId, { name: "First edit" }), dealId: f.deal.id, version: 1 }),
      refused: (f) => updateDeal(f.actors.ADMIN, { ...dealInput(f.actors.ADMIN.userId, { name: "Second edit" }), dealId: f.deal.id, version: 1 }),
      code: "CONFLICT",
    },
    "updateDeal to APPROVED (only a CIO review approves)": {
      refused: (f) => updateDeal(f.actors.ADMIN, { ...dealInput(f.actors.ADMIN.userId, { stage: "APPROVED" }), dealId: f.deal.id, version: 1 }),
      code: "INVALID_INPUT",
      field: "stage",
    },
    "updateDeal to SIGNED before approval": {
      refused: (f) => updateDeal(f.actors.ADMIN, { ...dealInput(f.actors.ADMIN.userId, { stage: "SIGNED" }), dealId: f.deal.id, version: 1 }),
      code: "INVALID_INPUT",
      field: "stage",
    },
    "updateDeal handing the deal to another organisation's user": {
      refused: (f) => updateDeal(f.actors.ADMIN, { ...dealInput(f.foreignAdmin.userId), dealId: f.deal.id, version: 1 }),
      code: "INVALID_INPUT",
      field: "ownerId",
    },
    "archiveDeal from a stale version": {
      prepare: (f) => updateDeal(f.actors.NEGOTIATOR, { ...dealInput(f.actors.NEGOTIATOR.userId, { name: "Edited" }), dealId: f.deal.id, version: 1 }),
      refused: (f) => setDealArchived(f.actors.NEGOTIATOR, { dealId: f.deal.id, version: 1, archived: true }),
      code: "CONFLICT",
    },
    "updateDealClause from a stale version": {
      prepare: (f) => updateDealClause(f.actors.NEGOTIATOR, clauseInput(f.clause.id, 1, { notes: "winner" })),
      refused: (f) => updateDealClause(f.actors.NEGOTIATOR, clauseInput(f.clause.id, 1, { notes: "loser" })),
      code: "CONFLICT",
    },
    "updateDealClause back to NOT_STARTED once negotiated": {
      prepare: (f) => updateDealClause(f.actors.NEGOTIATOR, clauseInput(f.clause.id, 1, { status: "IN_NEGOTIATION" })),
      refused: (f) => updateDealClause(f.actors.NEGOTIATOR, clauseInput(f.clause.id, 2, { status: "NOT_STARTED", notes: "oops" })),
      code: "INVALID_INPUT",
      field: "status",
    },
    "updateDealClause to NOT_APPLICABLE without a reason": {
      refused: (f) => updateDealClause(f.actors.NEGOTIATOR, clauseInput(f.clause.id, 1, { status: "NOT_APPLICABLE", notApplicableReason: "   " })),
      code: "INVALID_INPUT",
      field: "notApplicableReason",
    },
    "updateDealClause on an archived deal": {
      prepare: (f) => setDealArchived(f.actors.NEGOTIATOR, { dealId: f.deal.id, version: 1, archived: true }),
      refused: (f) => updateDealClause(f.actors.NEGOTIATOR, clauseInput(f.clause.id, 1, { notes: "too late" })),
      code: "CONFLICT",
    },
    "logVendorResponse moving the status back to NOT_STARTED": {
      prepare: (f) => updateDealClause(f.actors.NEGOTIATOR, clauseInput(f.clause.id, 1, { status: "IN_NEGOTIATION" })),
      refused: (f) => logVendorResponse(f.actors.NEGOTIATOR, responseInput(f.clause.id, 2, { newStatus: "NOT_STARTED" })),
      code: "INVALID_INPUT",
      field: "newStatus",
    },
    "logVendorResponse to NOT_APPLICABLE without a reason": {
      refused: (f) => logVendorResponse(f.actors.NEGOTIATOR, responseInput(f.clause.id, 1, { newStatus: "NOT_APPLICABLE" })),
      code: "INVALID_INPUT",
      field: "notApplicableReason",
    },
    "logVendorResponse changing the status from a stale version": {
      prepare: (f) => updateDealClause(f.actors.NEGOTIATOR, clauseInput(f.clause.id, 1, { notes: "meanwhile" })),
      refused: (f) => logVendorResponse(f.actors.NEGOTIATOR, responseInput(f.clause.id, 1, { newStatus: "MUST_HAVE_MET" })),
      code: "CONFLICT",
    },
    "logVendorResponse on an archived deal": {
      prepare: (f) => setDealArchived(f.actors.NEGOTIATOR, { dealId: f.deal.id, version: 1, archived: true }),
      refused: (f) => logVendorResponse(f.actors.NEGOTIATOR, responseInput(f.clause.id, 1)),
      code: "CONFLICT",
    },
  };

  it.each(Object.entries(cases))("%s", async (_name, c) => {
    const team = await createTeam();
    const fixture: Fixture = { ...team, ...(await createTestDeal(team.actors.NEGOTIATOR)) };
    await c.prepare?.(fixture);
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    const error = await appErrorOf(c.refused(fixture));
    expect(error.code).toBe(c.code);
    if (c.field) expect(Object.keys(error.fieldErrors ?? {})).toEqual([c.field]);
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
  });
});

describe("the change and its audit event share one transaction", () => {
  const original = vi.importActual<typeof import("@/lib/services/audit")>("@/lib/services/audit");
  const mutations: Record<string, (a: Record<"NEGOTIATOR" | "ADMIN", Actor>, ids: { dealId: string; clauseId: string }) => Promise<unknown>> = {
    createDeal: (a) => createDeal(a.NEGOTIATOR, dealInput(a.NEGOTIATOR.userId, { name: "Never saved" })),
    updateDeal: (a, ids) => updateDeal(a.NEGOTIATOR, { ...dealInput(a.NEGOTIATOR.userId, { name: "Never saved" }), dealId: ids.dealId, version: 1 }),
    archiveDeal: (a, ids) => setDealArchived(a.NEGOTIATOR, { dealId: ids.dealId, version: 1, archived: true }),
    updateDealClause: (a, ids) => updateDealClause(a.NEGOTIATOR, clauseInput(ids.clauseId, 1, { status: "MUST_HAVE_MET", notes: "Never saved" })),
    logVendorResponse: (a, ids) => logVendorResponse(a.NEGOTIATOR, responseInput(ids.clauseId, 1, { newStatus: "IN_NEGOTIATION" })),
  };

  it.each(Object.entries(mutations))("%s: an audit write that fails after inserting rolls the change back", async (_name, mutate) => {
    const { org, actors } = await createTeam();
    const { deal, clause } = await createTestDeal(actors.NEGOTIATOR);
    const before = await snapshotOrgs(org.id);
    vi.mocked(audit.recordAudit).mockImplementationOnce(async (...args) => {
      await (await original).recordAudit(...args);
      throw new Error("audit store unavailable");
    });
    await expect(mutate(actors, { dealId: deal.id, clauseId: clause.id })).rejects.toThrow("audit store unavailable");
    expect(await snapshotOrgs(org.id)).toEqual(before);
  });
});

describe("createDeal pins the current playbook", () => {
  it("creates one DealClause per playbook clause and one DealRecommendation per recommendation", async () => {
    const { playbook, actors } = await createTeam();
    const { id } = await createDeal(actors.NEGOTIATOR, dealInput(actors.NEGOTIATOR.userId));
    const deal = await db.deal.findUniqueOrThrow({ where: { id }, include: { clauses: true, recommendations: true } });
    expect(deal.playbookId).toBe(playbook.id);

    const clauses = await db.clause.findMany({ where: { playbookId: playbook.id }, select: { id: true } });
    const recommendations = await db.recommendation.findMany({ where: { playbookId: playbook.id }, select: { id: true } });
    expect(clauses.length).toBeGreaterThan(10);
    expect(recommendations.length).toBeGreaterThan(3);
    expect(deal.clauses.map((c) => c.clauseId).sort()).toEqual(clauses.map((c) => c.id).sort());
    expect(deal.recommendations.map((r) => r.recommendationId).sort()).toEqual(recommendations.map((r) => r.id).sort());
    expect(new Set(deal.clauses.map((c) => `${c.status}/${c.version}`))).toEqual(new Set(["NOT_STARTED/1"]));
    expect(deal.recommendations.every((r) => !r.done)).toBe(true);
  });

  it("a new playbook version applies to new deals only; existing deals keep theirs", async () => {
    const { org, playbook, actors } = await createTeam();
    const { id: oldDealId } = await createDeal(actors.NEGOTIATOR, dealInput(actors.NEGOTIATOR.userId, { name: "On v1" }));
    const oldClauseCount = await db.dealClause.count({ where: { dealId: oldDealId } });

    const v2 = await db.$transaction(async (tx) => {
      await tx.playbook.update({ where: { id: playbook.id }, data: { isCurrent: false } });
      const created = await tx.playbook.create({ data: { organizationId: org.id, version: 2, name: "Slim playbook", isCurrent: true } });
      const layer = await tx.layer.create({
        data: { playbookId: created.id, key: "weights-artifacts", position: 0, title: "Weights", summary: "", source: "test" },
      });
      await tx.clause.create({
        data: {
          playbookId: created.id,
          layerId: layer.id,
          key: "weights-delivery",
          position: 0,
          title: "Weights delivered",
          whyItMatters: "",
          mustHave: "",
          fallback: "",
          walkAway: "",
          priority: "MUST_HAVE",
          source: "test",
        },
      });
      await tx.recommendation.create({ data: { playbookId: created.id, key: "plan-exit", position: 0, title: "Plan the exit", detail: "", source: "test" } });
      return created;
    });

    const watch = await watchAudit(org.id);
    const { id: newDealId } = await createDeal(actors.NEGOTIATOR, dealInput(actors.NEGOTIATOR.userId, { name: "On v2" }));
    expect((await watch.added())[0].after).toMatchObject({ playbookVersion: 2 });
    const newDeal = await db.deal.findUniqueOrThrow({
      where: { id: newDealId },
      include: { clauses: { include: { clause: true } }, recommendations: { include: { recommendation: true } } },
    });
    expect(newDeal.playbookId).toBe(v2.id);
    expect(newDeal.clauses.map((c) => c.clause.key)).toEqual(["weights-delivery"]);
    expect(newDeal.recommendations.map((r) => r.recommendation.key)).toEqual(["plan-exit"]);

    const oldDeal = await db.deal.findUniqueOrThrow({ where: { id: oldDealId } });
    expect(oldDeal.playbookId).toBe(playbook.id);
    expect(await db.dealClause.count({ where: { dealId: oldDealId } })).toBe(oldClauseCount);
  });
});

describe("optimistic concurrency on a clause", () => {
  it("refuses the second of two saves made from the same version and shows the winner's values", async () => {
    const { org, actors } = await createTeam();
    const { deal, clause } = await createTestDeal(actors.NEGOTIATOR);
    const alice = await getDealClause(actors.NEGOTIATOR, deal.id, clause.id);
    const bob = await getDealClause(actors.ADMIN, deal.id, clause.id);
    expect(alice.item.version).toBe(1);
    expect(bob.item.version).toBe(1);

    const watch = await watchAudit(org.id);
    await updateDealClause(
      actors.NEGOTIATOR,
      clauseInput(clause.id, alice.item.version, { status: "FALLBACK_ACCEPTED", notes: "Alice: fallback agreed", contractReference: "§7" }),
    );
    const error = await appErrorOf(
      updateDealClause(actors.ADMIN, clauseInput(clause.id, bob.item.version, { status: "BELOW_WALK_AWAY", notes: "Bob: they refused" })),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.details).toEqual({
      current: {
        status: "FALLBACK_ACCEPTED",
        notApplicableReason: null,
        agreedLanguage: "Agreed as drafted.",
        contractReference: "§7",
        notes: "Alice: fallback agreed",
        version: 2,
      },
    });
    expect(await db.dealClause.findUniqueOrThrow({ where: { id: clause.id } })).toMatchObject({
      status: "FALLBACK_ACCEPTED",
      notes: "Alice: fallback agreed",
      contractReference: "§7",
      version: 2,
      updatedById: actors.NEGOTIATOR.userId,
    });
    expect(await watch.added()).toHaveLength(1);
  });

  it("50 concurrent saves from the same version: exactly one wins, 49 get CONFLICT, one audit event", async () => {
    const { org, actors } = await createTeam();
    const { clause } = await createTestDeal(actors.NEGOTIATOR);
    const statuses: ClauseStatus[] = ["IN_NEGOTIATION", "MUST_HAVE_MET", "FALLBACK_ACCEPTED", "BELOW_WALK_AWAY", "NOT_STARTED"];
    const inputs = Array.from({ length: 50 }, (_, i) => ({
      actor: i % 2 ? actors.ADMIN : actors.NEGOTIATOR,
      input: clauseInput(clause.id, 1, {
        status: statuses[i % statuses.length],
        notes: `writer ${i}`,
        contractReference: `§${i}`,
        agreedLanguage: `language ${i}`,
      }),
    }));
    const watch = await watchAudit(org.id);

    const results = await Promise.allSettled(inputs.map(({ actor, input }) => updateDealClause(actor, input)));

    const winners = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
    expect(winners).toHaveLength(1);
    const winner = inputs[winners[0]];
    const refusals = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason);
    expect(refusals).toHaveLength(49);
    for (const reason of refusals) {
      expect(reason).toBeInstanceOf(AppError);
      expect((reason as AppError).code).toBe("CONFLICT");
      expect((reason as AppError).details).toMatchObject({ current: { notes: winner.input.notes, version: 2 } });
    }

    const row = await db.dealClause.findUniqueOrThrow({ where: { id: clause.id } });
    expect(row).toMatchObject({
      status: winner.input.status,
      notes: winner.input.notes,
      contractReference: winner.input.contractReference,
      agreedLanguage: winner.input.agreedLanguage,
      version: 2,
      updatedById: winner.actor.userId,
    });
    const events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0].after).toMatchObject({ notes: winner.input.notes, version: 2 });
  });
});

describe("logVendorResponse recognises red flags", () => {
  it("stores the recognised red-flag and pitch keys and moves the status in the same step", async () => {
    const { org, actors } = await createTeam();
    const { clause } = await createTestDeal(actors.NEGOTIATOR);
    const watch = await watchAudit(org.id);
    const result = await logVendorResponse(
      actors.NEGOTIATOR,
      responseInput(clause.id, 1, {
        channel: "CALL",
        vendorText: "We will host the model for you, so you never need the weights",
        stance: "COUNTERS",
        offerPosition: "BELOW_WALK_AWAY",
        newStatus: "BELOW_WALK_AWAY",
      }),
    );
    expect(result.redFlags).toContain("hosting-only");
    expect(result.version).toBe(2);

    const stored = await db.vendorResponse.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored.redFlagKeys).toContain("hosting-only");
    expect(stored.redFlagKeys).toEqual(result.redFlags);
    expect(stored.pitchKeys).toContain("hosting-only");
    expect(stored).toMatchObject({
      channel: "CALL",
      stance: "COUNTERS",
      offerPosition: "BELOW_WALK_AWAY",
      vendorText: "We will host the model for you, so you never need the weights",
      occurredOn: new Date("2026-03-02T00:00:00Z"),
    });
    expect(await db.dealClause.findUniqueOrThrow({ where: { id: clause.id } })).toMatchObject({ status: "BELOW_WALK_AWAY", version: 2 });
    const events = await watch.added();
    expect(events).toHaveLength(1);
    expect(events[0].after).toMatchObject({ status: "BELOW_WALK_AWAY", redFlags: expect.arrayContaining(["hosting-only"]) });
  });

  it("stores no keys for harmless wording", async () => {
    const { actors } = await createTeam();
    const { clause } = await createTestDeal(actors.NEGOTIATOR);
    const result = await logVendorResponse(actors.NEGOTIATOR, responseInput(clause.id, 1, { vendorText: "Agreed, we will sign the clause as drafted." }));
    expect(result.redFlags).toEqual([]);
    const stored = await db.vendorResponse.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored.redFlagKeys).toEqual([]);
    expect(stored.pitchKeys).toEqual([]);
  });
});

describe("listDeals", () => {
  const query = (q: Record<string, unknown> = {}) => ZDealListQuery.parse(q);
  const names = (page: { items: { name: string }[] }) => page.items.map((d) => d.name);

  async function portfolio() {
    const team = await createTeam();
    const { actors, foreignAdmin } = team;
    const make = (actor: Actor, overrides: Parameters<typeof dealInput>[1]) => createTestDeal(actor, overrides);
    const alpha = await make(actors.NEGOTIATOR, {
      name: "Alpha claims",
      vendor: "Acme AI",
      stage: "NEGOTIATING",
      contractValue: 500_00n,
      targetSigningDate: new Date("2026-05-01T00:00:00Z"),
      useCase: "Claims",
    });
    const beta = await make(actors.ADMIN, {
      name: "Beta fraud",
      vendor: "Borealis",
      stage: "INTAKE",
      contractValue: 100_00n,
      targetSigningDate: null,
      useCase: "Fraud scoring",
    });
    const gamma = await make(actors.ADMIN, {
      name: "Gamma support",
      vendor: "acme ai",
      stage: "NEGOTIATING",
      contractValue: 300_00n,
      targetSigningDate: new Date("2026-04-01T00:00:00Z"),
      useCase: "Underwriting assistant",
    });
    const delta = await make(actors.NEGOTIATOR, { name: "Delta archived", vendor: "Acme AI", stage: "NEGOTIATING" });
    await setDealArchived(actors.NEGOTIATOR, { dealId: delta.deal.id, version: 1, archived: true });
    // Another organisation with look-alike deals, which must never show up.
    const foreign = await make(foreignAdmin, { name: "Alpha claims (foreign)", vendor: "Acme AI", stage: "NEGOTIATING", useCase: "Underwriting" });
    await updateDealClause(actors.NEGOTIATOR, clauseInput(alpha.clause.id, 1, { status: "MUST_HAVE_MET" }));
    return { ...team, alpha, beta, gamma, delta, foreign };
  }

  it("excludes archived deals by default, can show only or also archived ones, never another organisation's", async () => {
    const p = await portfolio();
    const all = await listDeals(p.actors.VIEWER, query({ sort: "name", dir: "asc" }));
    expect(names(all)).toEqual(["Alpha claims", "Beta fraud", "Gamma support"]);
    expect(all.total).toBe(3);
    expect(names(await listDeals(p.actors.VIEWER, query({ archived: "only" })))).toEqual(["Delta archived"]);
    expect(names(await listDeals(p.actors.VIEWER, query({ archived: "include", sort: "name", dir: "asc" })))).toEqual([
      "Alpha claims",
      "Beta fraud",
      "Delta archived",
      "Gamma support",
    ]);

    const foreignView = await listDeals(p.foreignAdmin, query({ archived: "include" }));
    expect(names(foreignView)).toEqual(["Alpha claims (foreign)"]);
    expect(await listDeals(p.foreignAdmin, query({ ownerId: p.actors.NEGOTIATOR.userId }))).toMatchObject({ items: [], total: 0 });
  });

  it("filters by stage, owner, vendor (case-insensitive exact) and text (name, vendor, use case)", async () => {
    const p = await portfolio();
    const list = async (q: Record<string, unknown>) => names(await listDeals(p.actors.MANAGER, query({ sort: "name", dir: "asc", ...q })));
    expect(await list({ stage: "NEGOTIATING" })).toEqual(["Alpha claims", "Gamma support"]);
    expect(await list({ stage: "INTAKE" })).toEqual(["Beta fraud"]);
    expect(await list({ ownerId: p.actors.NEGOTIATOR.userId })).toEqual(["Alpha claims"]);
    expect(await list({ ownerId: p.actors.ADMIN.userId })).toEqual(["Beta fraud", "Gamma support"]);
    // Exact vendor names, as the vendor filter lists them and the portfolio counts them.
    // "acme ai" typed on Gamma's form is the vendor record "Acme AI" (the same exact key), so its text is the record's name.
    expect(await list({ vendor: "Acme AI" })).toEqual(["Alpha claims", "Gamma support"]);
    expect(await list({ vendor: "acme ai" })).toEqual([]);
    expect(await list({ vendor: "Acme" })).toEqual([]);
    expect(await list({ q: "underwriting" })).toEqual(["Gamma support"]);
    expect(await list({ q: "ALPHA" })).toEqual(["Alpha claims"]);
    expect(await list({ q: "borea" })).toEqual(["Beta fraud"]);
    expect(await list({ q: "acme", stage: "NEGOTIATING", ownerId: p.actors.ADMIN.userId })).toEqual(["Gamma support"]);
    expect(await list({ q: "no such deal" })).toEqual([]);
  });

  it("sorts by name, value, signing date and stage in both directions and reports progress", async () => {
    const p = await portfolio();
    const list = async (sort: string, dir: string) => names(await listDeals(p.actors.CIO, query({ sort, dir })));
    expect(await list("name", "desc")).toEqual(["Gamma support", "Beta fraud", "Alpha claims"]);
    expect(await list("value", "asc")).toEqual(["Beta fraud", "Gamma support", "Alpha claims"]);
    expect(await list("value", "desc")).toEqual(["Alpha claims", "Gamma support", "Beta fraud"]);
    expect(await list("signing", "asc")).toEqual(["Gamma support", "Alpha claims", "Beta fraud"]);
    expect(await list("signing", "desc")).toEqual(["Alpha claims", "Gamma support", "Beta fraud"]);
    // Stage in workflow order, then the most recently touched deal first.
    expect(await list("stage", "asc")).toEqual(["Beta fraud", "Alpha claims", "Gamma support"]);
    expect(await list("stage", "desc")).toEqual(["Alpha claims", "Gamma support", "Beta fraud"]);
    // The most recently touched deal first by default: Alpha's clause was saved last.
    expect((await list("updated", "desc"))[0]).toBe("Alpha claims");

    const alpha = (await listDeals(p.actors.CIO, query({ q: "alpha" }))).items[0];
    const clauseCount = await db.dealClause.count({ where: { dealId: p.alpha.deal.id } });
    expect(alpha).toMatchObject({
      id: p.alpha.deal.id,
      vendor: "Acme AI",
      stage: "NEGOTIATING",
      contractValueMinor: "50000",
      currency: "EUR",
      targetSigningDate: "2026-05-01",
      archived: false,
      owner: { id: p.actors.NEGOTIATOR.userId },
    });
    expect(alpha.progress).toMatchObject({ total: clauseCount, mustHave: 1, open: clauseCount - 1 });
  });

  it("paginates without gaps or overlaps", async () => {
    const { org } = await createOrganization("Big portfolio");
    const owner = await actorFor((await createUser(org.id, "NEGOTIATOR")).id);
    const count = DEALS_PAGE_SIZE + 2;
    for (let i = 1; i <= count; i++) await createDeal(owner, dealInput(owner.userId, { name: `Deal ${String(i).padStart(2, "0")}` }));
    const page1 = await listDeals(owner, query({ sort: "name", dir: "asc", page: 1 }));
    const page2 = await listDeals(owner, query({ sort: "name", dir: "asc", page: "2" }));
    const page3 = await listDeals(owner, query({ sort: "name", dir: "asc", page: 3 }));
    expect(page1).toMatchObject({ total: count, page: 1, pageSize: DEALS_PAGE_SIZE, pageCount: 2 });
    expect(page1.items).toHaveLength(DEALS_PAGE_SIZE);
    expect(names(page1)[0]).toBe("Deal 01");
    expect(names(page2)).toEqual([`Deal ${count - 1}`, `Deal ${count}`]);
    expect(page3.items).toEqual([]);
    const ids = [...page1.items, ...page2.items].map((d) => d.id);
    expect(new Set(ids).size).toBe(count);
  });
});

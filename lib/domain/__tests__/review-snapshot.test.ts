import { describe, expect, it } from "vitest";
import { computeReadiness } from "../readiness";
import {
  approvalStillHolds,
  buildReviewSnapshot,
  clauseChangesSince,
  factChangesSince,
  parseReviewSnapshot,
  type CurrentClauseTerms,
  type DealFacts,
} from "../review-snapshot";

const facts: DealFacts = {
  vendor: "Northstar Analytics",
  hostingModel: "VENDOR_HOSTED",
  baseModel: "Northstar TS-2",
  baseModelLicence: "Proprietary",
  baseModelLicenceType: "PROPRIETARY",
  regulatedSector: false,
  contractValueMinor: "85000000",
  currency: "USD",
};

const readiness = computeReadiness({
  clauses: [
    { clauseKey: "weights", title: "Weights delivered", layerKey: "weights-artifacts", priority: "MUST_HAVE", status: "MUST_HAVE_MET", riskAccepted: false },
    { clauseKey: "escrow", title: "Escrow", layerKey: "deployment-exit", priority: "IMPORTANT", status: "BELOW_WALK_AWAY", riskAccepted: true },
  ],
  scenarios: [{ key: "vendor-collapse", title: "Vendor collapse", ifUncovered: "If the vendor shuts down:", defendedBy: ["weights", "escrow"] }],
});

const snapshot = buildReviewSnapshot({
  readiness,
  takenAt: new Date("2026-11-30T10:00:00Z"),
  clauses: [
    {
      dealClauseId: "dc-weights",
      clauseKey: "weights",
      title: "Weights delivered",
      status: "MUST_HAVE_MET",
      version: 3,
      agreedLanguage: "Client owns the weights.",
      contractReference: "§ 4.1",
    },
    { dealClauseId: "dc-escrow", clauseKey: "escrow", title: "Escrow", status: "BELOW_WALK_AWAY", version: 2, agreedLanguage: "", contractReference: "" },
  ],
  acceptedRisks: [{ dealClauseId: "dc-escrow", clauseKey: "escrow", rationale: "Vendor is a subsidiary of our group.", acceptedById: "u-cio" }],
  deal: facts,
  playbookId: "pb-1",
});

const asNow: CurrentClauseTerms[] = [
  { dealClauseId: "dc-weights", status: "MUST_HAVE_MET", agreedLanguage: "Client owns the weights.", contractReference: "§ 4.1" },
  { dealClauseId: "dc-escrow", status: "BELOW_WALK_AWAY", agreedLanguage: "", contractReference: "" },
];

describe("buildReviewSnapshot", () => {
  it("freezes the readiness as computed, the clauses and the acceptances, and survives a JSON round trip", () => {
    expect(snapshot).toMatchObject({
      score: readiness.score,
      ready: readiness.ready,
      blockers: readiness.blockers,
      scenarios: readiness.scenarios,
      sections: readiness.sections,
    });
    expect(snapshot.takenAt).toBe("2026-11-30T10:00:00.000Z");
    expect(parseReviewSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
  });
});

describe("parseReviewSnapshot reads what earlier releases stored", () => {
  it("a snapshot without agreed terms or who accepted a risk", () => {
    const old = JSON.parse(JSON.stringify(snapshot));
    for (const c of old.clauses) {
      delete c.agreedLanguage;
      delete c.contractReference;
    }
    delete old.acceptedRisks[0].acceptedById;
    delete old.deal;
    const read = parseReviewSnapshot(old);
    expect(read.score).toBe(snapshot.score);
    expect(read.clauses[0]).toEqual({ dealClauseId: "dc-weights", clauseKey: "weights", title: "Weights delivered", status: "MUST_HAVE_MET", version: 3 });
    expect(read.acceptedRisks[0].acceptedById).toBeUndefined();
    expect(read.deal).toBeUndefined();
    // Such a snapshot cannot tell a fact change.
    expect(factChangesSince(read, { ...facts, vendor: "Someone else" })).toEqual([]);
  });

  it("missing or damaged parts read as empty, the rest is kept", () => {
    const read = parseReviewSnapshot({ score: 64, ready: false, blockers: "not a list", clauses: [{ dealClauseId: 1 }] });
    expect(read).toEqual({
      score: 64,
      ready: false,
      blockers: [],
      scenarios: [],
      sections: [],
      takenAt: "",
      clauses: [],
      acceptedRisks: [],
      deal: undefined,
      licenceFindings: [],
      licenceAcceptances: [],
    });
    expect(parseReviewSnapshot(null).score).toBe(0);
    expect(parseReviewSnapshot("garbage").ready).toBe(false);
  });
});

describe("clauseChangesSince: what an approval relied on", () => {
  it("nothing changed", () => {
    expect(clauseChangesSince(snapshot, asNow)).toEqual([]);
  });

  it("a status, the agreed language or the contract section changing counts; notes are not compared", () => {
    const moved = asNow.map((c) => (c.dealClauseId === "dc-escrow" ? { ...c, status: "FALLBACK_ACCEPTED" as const } : c));
    expect(clauseChangesSince(snapshot, moved)).toEqual([{ clauseKey: "escrow", title: "Escrow", from: "BELOW_WALK_AWAY", to: "FALLBACK_ACCEPTED" }]);
    const reworded = asNow.map((c) => (c.dealClauseId === "dc-weights" ? { ...c, agreedLanguage: "Vendor licenses the weights." } : c));
    expect(clauseChangesSince(snapshot, reworded)).toEqual([{ clauseKey: "weights", title: "Weights delivered", from: "MUST_HAVE_MET", to: "MUST_HAVE_MET" }]);
    const renumbered = asNow.map((c) => (c.dealClauseId === "dc-weights" ? { ...c, contractReference: "§ 9" } : c));
    expect(clauseChangesSince(snapshot, renumbered)).toHaveLength(1);
  });

  it("an old snapshot that did not record terms only notices status changes", () => {
    const old = parseReviewSnapshot({ ...snapshot, clauses: snapshot.clauses.map(({ agreedLanguage: _a, contractReference: _c, ...rest }) => rest) });
    const reworded = asNow.map((c) => ({ ...c, agreedLanguage: "Different words", contractReference: "§ 99" }));
    expect(clauseChangesSince(old, reworded)).toEqual([]);
  });
});

describe("factChangesSince: the deal facts an approval relied on", () => {
  it("lists each fact that moved, from and to", () => {
    expect(factChangesSince(snapshot, facts)).toEqual([]);
    expect(factChangesSince(snapshot, { ...facts, vendor: "Northstar Holdings", contractValueMinor: "99000000" })).toEqual([
      { fact: "vendor", from: "Northstar Analytics", to: "Northstar Holdings" },
      { fact: "contractValueMinor", from: "85000000", to: "99000000" },
    ]);
  });
});

describe("approvalStillHolds", () => {
  const now = { facts, playbookId: "pb-1", clauses: asNow, acceptedClauseIds: new Set(["dc-escrow"]), acceptedLicenceKeys: new Set<string>() };

  it("goes stale when the deal moves into a regulated sector or its base-model licence type changes", () => {
    expect(approvalStillHolds(snapshot, { ...now, facts: { ...facts, regulatedSector: true } })).toBe(false);
    expect(approvalStillHolds(snapshot, { ...now, facts: { ...facts, baseModelLicenceType: "OPEN_RESTRICTED" } })).toBe(false);
    expect(factChangesSince(snapshot, { ...facts, regulatedSector: true })).toEqual([{ fact: "regulatedSector", from: false, to: true }]);
  });

  it("cannot tell a change of the newer facts from a snapshot written before they existed", () => {
    const { baseModelLicenceType: _type, regulatedSector: _regulated, ...older } = facts;
    const old = parseReviewSnapshot({ ...snapshot, deal: older });
    expect(approvalStillHolds(old, { ...now, facts: { ...facts, regulatedSector: true } })).toBe(true);
  });

  it("holds while the facts and clauses are as approved and every acceptance relied on is in force", () => {
    expect(approvalStillHolds(snapshot, now)).toBe(true);
    // An acceptance added later is not something the approval relied on.
    expect(approvalStillHolds(snapshot, { ...now, acceptedClauseIds: new Set(["dc-escrow", "dc-other"]) })).toBe(true);
  });

  it("fails when an acceptance it relied on is revoked, a clause changed or a deal fact changed", () => {
    expect(approvalStillHolds(snapshot, { ...now, acceptedClauseIds: new Set() })).toBe(false);
    const moved = asNow.map((c) => (c.dealClauseId === "dc-weights" ? { ...c, status: "IN_NEGOTIATION" as const } : c));
    expect(approvalStillHolds(snapshot, { ...now, clauses: moved })).toBe(false);
    expect(approvalStillHolds(snapshot, { ...now, facts: { ...facts, hostingModel: "API_ONLY" } })).toBe(false);
    expect(approvalStillHolds(snapshot, { ...now, facts: { ...facts, baseModelLicence: "Apache-2.0" } })).toBe(false);
  });

  it("fails when the licence facts change or a licence-finding acceptance it relied on is withdrawn", () => {
    const licensed = { ...facts, baseModelLicenceKey: "llama-3.1-community", expectedMonthlyUsers: 900_000_000, useCaseCategory: "CUSTOMER_FACING" as const };
    const approved = parseReviewSnapshot({
      ...snapshot,
      deal: licensed,
      licenceAcceptances: [{ findingKey: "user-threshold", rationale: "Permission sought." }],
    });
    const standing = { ...now, facts: licensed, acceptedLicenceKeys: new Set(["user-threshold"]) };
    expect(approvalStillHolds(approved, standing)).toBe(true);
    expect(approvalStillHolds(approved, { ...standing, acceptedLicenceKeys: new Set<string>() })).toBe(false);
    expect(approvalStillHolds(approved, { ...standing, facts: { ...licensed, expectedMonthlyUsers: 950_000_000 } })).toBe(false);
    expect(approvalStillHolds(approved, { ...standing, facts: { ...licensed, useCaseCategory: "HEALTHCARE" } })).toBe(false);
    expect(approvalStillHolds(approved, { ...standing, facts: { ...licensed, baseModelLicenceKey: null } })).toBe(false);
    expect(factChangesSince(approved, { ...licensed, expectedMonthlyUsers: null })).toEqual([{ fact: "expectedMonthlyUsers", from: 900_000_000, to: null }]);
    // A snapshot written before licence facts existed cannot tell their change.
    expect(approvalStillHolds(snapshot, { ...now, facts: licensed })).toBe(true);
  });

  it("fails after a playbook upgrade, even when no clause moved: the deal follows another version", () => {
    expect(approvalStillHolds(snapshot, { ...now, playbookId: "pb-2" })).toBe(false);
  });

  it("fails when the checklist gained or lost a clause, also for a snapshot that did not record the version", () => {
    const legacy = parseReviewSnapshot({ ...snapshot, playbookId: undefined });
    expect(approvalStillHolds(legacy, { ...now, playbookId: "pb-2" })).toBe(true);
    const added = [...asNow, { dealClauseId: "dc-new", status: "NOT_STARTED" as const, agreedLanguage: "", contractReference: "" }];
    expect(approvalStillHolds(legacy, { ...now, clauses: added })).toBe(false);
    expect(approvalStillHolds(legacy, { ...now, clauses: asNow.slice(0, 1) })).toBe(false);
  });
});

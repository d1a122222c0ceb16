import { describe, expect, it } from "vitest";
import { computeReadiness } from "@/lib/domain/readiness";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import { clausePositionChanges, planUpgrade, plannedReadinessInput, recheckReasonFor, type UpgradeDealItem } from "@/lib/playbook/upgrade-plan";
import { playbookVersion2, V2_NEW_CLAUSE_KEY, V2_RETIRED_CLAUSE_KEY } from "@/lib/test/playbook-v2";

const v1 = DEFAULT_PLAYBOOK;
const v2 = playbookVersion2();

function item(clauseKey: string, extra: Partial<UpgradeDealItem> = {}): UpgradeDealItem {
  const clause = v1.clauses.find((c) => c.key === clauseKey);
  return {
    clauseKey,
    title: clause?.title ?? clauseKey,
    section: clause?.section ?? "deployment-exit",
    status: "NOT_STARTED",
    priority: clause?.priority ?? "IMPORTANT",
    agreedLanguage: "",
    contractReference: "",
    responseCount: 0,
    riskAccepted: false,
    dealSpecific: false,
    ruleOverridden: false,
    statusBeforeRule: null,
    recheckReason: null,
    ...extra,
  };
}

/** A deal on v1: every clause open except the ones given. */
function dealOnV1(overrides: Record<string, Partial<UpgradeDealItem>> = {}, own: UpgradeDealItem[] = []) {
  return {
    items: [...v1.clauses.map((c) => item(c.key, overrides[c.key])), ...own],
    steps: v1.steps.map((s) => ({ key: s.key, done: s.key === "plan-exit", note: s.key === "plan-exit" ? "Exit plan agreed with procurement" : "" })),
  };
}

const facts = {
  hostingModel: "VENDOR_HOSTED" as const,
  modelKind: "",
  baseModelLicenceType: "UNKNOWN" as const,
  regulatedSector: false,
  contractValueMinor: 0n,
};

describe("clausePositionChanges", () => {
  const escrow = v1.clauses.find((c) => c.key === "model-escrow")!;

  it("sees must-have, fallback, walk-away, priority and rules, in that order", () => {
    const changed = {
      ...escrow,
      walkAway: "Anything else.",
      mustHave: "More.",
      priority: "IMPORTANT" as const,
      rules: [{ effect: "NOT_APPLICABLE" as const, when: { hostingModels: ["SELF_HOSTED" as const] }, reason: "Self-hosted." }],
    };
    expect(clausePositionChanges(escrow, changed)).toEqual(["mustHave", "walkAway", "priority", "rules"]);
  });

  it("ignores wording around the positions: title, why it matters, sample language, scenarios, pitches", () => {
    const reworded = { ...escrow, title: "Escrow", whyItMatters: "Because.", sampleLanguage: null, defends: [], counters: [], source: "" };
    expect(clausePositionChanges(escrow, reworded)).toEqual([]);
  });

  it("writes what changed as a person reads it", () => {
    const raised = { ...escrow, priority: "NICE_TO_HAVE" as const };
    expect(recheckReasonFor(["mustHave"], escrow, escrow, 2)).toBe("Must-have position changed in version 2");
    expect(recheckReasonFor(["fallback", "priority"], escrow, raised, 3)).toBe(
      "Fallback position and priority (must-have → nice to have) changed in version 3",
    );
    expect(recheckReasonFor(["mustHave", "walkAway", "rules"], escrow, escrow, 2)).toBe(
      "Must-have position, walk-away line and applicability rules changed in version 2",
    );
  });
});

describe("planUpgrade — worked example: the default playbook to its test version 2", () => {
  const deal = dealOnV1({
    "model-escrow": { status: "MUST_HAVE_MET", agreedLanguage: "Escrow with NCC, released on insolvency.", responseCount: 3 },
    "model-documentation": { status: "FALLBACK_ACCEPTED", responseCount: 1 },
    "capped-renewal-pricing": { status: "IN_NEGOTIATION", riskAccepted: false },
    [V2_RETIRED_CLAUSE_KEY]: { status: "IN_NEGOTIATION", responseCount: 2 },
    "self-host-option": { status: "BELOW_WALK_AWAY", riskAccepted: true },
  });
  const plan = planUpgrade(v1, v2, deal, 2);
  const byKey = new Map(plan.clauses.map((c) => [c.clauseKey, c]));

  it("counts 31 kept, 2 to re-check, 1 new and 1 retired out of 34 + 1 clauses", () => {
    expect(plan.counts).toEqual({ kept: 31, recheck: 2, added: 1, retired: 1 });
    expect(plan.clauses).toHaveLength(35);
    // New version's order first, the retired clause last.
    expect(plan.clauses.map((c) => c.clauseKey).slice(-2)).toEqual([V2_NEW_CLAUSE_KEY, V2_RETIRED_CLAUSE_KEY]);
  });

  it("keeps a reworded clause with its status, responses and the new title", () => {
    expect(byKey.get("model-documentation")).toMatchObject({ outcome: "KEEP", status: "FALLBACK_ACCEPTED", responseCount: 1, recheckReason: null });
    expect(byKey.get("model-documentation")!.title).toMatch(/\(reworded\)$/);
    expect(byKey.get("self-host-option")).toMatchObject({ outcome: "KEEP", status: "BELOW_WALK_AWAY", riskAccepted: true });
  });

  it("flags changed positions for re-check, keeping status, agreed language and responses", () => {
    expect(byKey.get("model-escrow")).toMatchObject({
      outcome: "RECHECK",
      changes: ["mustHave"],
      recheckReason: "Must-have position changed in version 2",
      status: "MUST_HAVE_MET",
      agreedLanguage: "Escrow with NCC, released on insolvency.",
      responseCount: 3,
    });
    expect(byKey.get("capped-renewal-pricing")).toMatchObject({
      outcome: "RECHECK",
      changes: ["priority"],
      recheckReason: "Priority (important → must-have) changed in version 2",
      priority: "MUST_HAVE",
    });
  });

  it("opens a new clause and retires a dropped one with what it held", () => {
    expect(byKey.get(V2_NEW_CLAUSE_KEY)).toMatchObject({ outcome: "NEW", status: "NOT_STARTED", responseCount: 0, priority: "IMPORTANT" });
    expect(byKey.get(V2_RETIRED_CLAUSE_KEY)).toMatchObject({ outcome: "RETIRED", status: "IN_NEGOTIATION", responseCount: 2 });
  });

  it("keeps process steps by key, opens new ones, retires dropped ones", () => {
    expect(plan.steps.find((s) => s.key === "plan-exit")).toMatchObject({ outcome: "KEEP", done: true, note: "Exit plan agreed with procurement" });
    expect(plan.steps.find((s) => s.key === "record-upgrades")).toMatchObject({ outcome: "NEW", done: false, note: "" });
    expect(plan.steps.find((s) => s.key === "document-everything")).toMatchObject({ outcome: "RETIRED", title: "Put every promise in the contract" });
    expect(plan.scenarios.every((s) => s.outcome === "KEEP")).toBe(true);
  });
});

describe("planUpgrade — edge cases", () => {
  it("an identical version keeps everything, and an earlier unanswered re-check flag stays", () => {
    const deal = dealOnV1({ "model-escrow": { status: "MUST_HAVE_MET", recheckReason: "Must-have position changed in version 2" } });
    const plan = planUpgrade(v1, v1, deal, 3);
    expect(plan.counts).toEqual({ kept: 34, recheck: 0, added: 0, retired: 0 });
    expect(plan.clauses.find((c) => c.clauseKey === "model-escrow")!.recheckReason).toBe("Must-have position changed in version 2");
  });

  it("moves deal-specific clauses along, and reports one whose key the new version takes", () => {
    const own = [
      item("eu-ai-act-annex", { dealSpecific: true, title: "EU AI Act annex" }),
      item(V2_NEW_CLAUSE_KEY, { dealSpecific: true, title: "Our residency term" }),
    ];
    const plan = planUpgrade(v1, v2, dealOnV1({}, own), 2);
    expect(plan.dealSpecific.map((c) => c.clauseKey)).toEqual(["eu-ai-act-annex", V2_NEW_CLAUSE_KEY]);
    expect(plan.keyConflicts).toEqual([V2_NEW_CLAUSE_KEY]);
    // A deal-specific clause is never retired because the playbook lacks it.
    expect(plan.clauses.some((c) => c.clauseKey === "eu-ai-act-annex")).toBe(false);
  });

  it("lists scenarios added and dropped", () => {
    const to = structuredClone(v2);
    to.scenarios = [...to.scenarios.filter((s) => s.key !== "perpetual-pilot"), { ...to.scenarios[0], key: "silent-region-move", title: "Silent region move" }];
    to.clauses = to.clauses.map((c) => ({ ...c, defends: c.defends.filter((k) => k !== "perpetual-pilot") }));
    const plan = planUpgrade(v1, to, dealOnV1(), 2);
    expect(plan.scenarios.filter((s) => s.outcome !== "KEEP").map((s) => [s.key, s.outcome])).toEqual([
      ["silent-region-move", "NEW"],
      ["perpetual-pilot", "RETIRED"],
    ]);
  });
});

describe("plannedReadinessInput — readiness after the upgrade", () => {
  it("a settled clause whose positions changed becomes a re-check blocker; the retired one leaves readiness; the new one counts open", () => {
    const allMet = Object.fromEntries(v1.clauses.map((c) => [c.key, { status: "MUST_HAVE_MET" as const }]));
    const deal = dealOnV1(allMet);
    const before = computeReadiness({
      clauses: deal.items.map((i) => ({
        clauseKey: i.clauseKey,
        title: i.title,
        layerKey: i.section,
        priority: i.priority,
        status: i.status,
        riskAccepted: false,
      })),
      scenarios: [],
    });
    expect(before).toMatchObject({ score: 100, ready: true });
    const plan = planUpgrade(v1, v2, deal, 2);
    const input = plannedReadinessInput(plan, v2, deal.items, facts);
    expect(input.clauses).toHaveLength(34);
    expect(input.clauses.some((c) => c.clauseKey === V2_RETIRED_CLAUSE_KEY)).toBe(false);
    const after = computeReadiness(input);
    expect(after.ready).toBe(false);
    // Weights in v2 on these facts: 14 must-haves × 3 + 19 important × 2 + 1 nice to have = 81, of
    // which the new, open data-residency clause (important, 2) earns nothing: round(100 × 79 / 81) = 98.
    expect(after.score).toBe(98);
    expect(after.blockers.map((b) => [b.kind, b.clauseKey])).toEqual([
      ["NEEDS_RECHECK", "model-escrow"],
      ["NEEDS_RECHECK", "capped-renewal-pricing"],
    ]);
  });

  it("evaluates the new version's rules on the deal's facts, as the upgrade will", () => {
    const deal = dealOnV1();
    const plan = planUpgrade(v1, v2, deal, 2);
    const selfHosted = plannedReadinessInput(plan, v2, deal.items, { ...facts, hostingModel: "SELF_HOSTED" });
    expect(selfHosted.clauses.find((c) => c.clauseKey === "vendor-hosting-sla")!.status).toBe("NOT_APPLICABLE");
    const regulated = plannedReadinessInput(plan, v2, deal.items, { ...facts, regulatedSector: true });
    expect(regulated.clauses.find((c) => c.clauseKey === "regulator-audit-transparency")!.priority).toBe("MUST_HAVE");
  });
});

import { describe, expect, it } from "vitest";
import { LAYER_KEYS } from "@/lib/domain/enums";
import type { ClauseStatus, LayerKey, Priority } from "@/lib/domain/enums";
import { computeReadiness, joinNatural } from "@/lib/domain/readiness";
import type { ReadinessClause, ReadinessScenario } from "@/lib/domain/readiness";

function clause(clauseKey: string, priority: Priority, status: ClauseStatus, extra: Partial<ReadinessClause> = {}): ReadinessClause {
  return {
    clauseKey,
    title: extra.title ?? clauseKey,
    layerKey: extra.layerKey ?? "deployment-exit",
    priority,
    status,
    riskAccepted: extra.riskAccepted ?? false,
    needsRecheck: extra.needsRecheck,
    recheckReason: extra.recheckReason,
  };
}

const vendorCollapse: ReadinessScenario = {
  key: "vendor-collapse",
  title: "Vendor collapse",
  ifUncovered: "If this vendor shuts down tomorrow, you have no copy of the model:",
  defendedBy: ["escrow", "delivery-on-termination", "weights-deliverable"],
};

describe("computeReadiness — score", () => {
  it("all must-haves met → 100 and ready when scenarios are covered", () => {
    const r = computeReadiness({
      clauses: [
        clause("escrow", "MUST_HAVE", "MUST_HAVE_MET", { title: "Escrow" }),
        clause("delivery-on-termination", "MUST_HAVE", "MUST_HAVE_MET", { title: "Delivery on termination" }),
        clause("weights-deliverable", "MUST_HAVE", "MUST_HAVE_MET", { title: "Weights as a deliverable" }),
        clause("audit-rights", "IMPORTANT", "MUST_HAVE_MET"),
      ],
      scenarios: [vendorCollapse],
    });
    expect(r.score).toBe(100);
    expect(r.ready).toBe(true);
    expect(r.blockers).toEqual([]);
    expect(r.scenarios[0]).toMatchObject({ key: "vendor-collapse", covered: true, acceptedRisk: false, missing: [] });
  });

  it("one fallback: exact weighted score", () => {
    // weights: MUST_HAVE 3, MUST_HAVE 3, IMPORTANT 2 → possible = 8
    // earned: 3 × 1.0 (met) + 3 × 0.6 (fallback) + 2 × 1.0 (met) = 3 + 1.8 + 2 = 6.8
    // score = round(100 × 6.8 / 8) = round(85) = 85
    const r = computeReadiness({
      clauses: [clause("a", "MUST_HAVE", "MUST_HAVE_MET"), clause("b", "MUST_HAVE", "FALLBACK_ACCEPTED"), clause("c", "IMPORTANT", "MUST_HAVE_MET")],
      scenarios: [],
    });
    expect(r.score).toBe(85);
    // a MUST_HAVE clause at fallback is secured: not a blocker
    expect(r.ready).toBe(true);
  });

  it("weights by priority: MUST_HAVE 3, IMPORTANT 2, NICE_TO_HAVE 1", () => {
    // must-have met, nice-to-have open: 3 / (3 + 1) = 75
    expect(
      computeReadiness({
        clauses: [clause("m", "MUST_HAVE", "MUST_HAVE_MET"), clause("n", "NICE_TO_HAVE", "IN_NEGOTIATION")],
        scenarios: [],
      }).score,
    ).toBe(75);
    // nice-to-have met, must-have open: 1 / 4 = 25
    expect(
      computeReadiness({
        clauses: [clause("m", "MUST_HAVE", "IN_NEGOTIATION"), clause("n", "NICE_TO_HAVE", "MUST_HAVE_MET")],
        scenarios: [],
      }).score,
    ).toBe(25);
    // important met, nice-to-have open: 2 / 3 = 66.67 → 67
    expect(
      computeReadiness({
        clauses: [clause("i", "IMPORTANT", "MUST_HAVE_MET"), clause("n", "NICE_TO_HAVE", "NOT_STARTED")],
        scenarios: [],
      }).score,
    ).toBe(67);
    // important fallback alone: 2 × 0.6 / 2 = 60
    expect(computeReadiness({ clauses: [clause("i", "IMPORTANT", "FALLBACK_ACCEPTED")], scenarios: [] }).score).toBe(60);
  });

  it("excludes NOT_APPLICABLE clauses from the score and from blockers", () => {
    const r = computeReadiness({
      clauses: [
        clause("a", "IMPORTANT", "MUST_HAVE_MET"),
        clause("b", "MUST_HAVE", "NOT_APPLICABLE"),
        clause("c", "MUST_HAVE", "NOT_APPLICABLE", { riskAccepted: true }),
      ],
      scenarios: [],
    });
    // only "a" applies: 2 / 2 = 100
    expect(r.score).toBe(100);
    expect(r.ready).toBe(true);
    expect(r.blockers).toEqual([]);
  });

  it("shows 99, not 100, when something is short, and 1, not 0, when something is secured", () => {
    // 35 must-haves met + 1 nice-to-have at fallback: 100 × (105 + 0.6) / 106 = 99.62 → would round to 100
    const nearlyAll = [
      ...Array.from({ length: 35 }, (_, i) => clause(`m${i}`, "MUST_HAVE", "MUST_HAVE_MET")),
      clause("n", "NICE_TO_HAVE", "FALLBACK_ACCEPTED"),
    ];
    expect(computeReadiness({ clauses: nearlyAll, scenarios: [] }).score).toBe(99);
    // 40 open must-haves + 1 nice-to-have at fallback: 100 × 0.6 / 121 = 0.496 → would round to 0
    const nearlyNone = [
      ...Array.from({ length: 40 }, (_, i) => clause(`m${i}`, "MUST_HAVE", "IN_NEGOTIATION", { riskAccepted: true })),
      clause("n", "NICE_TO_HAVE", "FALLBACK_ACCEPTED"),
    ];
    expect(computeReadiness({ clauses: nearlyNone, scenarios: [] }).score).toBe(1);
  });
});

describe("computeReadiness — empty deal", () => {
  it("no clauses → score 0, not ready, NO_APPLICABLE_CLAUSES blocker", () => {
    const r = computeReadiness({ clauses: [], scenarios: [] });
    expect(r.score).toBe(0);
    expect(r.ready).toBe(false);
    expect(r.blockers.map((b) => b.kind)).toEqual(["NO_APPLICABLE_CLAUSES"]);
    expect(r.sections.map((s) => s.layerKey)).toEqual([...LAYER_KEYS]);
    expect(r.sections.every((s) => s.score === 0 && s.applicable === 0)).toBe(true);
  });

  it("all clauses N/A → same as empty", () => {
    const r = computeReadiness({
      clauses: [clause("a", "MUST_HAVE", "NOT_APPLICABLE"), clause("b", "NICE_TO_HAVE", "NOT_APPLICABLE")],
      scenarios: [],
    });
    expect(r.score).toBe(0);
    expect(r.ready).toBe(false);
    expect(r.blockers).toHaveLength(1);
    expect(r.blockers[0].kind).toBe("NO_APPLICABLE_CLAUSES");
    expect(r.blockers[0].message).toMatch(/nothing/i);
  });
});

describe("computeReadiness — blockers", () => {
  it("a clause below walk-away without risk acceptance blocks; with it, it does not (but still scores 0)", () => {
    const clauses = (riskAccepted: boolean) => [
      clause("a", "MUST_HAVE", "MUST_HAVE_MET"),
      clause("b", "IMPORTANT", "BELOW_WALK_AWAY", { title: "Retraining rights", riskAccepted }),
    ];
    const blocked = computeReadiness({ clauses: clauses(false), scenarios: [] });
    // 3 / (3 + 2) = 60
    expect(blocked.score).toBe(60);
    expect(blocked.ready).toBe(false);
    expect(blocked.blockers).toEqual([
      {
        kind: "BELOW_WALK_AWAY",
        clauseKey: "b",
        message:
          "Retraining rights is below the walk-away line: the vendor's terms are worse than what we said we would never accept. Renegotiate, walk away, or accept the risk in writing.",
      },
    ]);

    const accepted = computeReadiness({ clauses: clauses(true), scenarios: [] });
    expect(accepted.score).toBe(60);
    expect(accepted.ready).toBe(true);
    expect(accepted.blockers).toEqual([]);
  });

  it("a MUST_HAVE clause below walk-away is one blocker, not two", () => {
    const r = computeReadiness({ clauses: [clause("a", "MUST_HAVE", "BELOW_WALK_AWAY")], scenarios: [] });
    expect(r.blockers.map((b) => b.kind)).toEqual(["BELOW_WALK_AWAY"]);
  });

  it("an open MUST_HAVE clause blocks unless its risk is accepted; acceptance does not add to the score", () => {
    const open = computeReadiness({
      clauses: [
        clause("a", "MUST_HAVE", "MUST_HAVE_MET"),
        clause("escrow", "MUST_HAVE", "IN_NEGOTIATION", { title: "Escrow" }),
        clause("n", "NICE_TO_HAVE", "NOT_STARTED"),
      ],
      scenarios: [],
    });
    expect(open.ready).toBe(false);
    expect(open.blockers).toEqual([
      {
        kind: "MUST_HAVE_OPEN",
        clauseKey: "escrow",
        message:
          "Escrow is a must-have and is not secured yet (in negotiation). Get the vendor to our must-have or fallback position, or accept the risk in writing.",
      },
    ]);
    // 3 / (3 + 3 + 1) = 42.86 → 43; the open nice-to-have is not a blocker
    expect(open.score).toBe(43);

    const accepted = computeReadiness({
      clauses: [
        clause("a", "MUST_HAVE", "MUST_HAVE_MET"),
        clause("escrow", "MUST_HAVE", "IN_NEGOTIATION", { title: "Escrow", riskAccepted: true }),
        clause("n", "NICE_TO_HAVE", "NOT_STARTED"),
      ],
      scenarios: [],
    });
    expect(accepted.ready).toBe(true);
    expect(accepted.blockers).toEqual([]);
    expect(accepted.score).toBe(43);
  });

  it("NOT_STARTED MUST_HAVE clauses block too", () => {
    const r = computeReadiness({ clauses: [clause("a", "MUST_HAVE", "NOT_STARTED", { title: "Data ownership" })], scenarios: [] });
    expect(r.blockers).toHaveLength(1);
    expect(r.blockers[0]).toMatchObject({ kind: "MUST_HAVE_OPEN", clauseKey: "a" });
    expect(r.blockers[0].message).toContain("(not started)");
  });

  it("orders blockers by kind, then input order", () => {
    const r = computeReadiness({
      clauses: [
        clause("escrow", "MUST_HAVE", "IN_NEGOTIATION", { title: "Escrow" }),
        clause("x", "NICE_TO_HAVE", "BELOW_WALK_AWAY"),
        clause("delivery-on-termination", "MUST_HAVE", "NOT_STARTED", { title: "Delivery on termination" }),
      ],
      scenarios: [vendorCollapse],
    });
    expect(r.blockers.map((b) => [b.kind, b.clauseKey ?? b.scenarioKey])).toEqual([
      ["BELOW_WALK_AWAY", "x"],
      ["MUST_HAVE_OPEN", "escrow"],
      ["MUST_HAVE_OPEN", "delivery-on-termination"],
      ["SCENARIO_UNCOVERED", "vendor-collapse"],
    ]);
  });
});

describe("computeReadiness — re-check after a playbook upgrade", () => {
  const reason = "Must-have position changed in version 2";

  it("a settled clause flagged for re-check blocks, with what changed; the score is unchanged", () => {
    const flagged = computeReadiness({
      clauses: [
        clause("escrow", "MUST_HAVE", "MUST_HAVE_MET", { title: "Escrow", needsRecheck: true, recheckReason: reason }),
        clause("sla", "IMPORTANT", "FALLBACK_ACCEPTED", { title: "Hosting SLA", needsRecheck: true }),
      ],
      scenarios: [],
    });
    const cleared = computeReadiness({
      clauses: [clause("escrow", "MUST_HAVE", "MUST_HAVE_MET", { title: "Escrow" }), clause("sla", "IMPORTANT", "FALLBACK_ACCEPTED", { title: "Hosting SLA" })],
      scenarios: [],
    });
    // 3 × 10 + 2 × 6 = 42 of 50 tenths → 84 either way: a re-check does not change what was agreed.
    expect(flagged.score).toBe(84);
    expect(cleared.score).toBe(84);
    expect(cleared.ready).toBe(true);
    expect(flagged.ready).toBe(false);
    expect(flagged.blockers.map((b) => [b.kind, b.clauseKey])).toEqual([
      ["NEEDS_RECHECK", "escrow"],
      ["NEEDS_RECHECK", "sla"],
    ]);
    expect(flagged.blockers[0].message).toBe(
      "Escrow needs a re-check. Must-have position changed in version 2: check that what was agreed still meets the new position, then save the clause or confirm it still holds.",
    );
    expect(flagged.blockers[1].message).toContain("Its positions changed in a newer playbook version");
  });

  it("a flagged clause that is not settled is not a re-check blocker (an open must-have still blocks as open)", () => {
    const r = computeReadiness({
      clauses: [
        clause("escrow", "MUST_HAVE", "IN_NEGOTIATION", { title: "Escrow", needsRecheck: true, recheckReason: reason }),
        clause("sla", "IMPORTANT", "NOT_STARTED", { needsRecheck: true }),
        clause("na", "MUST_HAVE", "NOT_APPLICABLE", { needsRecheck: true }),
      ],
      scenarios: [],
    });
    expect(r.blockers.map((b) => [b.kind, b.clauseKey])).toEqual([["MUST_HAVE_OPEN", "escrow"]]);
  });

  it("comes after open must-haves and before uncovered scenarios", () => {
    const r = computeReadiness({
      clauses: [
        clause("escrow", "MUST_HAVE", "MUST_HAVE_MET", { title: "Escrow", needsRecheck: true }),
        clause("delivery-on-termination", "MUST_HAVE", "NOT_STARTED"),
      ],
      scenarios: [vendorCollapse],
    });
    expect(r.blockers.map((b) => b.kind)).toEqual(["MUST_HAVE_OPEN", "NEEDS_RECHECK", "SCENARIO_UNCOVERED"]);
  });
});

describe("computeReadiness — base-model licence findings", () => {
  const overCap = { key: "user-threshold", title: "Expected users above the licence's threshold", message: "900 million against 700 million." };

  it("an open blocking licence finding makes a fully met deal not ready, names the finding, and leaves the score alone", () => {
    const clauses = [clause("escrow", "MUST_HAVE", "MUST_HAVE_MET")];
    const r = computeReadiness({ clauses, scenarios: [], licenceFindings: [overCap] });
    expect(r.score).toBe(100);
    expect(r.ready).toBe(false);
    expect(r.blockers).toEqual([
      {
        kind: "LICENCE_FINDING",
        findingKey: "user-threshold",
        message:
          "Base-model licence: Expected users above the licence's threshold. 900 million against 700 million. Resolve it, or have a CIO accept it in writing.",
      },
    ]);
    // Accepted in writing, the finding is no longer passed in: ready.
    expect(computeReadiness({ clauses, scenarios: [] }).ready).toBe(true);
  });

  it("comes last, in the order given", () => {
    const r = computeReadiness({
      clauses: [clause("delivery-on-termination", "MUST_HAVE", "NOT_STARTED")],
      scenarios: [vendorCollapse],
      licenceFindings: [overCap, { key: "restricted-use:MILITARY_DEFENCE", title: "Use case in a field the licence forbids", message: "No military use." }],
    });
    expect(r.blockers.map((b) => b.findingKey ?? b.kind)).toEqual([
      "MUST_HAVE_OPEN",
      "SCENARIO_UNCOVERED",
      "user-threshold",
      "restricted-use:MILITARY_DEFENCE",
    ]);
  });
});

describe("computeReadiness — scenarios", () => {
  it("uncovered scenario: message names the open clauses in natural English", () => {
    const r = computeReadiness({
      clauses: [
        clause("escrow", "IMPORTANT", "IN_NEGOTIATION", { title: "Escrow" }),
        clause("delivery-on-termination", "IMPORTANT", "BELOW_WALK_AWAY", {
          title: "Delivery on termination",
          riskAccepted: false,
        }),
        clause("weights-deliverable", "MUST_HAVE", "FALLBACK_ACCEPTED", { title: "Weights as a deliverable" }),
      ],
      scenarios: [vendorCollapse],
    });
    expect(r.scenarios).toEqual([
      {
        key: "vendor-collapse",
        title: "Vendor collapse",
        covered: false,
        acceptedRisk: false,
        missing: [
          { clauseKey: "escrow", title: "Escrow" },
          { clauseKey: "delivery-on-termination", title: "Delivery on termination" },
        ],
        message: "If this vendor shuts down tomorrow, you have no copy of the model: Escrow and Delivery on termination are still open.",
      },
    ]);
    const blocker = r.blockers.find((b) => b.kind === "SCENARIO_UNCOVERED");
    expect(blocker).toEqual({
      kind: "SCENARIO_UNCOVERED",
      scenarioKey: "vendor-collapse",
      message: "If this vendor shuts down tomorrow, you have no copy of the model: Escrow and Delivery on termination are still open.",
    });
  });

  it("one missing clause uses 'is'", () => {
    const r = computeReadiness({
      clauses: [
        clause("escrow", "IMPORTANT", "NOT_STARTED", { title: "Escrow" }),
        clause("delivery-on-termination", "IMPORTANT", "MUST_HAVE_MET"),
        clause("weights-deliverable", "IMPORTANT", "MUST_HAVE_MET"),
      ],
      scenarios: [vendorCollapse],
    });
    expect(r.scenarios[0].message).toBe("If this vendor shuts down tomorrow, you have no copy of the model: Escrow is still open.");
  });

  it("risk-accepted defending clause → covered with accepted risk, not a blocker", () => {
    const r = computeReadiness({
      clauses: [
        clause("escrow", "IMPORTANT", "IN_NEGOTIATION", { title: "Escrow", riskAccepted: true }),
        clause("delivery-on-termination", "MUST_HAVE", "MUST_HAVE_MET"),
        clause("weights-deliverable", "MUST_HAVE", "MUST_HAVE_MET"),
      ],
      scenarios: [vendorCollapse],
    });
    expect(r.scenarios[0]).toMatchObject({ covered: true, acceptedRisk: true, missing: [] });
    expect(r.scenarios[0].message).toContain("accepted risk");
    expect(r.ready).toBe(true);
    // 3 + 3 of 2 + 3 + 3 = 6 / 8 = 75: the acceptance adds nothing to the score
    expect(r.score).toBe(75);
  });

  it("defending clauses that are N/A or absent from the deal are ignored", () => {
    const r = computeReadiness({
      clauses: [clause("escrow", "MUST_HAVE", "NOT_APPLICABLE", { title: "Escrow" }), clause("weights-deliverable", "MUST_HAVE", "MUST_HAVE_MET")],
      scenarios: [vendorCollapse],
    });
    expect(r.scenarios[0]).toMatchObject({ covered: true, acceptedRisk: false, missing: [] });
    expect(r.ready).toBe(true);

    const none = computeReadiness({
      clauses: [clause("other", "IMPORTANT", "MUST_HAVE_MET")],
      scenarios: [vendorCollapse],
    });
    expect(none.scenarios[0].covered).toBe(true);
    expect(none.scenarios[0].message).toMatch(/applies/);
  });

  it("an uncovered scenario blocks even when every must-have is met", () => {
    const r = computeReadiness({
      clauses: [clause("escrow", "MUST_HAVE", "MUST_HAVE_MET"), clause("delivery-on-termination", "MUST_HAVE", "MUST_HAVE_MET")],
      scenarios: [{ ...vendorCollapse, defendedBy: ["escrow", "delivery-on-termination"] }],
    });
    expect(r.ready).toBe(true);
    const r2 = computeReadiness({
      clauses: [
        clause("escrow", "MUST_HAVE", "MUST_HAVE_MET"),
        clause("delivery-on-termination", "MUST_HAVE", "MUST_HAVE_MET"),
        clause("api-exit-plan", "NICE_TO_HAVE", "IN_NEGOTIATION", { title: "Exit plan" }),
      ],
      scenarios: [
        {
          key: "perpetual-pilot",
          title: "The perpetual pilot",
          ifUncovered: "If fees rise, you cannot leave:",
          defendedBy: ["api-exit-plan"],
        },
      ],
    });
    expect(r2.ready).toBe(false);
    expect(r2.blockers.map((b) => b.kind)).toEqual(["SCENARIO_UNCOVERED"]);
    expect(r2.blockers[0].message).toBe("If fees rise, you cannot leave: Exit plan is still open.");
  });
});

describe("computeReadiness — sections", () => {
  it("scores each layer with the same weighting, all seven in order", () => {
    const at = (layerKey: LayerKey) => ({ layerKey });
    const r = computeReadiness({
      clauses: [
        clause("t1", "MUST_HAVE", "MUST_HAVE_MET", at("training-data")),
        clause("t2", "NICE_TO_HAVE", "FALLBACK_ACCEPTED", at("training-data")),
        clause("w1", "IMPORTANT", "IN_NEGOTIATION", at("weights-artifacts")),
        clause("o1", "IMPORTANT", "NOT_APPLICABLE", at("outputs")),
      ],
      scenarios: [],
    });
    expect(r.sections.map((s) => s.layerKey)).toEqual([...LAYER_KEYS]);
    const byLayer = Object.fromEntries(r.sections.map((s) => [s.layerKey, s]));
    // training-data: (3 × 1 + 1 × 0.6) / (3 + 1) = 3.6 / 4 = 90
    expect(byLayer["training-data"]).toEqual({ layerKey: "training-data", score: 90, applicable: 2 });
    expect(byLayer["weights-artifacts"]).toEqual({ layerKey: "weights-artifacts", score: 0, applicable: 1 });
    expect(byLayer["outputs"]).toEqual({ layerKey: "outputs", score: 0, applicable: 0 });
    // overall: 3.6 / (3 + 1 + 2) = 60
    expect(r.score).toBe(60);
  });
});

describe("joinNatural", () => {
  it("joins lists the way a person would", () => {
    expect(joinNatural([])).toBe("");
    expect(joinNatural(["A"])).toBe("A");
    expect(joinNatural(["A", "B"])).toBe("A and B");
    expect(joinNatural(["A", "B", "C"])).toBe("A, B and C");
  });
});

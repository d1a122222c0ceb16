import { describe, expect, it } from "vitest";
import type { DeliverableKind } from "@/lib/domain/enums";
import type { DeliverableStatus } from "../deliverable-status";
import { clockFreeScore, exitBand, exitReadiness, type ExitReadinessInput } from "../exit-readiness";

const all = (status: DeliverableStatus, kinds: DeliverableKind[] = ["WEIGHTS", "TOKENIZER", "CONFIGURATION", "INFERENCE_CODE", "TRAINING_CODE", "DATASET"]) =>
  kinds.map((kind) => ({ kind, status }));
const clause = (
  clauseKey: string,
  status: ExitReadinessInput["clauses"][number]["status"],
  layerKey: "deployment-exit" | "weights-artifacts" = "deployment-exit",
) => ({
  clauseKey,
  layerKey,
  priority: "MUST_HAVE" as const,
  status,
});
const base: ExitReadinessInput = { hostingModel: "VENDOR_HOSTED", deliverables: [], escrow: "NONE", clauses: [] };
const points = (r: ReturnType<typeof exitReadiness>) => Object.fromEntries(r.parts.map((p) => [p.key, p.points]));

describe("exitReadiness", () => {
  it("a vendor-hosted deal with nothing delivered and no escrow is exposed: only its hosting and the absent clauses count", () => {
    const r = exitReadiness(base);
    expect(points(r)).toEqual({ runElsewhere: 0, retrain: 0, escrow: 0, exitClauses: 15, hosting: 3 });
    expect(r).toMatchObject({ score: 18, band: "exposed", escrowCounts: true });
  });

  it("gives 10 per verified asset, 5 per delivered one, and the weakest file of a part counts", () => {
    const r = exitReadiness({ ...base, deliverables: [...all("VERIFIED"), { kind: "ADAPTER", status: "DELIVERED" }] });
    expect(points(r)).toMatchObject({ runElsewhere: 35, retrain: 20 });
    expect(r.parts[0].detail).toBe("Delivered, not yet checked: model weights.");
    const mismatched = exitReadiness({ ...base, deliverables: [...all("DELIVERED"), { kind: "TOKENIZER", status: "MISMATCH" }] });
    expect(points(mismatched)).toMatchObject({ runElsewhere: 15, retrain: 10 });
    expect(mismatched.parts[0].detail).toBe(
      "Not in hand (missing, failed or not as stated): tokenizer. Delivered, not yet checked: model weights, configuration, inference code.",
    );
  });

  it("counts escrow only when current and only when the vendor runs the model", () => {
    expect(points(exitReadiness({ ...base, escrow: "FRESH" })).escrow).toBe(15);
    expect(points(exitReadiness({ ...base, escrow: "DUE_SOON" })).escrow).toBe(15);
    expect(points(exitReadiness({ ...base, escrow: "STALE" })).escrow).toBe(0);
    const selfHosted = exitReadiness({ ...base, hostingModel: "SELF_HOSTED", escrow: "NONE" });
    expect(selfHosted).toMatchObject({ escrowCounts: false });
    expect(points(selfHosted)).toMatchObject({ escrow: 15, hosting: 10 });
  });

  it("scores the exit clauses in proportion, leaving out the inapplicable and the optional ones, like the lock-in rule", () => {
    const clauses = [
      clause("delivery-on-termination", "MUST_HAVE_MET"),
      clause("self-host-option", "FALLBACK_ACCEPTED"),
      clause("model-escrow", "IN_NEGOTIATION"),
      clause("weights-as-deliverable", "NOT_STARTED", "weights-artifacts"),
      clause("licence-survives-termination", "NOT_APPLICABLE"),
      { ...clause("cloud-exit-costs", "NOT_STARTED"), priority: "IMPORTANT" as const },
    ];
    const r = exitReadiness({ ...base, clauses });
    expect(r.parts.find((p) => p.key === "exitClauses")).toMatchObject({
      points: 8,
      detail: "2 of 4 exit and portability clauses are secured at must-have or fallback.",
    });
  });

  it("reaches 100 with everything in hand, and keeps the clock-dependent escrow part out of the cached score", () => {
    const full = exitReadiness({
      hostingModel: "SELF_HOSTED",
      deliverables: all("VERIFIED"),
      escrow: "NONE",
      clauses: [clause("self-host-option", "MUST_HAVE_MET")],
    });
    expect(full).toMatchObject({ score: 100, band: "ready" });
    expect(clockFreeScore(full)).toBe(100);
    const hosted = exitReadiness({ ...base, deliverables: all("VERIFIED"), escrow: "FRESH" });
    expect(hosted.score).toBe(93);
    expect(clockFreeScore(hosted)).toBe(78);
  });

  it("bands scores at 75 and 45", () => {
    expect([exitBand(75), exitBand(74), exitBand(45), exitBand(44)]).toEqual(["ready", "partial", "partial", "exposed"]);
  });
});

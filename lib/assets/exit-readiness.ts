import { isSettled } from "@/lib/domain/clause-status";
import type { ClauseStatus, DeliverableKind, HostingModel, LayerKey, Priority } from "@/lib/domain/enums";
import { LOCK_IN_DEFENCE_CLAUSES } from "@/lib/domain/lock-in";
import type { DeliverableStatus } from "./deliverable-status";
import { isEscrowCurrent, type EscrowFreshnessStatus } from "./escrow-freshness";

// "Could we leave this vendor in 30 days?" as a score out of 100, from five parts:
//
//   1. Run it elsewhere (40): the model weights (and adapter, if fine-tuned), the tokenizer, the
//      configuration and the inference code — 10 each when verified, 5 when delivered but not yet
//      verified, nothing when missing, failed or not what the vendor stated. Where a part has several
//      promised files, the weakest counts.
//   2. Retrain it (20): the training code and the data sets, 10 each on the same terms.
//   3. Escrow (15): a deposit within the required freshness. It counts only when the vendor runs the
//      model; a deal that self-hosts gets the points, it already holds what it runs.
//   4. Exit clauses (15): the contract's routes out — the must-haves of the "Deployment & exit" section
//      and the clauses that keep a deal clear of lock-in (lib/domain/lock-in.ts) — secured at must-have
//      or fallback, in proportion; not-applicable ones are left out.
//   5. Hosting (10): self-hosted 10, hybrid 6, vendor-hosted 3, API only 0.
//
// The parts come back with their points and a sentence each, so the page can say why.

export const EXIT_PART_MAX = { runElsewhere: 40, retrain: 20, escrow: 15, exitClauses: 15, hosting: 10 } as const;
export type ExitPartKey = keyof typeof EXIT_PART_MAX;

const SLOT_POINTS = 10;
const HOSTING_POINTS: Record<HostingModel, number> = { SELF_HOSTED: 10, HYBRID: 6, VENDOR_HOSTED: 3, API_ONLY: 0 };
const HOSTING_TEXT: Record<HostingModel, string> = {
  SELF_HOSTED: "You run the model yourself.",
  HYBRID: "Part of the model runs with you, part with the vendor.",
  VENDOR_HOSTED: "The vendor runs the model for you: leaving means moving it.",
  API_ONLY: "You reach the model only through the vendor's API: nothing runs without them.",
};

const RUN_SLOTS: { label: string; kinds: DeliverableKind[] }[] = [
  { label: "model weights", kinds: ["WEIGHTS", "ADAPTER"] },
  { label: "tokenizer", kinds: ["TOKENIZER"] },
  { label: "configuration", kinds: ["CONFIGURATION"] },
  { label: "inference code", kinds: ["INFERENCE_CODE"] },
];
const RETRAIN_SLOTS: { label: string; kinds: DeliverableKind[] }[] = [
  { label: "training code", kinds: ["TRAINING_CODE"] },
  { label: "data sets", kinds: ["DATASET"] },
];

/** Score bands of the portfolio panel, by their lowest score (the SQL of the panel is given these numbers). */
export const EXIT_BANDS = ["ready", "partial", "exposed"] as const;
export type ExitBand = (typeof EXIT_BANDS)[number];
export const EXIT_BAND_MIN_SCORE = { ready: 75, partial: 45 } as const;
export const exitBand = (score: number): ExitBand =>
  score >= EXIT_BAND_MIN_SCORE.ready ? "ready" : score >= EXIT_BAND_MIN_SCORE.partial ? "partial" : "exposed";

export interface ExitReadinessInput {
  hostingModel: HostingModel;
  deliverables: readonly { kind: DeliverableKind; status: DeliverableStatus }[];
  escrow: EscrowFreshnessStatus;
  clauses: readonly { clauseKey: string; layerKey: LayerKey; priority: Priority; status: ClauseStatus }[];
}

export interface ExitPart {
  key: ExitPartKey;
  label: string;
  points: number;
  max: number;
  detail: string;
}

export interface ExitReadiness {
  score: number;
  band: ExitBand;
  parts: ExitPart[];
  /** The escrow part depends on the date: true when it counts (the vendor runs the model). */
  escrowCounts: boolean;
}

function slotPoints(
  kinds: readonly DeliverableKind[],
  deliverables: ExitReadinessInput["deliverables"],
): { points: number; state: "verified" | "delivered" | "missing" } {
  const mine = deliverables.filter((d) => kinds.includes(d.kind));
  if (!mine.length) return { points: 0, state: "missing" };
  if (mine.every((d) => d.status === "VERIFIED")) return { points: SLOT_POINTS, state: "verified" };
  if (mine.every((d) => d.status === "VERIFIED" || d.status === "DELIVERED")) return { points: SLOT_POINTS / 2, state: "delivered" };
  return { points: 0, state: "missing" };
}

function assetPart(key: "runElsewhere" | "retrain", label: string, slots: typeof RUN_SLOTS, input: ExitReadinessInput): ExitPart {
  const results = slots.map((s) => ({ ...s, ...slotPoints(s.kinds, input.deliverables) }));
  const points = results.reduce((sum, r) => sum + r.points, 0);
  const missing = results.filter((r) => r.state === "missing").map((r) => r.label);
  const unverified = results.filter((r) => r.state === "delivered").map((r) => r.label);
  const detail =
    !missing.length && !unverified.length
      ? `All delivered and checked: ${results.map((r) => r.label).join(", ")}.`
      : [
          missing.length ? `Not in hand (missing, failed or not as stated): ${missing.join(", ")}.` : "",
          unverified.length ? `Delivered, not yet checked: ${unverified.join(", ")}.` : "",
        ]
          .filter(Boolean)
          .join(" ");
  return { key, label, points, max: EXIT_PART_MAX[key], detail };
}

function escrowPart(input: ExitReadinessInput): ExitPart {
  const max = EXIT_PART_MAX.escrow;
  const label = "Escrow";
  if (input.hostingModel === "SELF_HOSTED")
    return { key: "escrow", label, points: max, max, detail: "You run the model yourself, so escrow is a backstop rather than your way out." };
  const current = isEscrowCurrent(input.escrow);
  const detail = {
    NONE: "The vendor runs the model and no escrow is arranged.",
    NO_DEPOSIT: "Escrow is arranged, but nothing has been deposited yet.",
    FRESH: "The latest deposit is within the required freshness.",
    DUE_SOON: "The latest deposit is still within the required freshness, but the next one is due soon.",
    STALE: "The latest deposit is older than the arrangement allows: what the agent holds may not run today's model.",
  }[input.escrow];
  return { key: "escrow", label, points: current ? max : 0, max, detail };
}

/** The clauses that make a route out: the exit section's must-haves and the lock-in defences, when they apply. */
export function exitClausesOf<C extends ExitReadinessInput["clauses"][number]>(clauses: readonly C[]): C[] {
  return clauses.filter(
    (c) =>
      c.status !== "NOT_APPLICABLE" &&
      ((c.layerKey === "deployment-exit" && c.priority === "MUST_HAVE") || (LOCK_IN_DEFENCE_CLAUSES as readonly string[]).includes(c.clauseKey)),
  );
}

function clausePart(input: ExitReadinessInput): ExitPart {
  const max = EXIT_PART_MAX.exitClauses;
  const relevant = exitClausesOf(input.clauses);
  const label = "Exit clauses";
  if (!relevant.length) return { key: "exitClauses", label, points: max, max, detail: "No exit clause applies to this deal." };
  const settled = relevant.filter((c) => isSettled(c.status)).length;
  const points = Math.round((max * settled) / relevant.length);
  const detail =
    settled === relevant.length
      ? `All ${relevant.length} exit and portability clauses are secured.`
      : `${settled} of ${relevant.length} exit and portability clauses are secured at must-have or fallback.`;
  return { key: "exitClauses", label, points, max, detail };
}

export function exitReadiness(input: ExitReadinessInput): ExitReadiness {
  const parts: ExitPart[] = [
    assetPart("runElsewhere", "Run it elsewhere", RUN_SLOTS, input),
    assetPart("retrain", "Retrain it", RETRAIN_SLOTS, input),
    escrowPart(input),
    clausePart(input),
    { key: "hosting", label: "Hosting", points: HOSTING_POINTS[input.hostingModel], max: EXIT_PART_MAX.hosting, detail: HOSTING_TEXT[input.hostingModel] },
  ];
  const score = parts.reduce((sum, p) => sum + p.points, 0);
  return { score, band: exitBand(score), parts, escrowCounts: input.hostingModel !== "SELF_HOSTED" };
}

/** The part of the score that does not move with the clock: the cache stores it, the portfolio adds the escrow part in SQL. */
export function clockFreeScore(readiness: ExitReadiness): number {
  return readiness.escrowCounts ? readiness.score - readiness.parts.find((p) => p.key === "escrow")!.points : readiness.score;
}

import type { DeliverableStatus } from "@/lib/assets/deliverable-status";
import type { EscrowFreshnessStatus } from "@/lib/assets/escrow-freshness";
import type { ExitBand } from "@/lib/assets/exit-readiness";
import type { ComparisonOutcome } from "@/lib/assets/manifest-compare";
import type { DeliverableKind, EscrowReleaseTrigger, VerificationMethod } from "@/lib/domain/enums";
import type { Tone } from "./tone";

export const DELIVERABLE_KIND_LABEL: Record<DeliverableKind, string> = {
  WEIGHTS: "Weights",
  ADAPTER: "Adapter",
  TOKENIZER: "Tokenizer",
  CONFIGURATION: "Configuration",
  INFERENCE_CODE: "Inference code",
  TRAINING_CODE: "Training code",
  DATASET: "Data set",
  EVALUATION_SET: "Evaluation set",
  EVALUATION_REPORT: "Evaluation report",
  MODEL_CARD: "Model card",
  OTHER: "Other",
};

export const DELIVERABLE_STATUS_LABEL: Record<DeliverableStatus, string> = {
  PROMISED: "Promised",
  OVERDUE: "Overdue",
  DELIVERED: "Delivered, not checked",
  VERIFIED: "Verified",
  MISMATCH: "Hash mismatch",
  FAILED: "Check failed",
};
export const DELIVERABLE_STATUS_TONE: Record<DeliverableStatus, Tone> = {
  PROMISED: "open",
  OVERDUE: "warn",
  DELIVERED: "ok",
  VERIFIED: "good",
  MISMATCH: "bad",
  FAILED: "bad",
};

export const VERIFICATION_METHOD_LABEL: Record<VerificationMethod, string> = {
  HASH_MATCH: "Hash matches",
  MODEL_LOADED: "Model loaded",
  EVALUATION_REPRODUCED: "Evaluation reproduced within tolerance",
};

export const ESCROW_TRIGGER_LABEL: Record<EscrowReleaseTrigger, string> = {
  INSOLVENCY: "Insolvency",
  CEASES_BUSINESS: "Vendor ceases business",
  FAILURE_TO_SUPPORT: "Failure to support",
  CHANGE_OF_CONTROL: "Change of control",
  MATERIAL_BREACH: "Material breach",
  END_OF_LIFE: "Product end of life",
};

export const ESCROW_FRESHNESS_LABEL: Record<EscrowFreshnessStatus, string> = {
  NONE: "No escrow",
  NO_DEPOSIT: "No deposit yet",
  FRESH: "Fresh",
  DUE_SOON: "Deposit due soon",
  STALE: "Stale",
};
export const ESCROW_FRESHNESS_TONE: Record<EscrowFreshnessStatus, Tone> = { NONE: "muted", NO_DEPOSIT: "warn", FRESH: "good", DUE_SOON: "warn", STALE: "bad" };

export const COMPARISON_OUTCOME_LABEL: Record<ComparisonOutcome, string> = {
  MATCH: "Hash matches",
  MISMATCH: "Hash mismatch",
  DELIVERED: "Delivered (no stated hash)",
  MISSING: "Missing",
};
export const COMPARISON_OUTCOME_TONE: Record<ComparisonOutcome, Tone> = { MATCH: "good", MISMATCH: "bad", DELIVERED: "ok", MISSING: "warn" };

export const EXIT_BAND_LABEL: Record<ExitBand, string> = { ready: "Could leave", partial: "Partly ready", exposed: "Locked in" };
export const EXIT_BAND_TONE: Record<ExitBand, Tone> = { ready: "good", partial: "warn", exposed: "bad" };

/** 1536 → "1.5 KB". */
export function formatBytes(bytes: number): string {
  const units = ["bytes", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes.toLocaleString("en")} bytes` : `${value.toFixed(value >= 10 ? 0 : 1)} ${units[unit]}`;
}

import type { DealStage, HostingModel } from "@/lib/domain/enums";
import type { Tone } from "./tone";

export const DEAL_STAGE_LABEL: Record<DealStage, string> = {
  INTAKE: "Intake",
  NEGOTIATING: "Negotiating",
  CIO_REVIEW: "CIO review",
  APPROVED: "Approved",
  SIGNED: "Signed",
  WALKED_AWAY: "Walked away",
};

export const DEAL_STAGE_TONE: Record<DealStage, Tone> = {
  INTAKE: "open",
  NEGOTIATING: "info",
  CIO_REVIEW: "warn",
  APPROVED: "good",
  SIGNED: "good",
  WALKED_AWAY: "muted",
};

export const HOSTING_MODEL_LABEL: Record<HostingModel, string> = {
  SELF_HOSTED: "Self-hosted",
  VENDOR_HOSTED: "Vendor-hosted",
  API_ONLY: "API only",
  HYBRID: "Hybrid",
};

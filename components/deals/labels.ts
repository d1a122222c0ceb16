import type { Tone } from "@/components/ui/badge";
import type { DealStage, HostingModel } from "@/lib/domain/enums";

export const HOSTING_MODEL_LABEL: Record<HostingModel, string> = {
  SELF_HOSTED: "Self-hosted",
  VENDOR_HOSTED: "Vendor-hosted",
  API_ONLY: "API only",
  HYBRID: "Hybrid",
};

export const DEAL_STAGE_TONE: Record<DealStage, Tone> = {
  INTAKE: "open",
  NEGOTIATING: "info",
  CIO_REVIEW: "warn",
  APPROVED: "good",
  SIGNED: "good",
  WALKED_AWAY: "muted",
};

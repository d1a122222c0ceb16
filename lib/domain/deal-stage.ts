import type { DealStage } from "./enums";

/**
 * Whether a deal edit may move the stage. Approval is a CIO decision recorded as a review, never
 * a field edit; CIO review is entered by submitting the deal for review (the CIOs are told), not by
 * editing it; a deal can only be marked signed once it has been approved.
 */
export function checkStageChange(from: DealStage, to: DealStage): { ok: true } | { ok: false; message: string } {
  if (from === to) return { ok: true };
  if (to === "CIO_REVIEW") return { ok: false, message: "Submit the deal for CIO review from its overview page: the CIOs are told." };
  if (to === "APPROVED") return { ok: false, message: "Only a CIO approval on the review page moves a deal to Approved." };
  if (to === "SIGNED" && from !== "APPROVED") return { ok: false, message: "A deal can be marked signed only after the CIO has approved it." };
  return { ok: true };
}

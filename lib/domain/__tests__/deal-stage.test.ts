import { describe, expect, it } from "vitest";
import { checkStageChange } from "@/lib/domain/deal-stage";

describe("checkStageChange", () => {
  it("refuses moving a deal into CIO review or approval by an edit: a submission and a review are the ways in", () => {
    expect(checkStageChange("NEGOTIATING", "CIO_REVIEW")).toMatchObject({ ok: false, message: expect.stringMatching(/Submit the deal for CIO review/) });
    expect(checkStageChange("CIO_REVIEW", "APPROVED").ok).toBe(false);
  });

  it("keeps the other moves, and leaving a stage as it is", () => {
    expect(checkStageChange("CIO_REVIEW", "NEGOTIATING").ok).toBe(true);
    expect(checkStageChange("CIO_REVIEW", "CIO_REVIEW").ok).toBe(true);
    expect(checkStageChange("INTAKE", "WALKED_AWAY").ok).toBe(true);
    expect(checkStageChange("APPROVED", "SIGNED").ok).toBe(true);
    expect(checkStageChange("NEGOTIATING", "SIGNED").ok).toBe(false);
  });
});

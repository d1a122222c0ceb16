import { describe, expect, it } from "vitest";
import { deliverableStatus, type DeliverableFacts, type VerificationFacts } from "../deliverable-status";

const A = "a".repeat(64);
const B = "b".repeat(64);
const TODAY = "2026-06-15";
const promised: DeliverableFacts = { kind: "WEIGHTS", dueOn: "2026-07-01", expectedSha256: null, deliveredSha256: null };
const check = (passed: boolean, sha256: string, createdAt: string): VerificationFacts => ({ method: "HASH_MATCH", passed, sha256, createdAt });

describe("deliverableStatus", () => {
  it("is promised until delivered, overdue once the due date has passed", () => {
    expect(deliverableStatus(promised, [], TODAY)).toBe("PROMISED");
    expect(deliverableStatus({ ...promised, dueOn: "2026-06-15" }, [], TODAY)).toBe("PROMISED");
    expect(deliverableStatus({ ...promised, dueOn: "2026-06-14" }, [], TODAY)).toBe("OVERDUE");
    expect(deliverableStatus({ ...promised, dueOn: null }, [], TODAY)).toBe("PROMISED");
  });

  it("is delivered without a check, verified by a passing check on the delivered hash, failed by a failing latest one", () => {
    const delivered = { ...promised, deliveredSha256: A };
    expect(deliverableStatus(delivered, [], TODAY)).toBe("DELIVERED");
    expect(deliverableStatus(delivered, [check(true, A, "2026-06-01T10:00:00Z")], TODAY)).toBe("VERIFIED");
    expect(deliverableStatus(delivered, [check(true, A, "2026-06-01T10:00:00Z"), check(false, A, "2026-06-02T10:00:00Z")], TODAY)).toBe("FAILED");
    expect(deliverableStatus(delivered, [check(false, A, "2026-06-01T10:00:00Z"), check(true, A, "2026-06-02T10:00:00Z")], TODAY)).toBe("VERIFIED");
  });

  it("does not count a check made on an earlier delivery's hash", () => {
    const redelivered = { ...promised, deliveredSha256: B };
    expect(deliverableStatus(redelivered, [check(true, A, "2026-06-01T10:00:00Z")], TODAY)).toBe("DELIVERED");
  });

  it("flags a delivered hash other than the vendor's stated one, whatever the checks say", () => {
    const mismatch = { ...promised, expectedSha256: A, deliveredSha256: B };
    expect(deliverableStatus(mismatch, [check(true, B, "2026-06-01T10:00:00Z")], TODAY)).toBe("MISMATCH");
    expect(deliverableStatus({ ...mismatch, deliveredSha256: A }, [], TODAY)).toBe("DELIVERED");
  });
});

import type { DeliverableKind, VerificationMethod } from "@/lib/domain/enums";

// Where a promised model asset stands, derived from its row and its checks (never stored):
//
//   PROMISED   nothing delivered yet, and the due date (if any) has not passed;
//   OVERDUE    nothing delivered and the due date is before today;
//   MISMATCH   delivered, but the delivered hash is not the hash the vendor stated — whatever the checks say;
//   FAILED     delivered, and the latest check made on the delivered hash failed;
//   VERIFIED   delivered, and the latest check made on the delivered hash passed;
//   DELIVERED  delivered, with no check on the delivered hash yet.
//
// A check counts only for the hash it was made on: a new delivery with another hash leaves the earlier
// checks standing in the history but no longer verifying anything.

export const DELIVERABLE_STATUSES = ["PROMISED", "OVERDUE", "DELIVERED", "VERIFIED", "MISMATCH", "FAILED"] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];

export interface DeliverableFacts {
  kind: DeliverableKind;
  /** YYYY-MM-DD or null. */
  dueOn: string | null;
  expectedSha256: string | null;
  deliveredSha256: string | null;
}

export interface VerificationFacts {
  method: VerificationMethod;
  passed: boolean;
  sha256: string | null;
  /** ISO timestamp: the latest check wins. */
  createdAt: string;
}

/** The checks that count: those made on the hash delivered now, newest first. */
export function currentChecks<V extends VerificationFacts>(deliveredSha256: string | null, checks: readonly V[]): V[] {
  if (!deliveredSha256) return [];
  return checks.filter((c) => c.sha256 === deliveredSha256).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** `today` is YYYY-MM-DD (the caller's clock, so tests fix it). */
export function deliverableStatus(d: DeliverableFacts, checks: readonly VerificationFacts[], today: string): DeliverableStatus {
  if (!d.deliveredSha256) return d.dueOn && d.dueOn < today ? "OVERDUE" : "PROMISED";
  if (d.expectedSha256 && d.expectedSha256 !== d.deliveredSha256) return "MISMATCH";
  const [latest] = currentChecks(d.deliveredSha256, checks);
  if (!latest) return "DELIVERED";
  return latest.passed ? "VERIFIED" : "FAILED";
}

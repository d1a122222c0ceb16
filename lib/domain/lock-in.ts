import { isSettled } from "./clause-status";
import type { ClauseStatus } from "./enums";

/**
 * The clauses that give the enterprise a route to its model without the vendor: the weights are a
 * deliverable, it may take a copy and self-host, and it gets the latest weights on any termination.
 * A deal is exposed to lock-in while any of them that applies is not at must-have or fallback.
 */
export const LOCK_IN_DEFENCE_CLAUSES = ["weights-as-deliverable", "self-host-option", "delivery-on-termination"] as const;

export function isLockInExposed(clauses: readonly { clauseKey: string; status: ClauseStatus }[]): boolean {
  return clauses.some((c) => (LOCK_IN_DEFENCE_CLAUSES as readonly string[]).includes(c.clauseKey) && c.status !== "NOT_APPLICABLE" && !isSettled(c.status));
}

// When a deal counts as approved: the approvals standing on it (none stale) against the
// organisation's approval policy.
//
//   - every approval starts with a CIO's (or admin's) decision on the review page;
//   - with the policy on, a second approval by another person flagged as approver must stand too;
//   - whatever the policy, a person who accepted one of the deal's live risks may not be its only
//     approver: their approval needs a second one by another person.

export interface StandingApproval {
  reviewerId: string;
  /** Given as the policy's second approver (Review.secondApproval). */
  secondApproval: boolean;
}

export type ApprovalWait =
  /** No CIO approval stands. */
  | "CIO"
  /** The policy asks for a flagged approver's approval. */
  | "SECOND_APPROVER"
  /** The only approver accepted a live risk: another person must approve too. */
  | "ANOTHER_APPROVER";

export interface ApprovalState {
  complete: boolean;
  /** Distinct people whose approval stands. */
  given: number;
  /** How many people's approval this deal needs as it stands. */
  needed: number;
  waitingFor: ApprovalWait | null;
}

export function approvalState(input: {
  requireSecondApproval: boolean;
  approvals: readonly StandingApproval[];
  /** Who accepted the deal's risk acceptances still in force. */
  riskAcceptorIds: ReadonlySet<string>;
}): ApprovalState {
  const approvers = new Set(input.approvals.map((a) => a.reviewerId));
  const given = approvers.size;
  const cio = input.approvals.filter((a) => !a.secondApproval);
  if (input.requireSecondApproval) {
    if (!cio.length) return { complete: false, given, needed: 2, waitingFor: "CIO" };
    const seconded = cio.some((c) => input.approvals.some((s) => s.secondApproval && s.reviewerId !== c.reviewerId));
    return seconded ? { complete: true, given, needed: 2, waitingFor: null } : { complete: false, given, needed: 2, waitingFor: "SECOND_APPROVER" };
  }
  if (!cio.length) return { complete: false, given, needed: 1, waitingFor: "CIO" };
  if (given >= 2) return { complete: true, given, needed: 2, waitingFor: null };
  const [only] = approvers;
  if (input.riskAcceptorIds.has(only)) return { complete: false, given, needed: 2, waitingFor: "ANOTHER_APPROVER" };
  return { complete: true, given, needed: 1, waitingFor: null };
}

/** "1 of 2 approvals", for the review page and the report. */
export function approvalCountLabel(state: Pick<ApprovalState, "given" | "needed">): string {
  const given = Math.min(state.given, state.needed);
  return `${given} of ${state.needed} approval${state.needed === 1 ? "" : "s"}`;
}

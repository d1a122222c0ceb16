import { describe, expect, it } from "vitest";
import { approvalCountLabel, approvalState } from "@/lib/domain/approval-policy";

const cio = (reviewerId: string) => ({ reviewerId, secondApproval: false });
const second = (reviewerId: string) => ({ reviewerId, secondApproval: true });
const none = new Set<string>();

describe("approvalState", () => {
  it("without the policy, one CIO approval completes the deal", () => {
    expect(approvalState({ requireSecondApproval: false, approvals: [cio("a")], riskAcceptorIds: none })).toEqual({
      complete: true,
      given: 1,
      needed: 1,
      waitingFor: null,
    });
  });

  it("with no CIO approval nothing is complete", () => {
    expect(approvalState({ requireSecondApproval: false, approvals: [], riskAcceptorIds: none }).waitingFor).toBe("CIO");
    expect(approvalState({ requireSecondApproval: true, approvals: [second("b")], riskAcceptorIds: none }).waitingFor).toBe("CIO");
  });

  it("with the policy, a CIO approval waits for a flagged approver who is another person", () => {
    const first = approvalState({ requireSecondApproval: true, approvals: [cio("a")], riskAcceptorIds: none });
    expect(first).toMatchObject({ complete: false, given: 1, needed: 2, waitingFor: "SECOND_APPROVER" });
    expect(approvalCountLabel(first)).toBe("1 of 2 approvals");
    expect(approvalState({ requireSecondApproval: true, approvals: [cio("a"), second("a")], riskAcceptorIds: none }).complete).toBe(false);
    expect(approvalState({ requireSecondApproval: true, approvals: [cio("a"), cio("b")], riskAcceptorIds: none }).complete).toBe(false);
    expect(approvalState({ requireSecondApproval: true, approvals: [cio("a"), second("b")], riskAcceptorIds: none }).complete).toBe(true);
  });

  it("a risk acceptor may not be the only approver, whoever approves second", () => {
    const acceptors = new Set(["a"]);
    expect(approvalState({ requireSecondApproval: false, approvals: [cio("a")], riskAcceptorIds: acceptors })).toMatchObject({
      complete: false,
      needed: 2,
      waitingFor: "ANOTHER_APPROVER",
    });
    expect(approvalState({ requireSecondApproval: false, approvals: [cio("b")], riskAcceptorIds: acceptors }).complete).toBe(true);
    expect(approvalState({ requireSecondApproval: false, approvals: [cio("a"), cio("b")], riskAcceptorIds: acceptors }).complete).toBe(true);
    expect(approvalState({ requireSecondApproval: false, approvals: [cio("a"), second("c")], riskAcceptorIds: acceptors }).complete).toBe(true);
  });

  it("counts people, not reviews, and never more than needed", () => {
    expect(approvalCountLabel({ given: 3, needed: 2 })).toBe("2 of 2 approvals");
    expect(approvalCountLabel({ given: 1, needed: 1 })).toBe("1 of 1 approval");
  });
});

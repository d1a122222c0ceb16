"use client";

import { acceptRisk, revokeRisk } from "@/lib/actions/reviews";
import { WithdrawAcceptanceButton, WrittenAcceptanceForm, type RiskOwnerOption } from "./written-acceptance";

export type { RiskOwnerOption };

export function RiskAcceptanceForm({
  dealId,
  dealClauseId,
  clauseTitle,
  owners,
  defaultOwnerId,
  defaultReviewOn,
}: {
  dealId: string;
  dealClauseId: string;
  clauseTitle: string;
  owners: RiskOwnerOption[];
  defaultOwnerId: string;
  /** YYYY-MM-DD, 90 days out. */
  defaultReviewOn: string;
}) {
  return (
    <WrittenAcceptanceForm
      id={`risk-${dealClauseId}`}
      action={acceptRisk}
      input={(fields) => ({ dealId, dealClauseId, ...fields })}
      ariaLabel={`Accept the risk on ${clauseTitle}`}
      rationaleLabel="Accept this gap in writing"
      rationaleHint="Why the business can live with it, and what mitigates it."
      targetField="dealClauseId"
      ownerLabel="Risk owner"
      ownerHint="Looks at the risk again on the review date."
      submitLabel="Record risk acceptance"
      owners={owners}
      defaultOwnerId={defaultOwnerId}
      defaultReviewOn={defaultReviewOn}
    />
  );
}

export function RevokeRiskButton({ dealId, riskAcceptanceId }: { dealId: string; riskAcceptanceId: string }) {
  return <WithdrawAcceptanceButton action={revokeRisk} input={{ dealId, riskAcceptanceId }} />;
}

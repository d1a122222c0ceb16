"use client";

import { WithdrawAcceptanceButton, WrittenAcceptanceForm, type RiskOwnerOption } from "@/components/reviews/written-acceptance";
import { acceptLicenceFinding, revokeLicenceFinding } from "@/lib/actions/licence-findings";

/** A CIO's written acceptance of one blocking licence finding: rationale, owner and review date, as for a clause's risk. */
export function LicenceAcceptanceForm({
  dealId,
  findingKey,
  findingTitle,
  owners,
  defaultOwnerId,
  defaultReviewOn,
}: {
  dealId: string;
  findingKey: string;
  findingTitle: string;
  owners: RiskOwnerOption[];
  defaultOwnerId: string;
  /** YYYY-MM-DD, 90 days out. */
  defaultReviewOn: string;
}) {
  return (
    <WrittenAcceptanceForm
      id={`licence-${findingKey.replace(/[^A-Za-z0-9_-]/g, "-")}`}
      action={acceptLicenceFinding}
      input={(fields) => ({ dealId, findingKey, ...fields })}
      ariaLabel={`Accept the licence finding: ${findingTitle}`}
      rationaleLabel="Accept this finding in writing"
      rationaleHint="Why the business can live with it (e.g. the licensor's permission is being sought), and what mitigates it."
      targetField="findingKey"
      ownerLabel="Owner"
      ownerHint="Looks at it again on the review date."
      submitLabel="Record written acceptance"
      owners={owners}
      defaultOwnerId={defaultOwnerId}
      defaultReviewOn={defaultReviewOn}
    />
  );
}

export function RevokeLicenceAcceptanceButton({ dealId, acceptanceId }: { dealId: string; acceptanceId: string }) {
  return <WithdrawAcceptanceButton action={revokeLicenceFinding} input={{ dealId, acceptanceId }} />;
}

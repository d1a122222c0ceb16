"use client";

import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { RiskOwnerFields, WithdrawButton, type RiskOwnerOption } from "@/components/reviews/risk-owner-fields";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
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
  const [rationale, setRationale] = useState("");
  const [ownerId, setOwnerId] = useState(defaultOwnerId);
  const [reviewOn, setReviewOn] = useState(defaultReviewOn);
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, errors, message, failure } = useActionForm(acceptLicenceFinding, { onSuccess: () => setRationale("") });
  useFocusFirstInvalid(form, failure, pending);
  const id = `licence-${findingKey.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  return (
    <form
      ref={form}
      onSubmit={(e) => {
        e.preventDefault();
        run({ dealId, findingKey, rationale, ownerId, reviewOn });
      }}
      className="mt-3 space-y-2"
      aria-label={`Accept the licence finding: ${findingTitle}`}
    >
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <Field
        id={id}
        label="Accept this finding in writing"
        hint="Why the business can live with it (e.g. the licensor's permission is being sought), and what mitigates it."
        errors={errors.rationale ?? errors.findingKey}
      >
        {(control) => <textarea {...control} rows={2} value={rationale} onChange={(e) => setRationale(e.target.value)} />}
      </Field>
      <RiskOwnerFields
        id={id}
        ownerLabel="Owner"
        ownerHint="Looks at it again on the review date."
        owners={owners}
        ownerId={ownerId}
        onOwnerChange={setOwnerId}
        reviewOn={reviewOn}
        onReviewOnChange={setReviewOn}
        errors={errors}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Recording…" : "Record written acceptance"}
      </Button>
    </form>
  );
}

export function RevokeLicenceAcceptanceButton({ dealId, acceptanceId }: { dealId: string; acceptanceId: string }) {
  const { run, pending, message } = useActionForm(revokeLicenceFinding);
  return (
    <WithdrawButton
      pending={pending}
      onWithdraw={() => run({ dealId, acceptanceId })}
      failure={message && message.tone !== "success" ? message.text : undefined}
    />
  );
}

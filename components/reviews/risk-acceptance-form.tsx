"use client";

import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { RiskOwnerFields, WithdrawButton, type RiskOwnerOption } from "./risk-owner-fields";
import { acceptRisk, revokeRisk } from "@/lib/actions/reviews";

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
  const [rationale, setRationale] = useState("");
  const [ownerId, setOwnerId] = useState(defaultOwnerId);
  const [reviewOn, setReviewOn] = useState(defaultReviewOn);
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, errors, message, failure } = useActionForm(acceptRisk, { onSuccess: () => setRationale("") });
  useFocusFirstInvalid(form, failure, pending);
  const id = `risk-${dealClauseId}`;
  return (
    <form
      ref={form}
      onSubmit={(e) => {
        e.preventDefault();
        run({ dealId, dealClauseId, rationale, ownerId, reviewOn });
      }}
      className="mt-3 space-y-2"
      aria-label={`Accept the risk on ${clauseTitle}`}
    >
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <Field
        id={id}
        label="Accept this gap in writing"
        hint="Why the business can live with it, and what mitigates it."
        errors={errors.rationale ?? errors.dealClauseId}
      >
        {(control) => <textarea {...control} rows={2} value={rationale} onChange={(e) => setRationale(e.target.value)} />}
      </Field>
      <RiskOwnerFields
        id={id}
        ownerLabel="Risk owner"
        ownerHint="Looks at the risk again on the review date."
        owners={owners}
        ownerId={ownerId}
        onOwnerChange={setOwnerId}
        reviewOn={reviewOn}
        onReviewOnChange={setReviewOn}
        errors={errors}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Recording…" : "Record risk acceptance"}
      </Button>
    </form>
  );
}

export function RevokeRiskButton({ dealId, riskAcceptanceId }: { dealId: string; riskAcceptanceId: string }) {
  const { run, pending, message } = useActionForm(revokeRisk);
  return (
    <WithdrawButton
      pending={pending}
      onWithdraw={() => run({ dealId, riskAcceptanceId })}
      failure={message && message.tone !== "success" ? message.text : undefined}
    />
  );
}

"use client";

import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/define-action";

// A CIO's written acceptance (a clause's risk, a base-model licence finding): rationale, owner and
// review date, and its Withdraw button. The callers say what is accepted and which action records it.

export interface RiskOwnerOption {
  userId: string;
  name: string;
}

export interface AcceptanceFields {
  rationale: string;
  ownerId: string;
  reviewOn: string;
}

export function WrittenAcceptanceForm<I>({
  id,
  action,
  input,
  ariaLabel,
  rationaleLabel,
  rationaleHint,
  targetField,
  ownerLabel,
  ownerHint,
  submitLabel,
  owners,
  defaultOwnerId,
  defaultReviewOn,
}: {
  id: string;
  action: (input: I) => Promise<ActionResult<unknown>>;
  /** The action's input from the form's fields (what is accepted comes from the caller). */
  input: (fields: AcceptanceFields) => I;
  ariaLabel: string;
  rationaleLabel: string;
  rationaleHint: string;
  /** The input field naming what is accepted: its errors show under the rationale. */
  targetField: string;
  ownerLabel: string;
  ownerHint: string;
  submitLabel: string;
  owners: RiskOwnerOption[];
  defaultOwnerId: string;
  /** YYYY-MM-DD, 90 days out. */
  defaultReviewOn: string;
}) {
  const [rationale, setRationale] = useState("");
  const [ownerId, setOwnerId] = useState(defaultOwnerId);
  const [reviewOn, setReviewOn] = useState(defaultReviewOn);
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, errors, message, failure } = useActionForm(action, { onSuccess: () => setRationale("") });
  useFocusFirstInvalid(form, failure, pending);
  return (
    <form
      ref={form}
      onSubmit={(e) => {
        e.preventDefault();
        run(input({ rationale, ownerId, reviewOn }));
      }}
      className="mt-3 space-y-2"
      aria-label={ariaLabel}
    >
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <Field id={id} label={rationaleLabel} hint={rationaleHint} errors={errors.rationale ?? errors[targetField]}>
        {(control) => <textarea {...control} rows={2} value={rationale} onChange={(e) => setRationale(e.target.value)} />}
      </Field>
      <div className="grid gap-2 sm:grid-cols-2">
        <Field id={`${id}-owner`} label={ownerLabel} hint={ownerHint} errors={errors.ownerId}>
          {(control) => (
            <select {...control} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
              {owners.map((o) => (
                <option key={o.userId} value={o.userId}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-review-on`} label="Review date" hint="A date after today." errors={errors.reviewOn}>
          {(control) => <input {...control} type="date" value={reviewOn} onChange={(e) => setReviewOn(e.target.value)} />}
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Recording…" : submitLabel}
      </Button>
    </form>
  );
}

/** "Withdraw" for a standing written acceptance, with its failure beside it. */
export function WithdrawAcceptanceButton<I>({ action, input }: { action: (input: I) => Promise<ActionResult<unknown>>; input: I }) {
  const { run, pending, message } = useActionForm(action);
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" disabled={pending} onClick={() => run(input)} className="text-xs font-medium text-slate-600 underline hover:text-red-700">
        {pending ? "Withdrawing…" : "Withdraw"}
      </button>
      {message && message.tone !== "success" && <span className="text-xs text-red-700">{message.text}</span>}
    </span>
  );
}

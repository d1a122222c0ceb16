"use client";

import { Field } from "@/components/ui/field";

export interface RiskOwnerOption {
  userId: string;
  name: string;
}

/** The owner and review date of a written acceptance (a clause's risk, a licence finding). */
export function RiskOwnerFields({
  id,
  ownerLabel,
  ownerHint,
  owners,
  ownerId,
  onOwnerChange,
  reviewOn,
  onReviewOnChange,
  errors,
}: {
  id: string;
  ownerLabel: string;
  ownerHint: string;
  owners: RiskOwnerOption[];
  ownerId: string;
  onOwnerChange: (ownerId: string) => void;
  reviewOn: string;
  onReviewOnChange: (reviewOn: string) => void;
  errors: { ownerId?: string[]; reviewOn?: string[] };
}) {
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      <Field id={`${id}-owner`} label={ownerLabel} hint={ownerHint} errors={errors.ownerId}>
        {(control) => (
          <select {...control} value={ownerId} onChange={(e) => onOwnerChange(e.target.value)}>
            {owners.map((o) => (
              <option key={o.userId} value={o.userId}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${id}-review-on`} label="Review date" hint="A date after today." errors={errors.reviewOn}>
        {(control) => <input {...control} type="date" value={reviewOn} onChange={(e) => onReviewOnChange(e.target.value)} />}
      </Field>
    </div>
  );
}

/** "Withdraw" for a written acceptance: a small text button with its failure beside it. */
export function WithdrawButton({ pending, onWithdraw, failure }: { pending: boolean; onWithdraw: () => void; failure?: string }) {
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" disabled={pending} onClick={onWithdraw} className="text-xs font-medium text-slate-600 underline hover:text-red-700">
        {pending ? "Withdrawing…" : "Withdraw"}
      </button>
      {failure && <span className="text-xs text-red-700">{failure}</span>}
    </span>
  );
}

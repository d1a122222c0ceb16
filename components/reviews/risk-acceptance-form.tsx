"use client";

import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { acceptRisk, revokeRisk } from "@/lib/actions/reviews";

export function RiskAcceptanceForm({ dealId, dealClauseId, clauseTitle }: { dealId: string; dealClauseId: string; clauseTitle: string }) {
  const [rationale, setRationale] = useState("");
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, errors, message, failure } = useActionForm(acceptRisk, { onSuccess: () => setRationale("") });
  useFocusFirstInvalid(form, failure, pending);
  const id = `risk-${dealClauseId}`;
  return (
    <form
      ref={form}
      onSubmit={(e) => {
        e.preventDefault();
        run({ dealId, dealClauseId, rationale });
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
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Recording…" : "Record risk acceptance"}
      </Button>
    </form>
  );
}

export function RevokeRiskButton({ dealId, riskAcceptanceId }: { dealId: string; riskAcceptanceId: string }) {
  const { run, pending, message } = useActionForm(revokeRisk);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={() => run({ dealId, riskAcceptanceId })}
        className="text-xs font-medium text-slate-600 underline hover:text-red-700"
      >
        {pending ? "Withdrawing…" : "Withdraw"}
      </button>
      {message && message.tone !== "success" && <span className="text-xs text-red-700">{message.text}</span>}
    </span>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { remapDraftPassage } from "@/lib/actions/drafts";
import { PRIORITY_LABEL } from "@/lib/format/priority-labels";
import { useDraftReview } from "./review-context";

/**
 * "Map to another clause…": the clause list is only rendered once opened, so a draft of a thousand
 * passages does not carry a thousand copies of it.
 */
export function RemapControl({ passageId, passageLabel, mappedClauseIds }: { passageId: string; passageLabel: string; mappedClauseIds: string[] }) {
  const router = useRouter();
  const { draftId, version, clauses } = useDraftReview();
  const [open, setOpen] = useState(false);
  const [clauseId, setClauseId] = useState("");
  const failureRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { run, pending, errors, failure, reset } = useActionForm(remapDraftPassage, {
    onSuccess: () => {
      setOpen(false);
      setClauseId("");
    },
  });
  useFocusFirstInvalid(formRef, failure, pending, failureRef);
  if (!open) {
    return (
      <button
        type="button"
        className="text-sm font-medium text-brand-700 hover:underline"
        onClick={() => setOpen(true)}
        aria-label={`Map passage ${passageLabel} to another clause…`}
      >
        Map to another clause…
      </button>
    );
  }
  const available = clauses.filter((c) => !mappedClauseIds.includes(c.id));
  const id = `remap-${passageId}`;
  return (
    <form
      ref={formRef}
      className="space-y-2 rounded-lg bg-slate-50 p-3 ring-1 ring-inset ring-slate-200"
      aria-label={`Map passage ${passageLabel} to another clause`}
      onSubmit={(e) => {
        e.preventDefault();
        run({ draftId, version, passageId, dealClauseId: clauseId });
      }}
    >
      <Field id={id} label="Clause this passage addresses" errors={errors.dealClauseId}>
        {(control) => (
          <select {...control} value={clauseId} onChange={(e) => setClauseId(e.target.value)} required>
            <option value="">Choose a clause…</option>
            {available.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title} — {c.section}
                {c.priority === "MUST_HAVE" ? ` (${PRIORITY_LABEL.MUST_HAVE})` : ""}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormFailure
        failure={failure}
        fields={["dealClauseId"]}
        ref={failureRef}
        onReload={() => {
          reset();
          router.refresh();
        }}
      />
      <p className="text-xs text-slate-600">Adds an accepted mapping by hand; reject a wrong one on its chip.</p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending || !clauseId}>
          {pending ? "Mapping…" : "Map"}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            reset();
            setOpen(false);
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}

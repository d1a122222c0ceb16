"use client";

import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { submitForReview } from "@/lib/actions/reviews";
import { SUBMISSION_NOTE_MAX } from "@/lib/validation/review";

export function SubmitForReviewForm({ dealId, version }: { dealId: string; version: number }) {
  const [note, setNote] = useState("");
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, errors, message, failure } = useActionForm(submitForReview, { onSuccess: () => setNote("") });
  useFocusFirstInvalid(form, failure, pending);
  return (
    <form
      ref={form}
      aria-label="Submit for CIO review"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        run({ dealId, version, note });
      }}
    >
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <Field
        id="submission-note"
        label="Note for the CIOs"
        hint={`Optional: what to look at, what is still open. Up to ${SUBMISSION_NOTE_MAX.toLocaleString("en")} characters.`}
        errors={errors.note}
      >
        {(control) => <textarea {...control} rows={3} maxLength={SUBMISSION_NOTE_MAX} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Submitting…" : "Submit for CIO review"}
      </Button>
    </form>
  );
}

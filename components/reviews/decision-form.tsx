"use client";

import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { decideReview, giveSecondApproval } from "@/lib/actions/reviews";

/** A CIO's decision, or (capacity "second") the second approver's: the same two choices, through its own action. */
export function DecisionForm({ dealId, blockerCount, capacity = "cio" }: { dealId: string; blockerCount: number; capacity?: "cio" | "second" }) {
  const [comment, setComment] = useState("");
  const container = useRef<HTMLDivElement>(null);
  const { run, pending, errors, message, failure } = useActionForm(capacity === "second" ? giveSecondApproval : decideReview, {
    onSuccess: () => setComment(""),
  });
  const fieldId = capacity === "second" ? "second-approval-comment" : "review-comment";
  useFocusFirstInvalid(container, failure, pending);
  return (
    <div ref={container} className="space-y-3">
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      {errors.decision && <FormMessage tone="error">{errors.decision.join(" ")}</FormMessage>}
      <Field id={fieldId} label="Comment" hint="Required when you request changes; recorded with the decision." errors={errors.comment}>
        {(control) => <textarea {...control} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />}
      </Field>
      {blockerCount > 0 && (
        <p className="text-sm text-amber-800" data-testid="approve-hint">
          Approval is blocked by {blockerCount} open gap{blockerCount === 1 ? "" : "s"}. Resolve them, or record a risk acceptance for each clause below.
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={pending} onClick={() => run({ dealId, decision: "APPROVED", comment })}>
          {capacity === "second" ? "Give the second approval" : "Approve for signing"}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => run({ dealId, decision: "CHANGES_REQUESTED", comment })}>
          Request changes
        </Button>
      </div>
    </div>
  );
}

"use client";

import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { overrideClauseRules, restoreClauseRules } from "@/lib/actions/deal-rules";

/** Set this clause's rules aside on this deal (with a reason), or let them apply again. */
export function RuleOverrideForm({ dealClauseId, version, overridden }: { dealClauseId: string; version: number; overridden: boolean }) {
  const [reason, setReason] = useState("");
  const form = useRef<HTMLFormElement>(null);
  const override = useActionForm(overrideClauseRules, { success: "Rules set aside on this clause.", onSuccess: () => setReason("") });
  const restore = useActionForm(restoreClauseRules, { success: "The rules apply again." });
  useFocusFirstInvalid(form, override.failure, override.pending);

  if (overridden) {
    return (
      <div className="space-y-3">
        {(restore.message ?? override.message) && (
          <FormMessage tone={(restore.message ?? override.message)!.tone}>{(restore.message ?? override.message)!.text}</FormMessage>
        )}
        <Button type="button" variant="secondary" disabled={restore.pending} onClick={() => restore.run({ dealClauseId, version })}>
          {restore.pending ? "Applying…" : "Apply the rules again"}
        </Button>
      </div>
    );
  }
  return (
    <form
      ref={form}
      className="space-y-3"
      aria-label="Set the rules aside"
      onSubmit={(e) => {
        e.preventDefault();
        override.run({ dealClauseId, version, reason });
      }}
    >
      {override.message && <FormMessage tone={override.message.tone}>{override.message.text}</FormMessage>}
      <Field
        id="ruleOverrideReason"
        label="Why the rules do not fit this deal"
        hint="The clause then applies at its own priority, with the status it had."
        errors={override.errors.reason}
      >
        {(control) => <textarea {...control} name="reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={override.pending}>
        {override.pending ? "Saving…" : "Set the rules aside"}
      </Button>
    </form>
  );
}

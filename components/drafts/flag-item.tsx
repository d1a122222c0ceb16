"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { dismissDraftFlag, restoreDraftFlag } from "@/lib/actions/drafts";
import { DISMISS_REASON_MAX } from "@/lib/validation/draft";
import { SEVERITY_LABEL, SEVERITY_TONE } from "./draft-labels";
import { useDraftReview } from "./review-context";

export interface ItemFlag {
  id: string;
  title: string;
  severity: string;
  kind: string;
  danger: string;
  counter: string;
  dismissedReason: string | null;
  dismissedAt: string | null;
}

/** A flag of a passage: what the playbook says about it, and dismiss (with a reason) or restore. */
export function FlagItem({ flag, anchorId }: { flag: ItemFlag; anchorId: string }) {
  const router = useRouter();
  const { draftId, version, editable } = useDraftReview();
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState("");
  const failureRef = useRef<HTMLDivElement>(null);
  const dismiss = useActionForm(dismissDraftFlag, { onSuccess: () => setDismissing(false) });
  const restore = useActionForm(restoreDraftFlag);
  const dismissForm = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(dismissForm, dismiss.failure, dismiss.pending, failureRef);
  const reload = () => {
    dismiss.reset();
    restore.reset();
    router.refresh();
  };
  const dismissed = flag.dismissedAt !== null;
  return (
    <li id={anchorId} className="rounded-lg bg-white p-3 ring-1 ring-inset ring-slate-200" data-testid="draft-flag" data-dismissed={dismissed}>
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={dismissed ? "muted" : (SEVERITY_TONE[flag.severity] ?? "warn")}>
          {dismissed ? "Dismissed" : (SEVERITY_LABEL[flag.severity] ?? flag.severity)}
        </Badge>
        <span className="text-sm font-semibold text-slate-900">{flag.title}</span>
      </div>
      {dismissed ? (
        <p className="mt-1.5 text-sm text-slate-700">
          <span className="font-medium">Reason:</span> {flag.dismissedReason}
        </p>
      ) : (
        <dl className="mt-1.5 space-y-1 text-sm">
          {flag.danger && (
            <div>
              <dt className="inline font-medium text-slate-900">Why it matters: </dt>
              <dd className="inline text-slate-700">{flag.danger}</dd>
            </div>
          )}
          {flag.counter && (
            <div>
              <dt className="inline font-medium text-slate-900">Our counter: </dt>
              <dd className="inline text-slate-700">{flag.counter}</dd>
            </div>
          )}
        </dl>
      )}
      {editable && dismissed && (
        <div className="mt-2 space-y-2">
          <FormFailure failure={restore.failure} fields={[]} ref={failureRef} onReload={reload} />
          <Button type="button" variant="secondary" disabled={restore.pending} onClick={() => restore.run({ draftId, version, flagId: flag.id })}>
            {restore.pending ? "Restoring…" : "Restore flag"}
          </Button>
        </div>
      )}
      {editable && !dismissed && !dismissing && (
        <button type="button" className="mt-2 text-sm font-medium text-brand-700 hover:underline" onClick={() => setDismissing(true)}>
          Dismiss…
        </button>
      )}
      {editable && !dismissed && dismissing && (
        <form
          ref={dismissForm}
          className="mt-2 space-y-2"
          aria-label={`Dismiss the flag “${flag.title}”`}
          onSubmit={(e) => {
            e.preventDefault();
            dismiss.run({ draftId, version, flagId: flag.id, reason });
          }}
        >
          <Field
            id={`dismiss-${flag.id}`}
            label="Why is this not a risk here?"
            hint="3 to 500 characters; kept with the flag and in the activity log."
            errors={dismiss.errors.reason}
          >
            {(control) => <textarea {...control} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={DISMISS_REASON_MAX} />}
          </Field>
          <FormFailure failure={dismiss.failure} fields={["reason"]} ref={failureRef} onReload={reload} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={dismiss.pending}>
              {dismiss.pending ? "Dismissing…" : "Dismiss flag"}
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                dismiss.reset();
                setDismissing(false);
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}

"use client";

import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { updateDealClause } from "@/lib/actions/deal-clauses";
import { isSettled } from "@/lib/domain/clause-status";
import { CLAUSE_STATUSES, type ClauseStatus, type Priority } from "@/lib/domain/enums";
import { CLAUSE_STATUS_LABEL } from "@/lib/format/clause-status-labels";

interface ClauseValues {
  status: ClauseStatus;
  notApplicableReason: string | null;
  agreedLanguage: string;
  contractReference: string;
  notes: string;
  version: number;
}

function editable({ status, notApplicableReason, agreedLanguage, contractReference, notes }: ClauseValues) {
  return { status, notApplicableReason: notApplicableReason ?? "", agreedLanguage, contractReference, notes };
}

/** The clause as saved now, from the details of a stale-save CONFLICT. */
function currentOf(details: unknown): ClauseValues | null {
  return details && typeof details === "object" && "current" in details ? (details as { current: ClauseValues }).current : null;
}

/** Status, agreed language, contract section and notes of one deal clause, with stale-write protection. */
export function ClauseEditor({ dealClauseId, priority, initial }: { dealClauseId: string; priority: Priority; initial: ClauseValues }) {
  /** The last saved state this form knows of; `values` are the edits on top of it. */
  const [base, setBase] = useState(initial);
  const [values, setValues] = useState(() => editable(initial));
  const version = base.version;
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, errors, message, conflict, reset, failure } = useActionForm(updateDealClause, {
    success: "Saved.",
    onSuccess: (data) => setBase({ ...base, ...values, version: data.version }),
    onFailure: (failure) => {
      const current = currentOf(failure.code === "CONFLICT" ? failure.details : undefined);
      // Saving again now is a deliberate overwrite of the version shown.
      if (current) setBase((b) => ({ ...b, version: current.version }));
    },
  });
  useFocusFirstInvalid(form, failure, pending);
  const theirs = currentOf(conflict);
  const dirty = JSON.stringify(values) !== JSON.stringify(editable(base));
  // A newer saved clause arrived (e.g. a logged response moved the status): adopt it unless the
  // form holds unsaved edits, which the version check then protects.
  if (initial.version > base.version && !dirty) {
    setBase(initial);
    setValues(editable(initial));
  }
  const set = (key: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    run({ ...values, dealClauseId, version });
  }
  // Said before submitting: a must-have is only settled with its wording and where it sits in the contract.
  const evidenceHint = priority === "MUST_HAVE" && isSettled(values.status) ? " Required: this must-have clause is settled only with it." : "";

  return (
    <form ref={form} onSubmit={submit} className="space-y-4" aria-label="Clause status and agreed terms">
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      {theirs && (
        <div className="rounded-md bg-amber-50 p-3 text-sm ring-1 ring-inset ring-amber-200" data-testid="conflict-current">
          <div className="font-semibold text-amber-900">Current saved version</div>
          <dl className="mt-1 grid gap-1 text-amber-950">
            <div>
              <dt className="inline font-medium">Status: </dt>
              <dd className="inline">{CLAUSE_STATUS_LABEL[theirs.status]}</dd>
            </div>
            {theirs.agreedLanguage && (
              <div>
                <dt className="inline font-medium">Agreed language: </dt>
                <dd className="inline">{theirs.agreedLanguage}</dd>
              </div>
            )}
            {theirs.contractReference && (
              <div>
                <dt className="inline font-medium">Contract section: </dt>
                <dd className="inline">{theirs.contractReference}</dd>
              </div>
            )}
            {theirs.notes && (
              <div>
                <dt className="inline font-medium">Notes: </dt>
                <dd className="inline">{theirs.notes}</dd>
              </div>
            )}
          </dl>
          <div className="mt-2 flex gap-2">
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                setBase(theirs);
                setValues(editable(theirs));
                reset();
              }}
            >
              Use their version
            </Button>
            <span className="self-center text-xs text-amber-900">or keep your edits and save again to overwrite it knowingly.</span>
          </div>
        </div>
      )}
      <Field id="status" label="Status" errors={errors.status}>
        {(control) => (
          <select {...control} name="status" value={values.status} onChange={set("status")}>
            {CLAUSE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CLAUSE_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {values.status === "NOT_APPLICABLE" && (
        <Field id="notApplicableReason" label="Why it does not apply" errors={errors.notApplicableReason}>
          {(control) => <input {...control} name="notApplicableReason" value={values.notApplicableReason} onChange={set("notApplicableReason")} />}
        </Field>
      )}
      <Field
        id="agreedLanguage"
        label="Agreed language"
        hint={`The wording both sides have accepted, as it will appear in the contract.${evidenceHint}`}
        errors={errors.agreedLanguage}
      >
        {(control) => (
          <textarea
            {...control}
            name="agreedLanguage"
            rows={4}
            value={values.agreedLanguage}
            onChange={set("agreedLanguage")}
            className={`${control.className} font-serif`}
          />
        )}
      </Field>
      <Field id="contractReference" label="Contract section" hint={`e.g. MSA §7.2 or SOW 3, Schedule B.${evidenceHint}`} errors={errors.contractReference}>
        {(control) => <input {...control} name="contractReference" value={values.contractReference} onChange={set("contractReference")} />}
      </Field>
      <Field id="notes" label="Notes" errors={errors.notes}>
        {(control) => <textarea {...control} name="notes" rows={3} value={values.notes} onChange={set("notes")} />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save clause"}
      </Button>
    </form>
  );
}

"use client";

import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { addDealSpecificClause } from "@/lib/actions/deal-rules";
import { PRIORITIES, type LayerKey } from "@/lib/domain/enums";
import { PRIORITY_LABEL } from "@/lib/format/priority-labels";

const EMPTY = { title: "", whyItMatters: "", mustHave: "", fallback: "", walkAway: "", priority: "IMPORTANT", sampleLanguage: "" };

/** A clause that is not in the playbook, with its own positions, for this deal only. */
export function AddDealClauseForm({ dealId, layerKey, layerTitle }: { dealId: string; layerKey: LayerKey; layerTitle: string }) {
  const [values, setValues] = useState(EMPTY);
  const [open, setOpen] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, errors, message, failure } = useActionForm(addDealSpecificClause, {
    success: "Added to this deal.",
    onSuccess: () => setValues(EMPTY),
  });
  useFocusFirstInvalid(form, failure, pending);
  const set = (key: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  return (
    <details className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer px-5 py-4 text-sm font-semibold text-brand-700">Add a clause to this deal only</summary>
      <form
        ref={form}
        aria-label={`Add a clause to ${layerTitle} for this deal only`}
        className="space-y-4 border-t border-slate-100 px-5 py-4"
        onSubmit={(e) => {
          e.preventDefault();
          run({ dealId, layerKey, ...values });
        }}
      >
        <p className="text-sm text-slate-600">
          For a term this deal needs that the playbook does not have (e.g. data residency). It counts in readiness like any other clause; the playbook and other
          deals are not changed.
        </p>
        {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
        <div className="grid gap-4 md:grid-cols-[1fr_12rem]">
          <Field id="dc-title" label="Title" errors={errors.title}>
            {(control) => <input {...control} name="title" value={values.title} onChange={set("title")} maxLength={200} autoComplete="off" />}
          </Field>
          <Field id="dc-priority" label="Priority" errors={errors.priority}>
            {(control) => (
              <select {...control} name="priority" value={values.priority} onChange={set("priority")}>
                {PRIORITIES.map((p) => (
                  <option key={p} value={p}>
                    {PRIORITY_LABEL[p]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field id="dc-why" label="Why it matters" errors={errors.whyItMatters}>
          {(control) => <textarea {...control} name="whyItMatters" rows={2} value={values.whyItMatters} onChange={set("whyItMatters")} />}
        </Field>
        <div className="grid gap-4 md:grid-cols-3">
          <Field id="dc-must-have" label="Must-have" errors={errors.mustHave}>
            {(control) => <textarea {...control} name="mustHave" rows={3} value={values.mustHave} onChange={set("mustHave")} />}
          </Field>
          <Field id="dc-fallback" label="Fallback" errors={errors.fallback}>
            {(control) => <textarea {...control} name="fallback" rows={3} value={values.fallback} onChange={set("fallback")} />}
          </Field>
          <Field id="dc-walk-away" label="Walk-away" errors={errors.walkAway}>
            {(control) => <textarea {...control} name="walkAway" rows={3} value={values.walkAway} onChange={set("walkAway")} />}
          </Field>
        </div>
        <Field id="dc-sample" label="Sample language" hint="Optional." errors={errors.sampleLanguage}>
          {(control) => (
            <textarea
              {...control}
              name="sampleLanguage"
              rows={2}
              value={values.sampleLanguage}
              onChange={set("sampleLanguage")}
              className={`${control.className} font-serif`}
            />
          )}
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add to this deal"}
        </Button>
      </form>
    </details>
  );
}

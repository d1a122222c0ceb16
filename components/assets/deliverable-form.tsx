"use client";

import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { addDeliverable, updateDeliverable } from "@/lib/actions/assets";
import { DELIVERABLE_KINDS, type DeliverableKind } from "@/lib/domain/enums";
import { DELIVERABLE_KIND_LABEL } from "@/lib/format/asset-labels";
import type { DeliverableDto } from "@/lib/services/assets-page";

type Values = { kind: DeliverableKind; name: string; format: string; milestone: string; dueOn: string; expectedPath: string; expectedSha256: string };
const EMPTY: Values = { kind: "WEIGHTS", name: "", format: "", milestone: "", dueOn: "", expectedPath: "", expectedSha256: "" };

/** Adds a promised asset, or edits one (`initial`), version-checked. */
export function DeliverableForm({ dealId, initial, onDone }: { dealId: string; initial?: DeliverableDto; onDone?: () => void }) {
  const [values, setValues] = useState<Values>(
    initial
      ? {
          kind: initial.kind,
          name: initial.name,
          format: initial.format,
          milestone: initial.milestone,
          dueOn: initial.dueOn ?? "",
          expectedPath: initial.expectedPath,
          expectedSha256: initial.expectedSha256 ?? "",
        }
      : EMPTY,
  );
  const form = useRef<HTMLFormElement>(null);
  const add = useActionForm(addDeliverable, { success: "Asset added to the manifest.", onSuccess: () => setValues(EMPTY) });
  const edit = useActionForm(updateDeliverable, { onSuccess: () => onDone?.() });
  const { pending, errors, message, failure } = initial ? edit : add;
  useFocusFirstInvalid(form, failure, pending);
  const set = (key: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const id = initial ? `deliverable-${initial.id}` : "new-deliverable";
  return (
    <form
      ref={form}
      aria-label={initial ? `Edit ${initial.name}` : "Add a promised asset"}
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (initial) edit.run({ dealId, deliverableId: initial.id, version: String(initial.version), ...values });
        else add.run({ dealId, ...values });
      }}
    >
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-kind`} label="Kind" errors={errors.kind}>
          {(control) => (
            <select {...control} value={values.kind} onChange={set("kind")}>
              {DELIVERABLE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {DELIVERABLE_KIND_LABEL[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-name`} label="Name" hint="What the contract calls it." errors={errors.name}>
          {(control) => <input {...control} value={values.name} onChange={set("name")} />}
        </Field>
        <Field id={`${id}-format`} label="Format" hint="e.g. safetensors, GGUF, JSONL, PDF" errors={errors.format}>
          {(control) => <input {...control} value={values.format} onChange={set("format")} />}
        </Field>
        <Field id={`${id}-milestone`} label="Milestone" hint="e.g. Acceptance, Go-live + 30 days" errors={errors.milestone}>
          {(control) => <input {...control} value={values.milestone} onChange={set("milestone")} />}
        </Field>
        <Field id={`${id}-due`} label="Due on" errors={errors.dueOn}>
          {(control) => <input {...control} type="date" value={values.dueOn} onChange={set("dueOn")} />}
        </Field>
        <Field id={`${id}-path`} label="Expected path" hint="Inside the delivered folder, e.g. weights/model.safetensors" errors={errors.expectedPath}>
          {(control) => <input {...control} value={values.expectedPath} onChange={set("expectedPath")} />}
        </Field>
      </div>
      <Field
        id={`${id}-sha`}
        label="Vendor-stated SHA-256 (optional)"
        hint="From the delivery note or escrow receipt: 64 hex characters."
        errors={errors.expectedSha256}
      >
        {(control) => <input {...control} className={`${control.className} font-mono`} value={values.expectedSha256} onChange={set("expectedSha256")} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : initial ? "Save asset" : "Add asset"}
        </Button>
        {initial && (
          <Button type="button" variant="secondary" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}

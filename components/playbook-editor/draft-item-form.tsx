"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import {
  addDraftPitch,
  addDraftScenario,
  addDraftStep,
  updateDraftPitch,
  updateDraftScenario,
  updateDraftSection,
  updateDraftStep,
} from "@/lib/actions/playbook-editor";

// The form of a scenario, pitch, process step or section of the draft: a list of text fields (and
// selects), saved with the draft version the page was read at. After a save, back to the overview.

const ACTIONS = {
  "add scenario": addDraftScenario,
  "update scenario": updateDraftScenario,
  "add pitch": addDraftPitch,
  "update pitch": updateDraftPitch,
  "add step": addDraftStep,
  "update step": updateDraftStep,
  "update section": updateDraftSection,
} as const;

export type DraftItemFormKind = keyof typeof ACTIONS;

export interface DraftItemField {
  name: string;
  label: string;
  kind: "input" | "textarea" | "select";
  hint?: string;
  rows?: number;
  maxLength?: number;
  options?: { value: string; label: string }[];
  /** Monospace, no autocorrect: keys and phrases. */
  code?: boolean;
}

interface Props {
  kind: DraftItemFormKind;
  /** Hidden values the action needs besides the fields: organisation, draft version, the item's key. */
  hidden: Record<string, string | number>;
  fields: DraftItemField[];
  values: Record<string, string>;
  submitLabel: string;
  /** The overview's anchor for items of this kind ("scenario-"): after a save, the overview opens at the item. */
  anchor: string;
}

export function DraftItemForm({ kind, hidden, fields, values, submitLabel, anchor }: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const { run, pending, errors, failure } = useActionForm(ACTIONS[kind], {
    onSuccess: (data) => router.push(`/playbook/edit#${anchor}${data.key ?? ""}`),
  });
  useFocusFirstInvalid(formRef, failure, pending, messageRef);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    run({ ...hidden, ...Object.fromEntries(fields.map((f) => [f.name, String(data.get(f.name) ?? "")])) });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="max-w-3xl space-y-5">
      <FormFailure failure={failure} fields={fields.map((f) => f.name)} ref={messageRef} onReload={() => router.refresh()} />
      <fieldset key={String(hidden.draftVersion)} disabled={pending} className="space-y-5">
        <Card className="space-y-5 p-5">
          {fields.map((f) => (
            <Field key={f.name} id={`item-${f.name}`} label={f.label} hint={f.hint} errors={errors[f.name]}>
              {(control) =>
                f.kind === "select" ? (
                  <select {...control} name={f.name} defaultValue={values[f.name]}>
                    {f.options?.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : f.kind === "textarea" ? (
                  <textarea
                    {...control}
                    name={f.name}
                    rows={f.rows ?? 3}
                    maxLength={f.maxLength}
                    defaultValue={values[f.name]}
                    spellCheck={!f.code}
                    className={f.code ? `${control.className} font-mono` : control.className}
                  />
                ) : (
                  <input
                    {...control}
                    name={f.name}
                    maxLength={f.maxLength}
                    defaultValue={values[f.name]}
                    autoCapitalize={f.code ? "none" : undefined}
                    spellCheck={!f.code}
                    className={f.code ? `${control.className} font-mono` : control.className}
                  />
                )
              }
            </Field>
          ))}
        </Card>
        <div className="flex flex-wrap items-center justify-end gap-3">
          <ButtonLink href="/playbook/edit" variant="secondary">
            Cancel
          </ButtonLink>
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : submitLabel}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}

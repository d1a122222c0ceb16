"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { addDraftClause, updateDraftClause } from "@/lib/actions/playbook-editor";
import { PRIORITIES, type LayerKey } from "@/lib/domain/enums";
import { PRIORITY_LABEL } from "@/lib/format/priority-labels";
import type { PlaybookClause } from "@/lib/playbook/format";
import { RuleEditor, ruleRow, toRule } from "./rule-editor";

const TEXT_FIELDS = ["title", "whyItMatters", "mustHave", "fallback", "walkAway", "sampleLanguage"] as const;
const FIELDS = ["key", "section", "priority", ...TEXT_FIELDS, "defends", "counters", "rules"];

interface Props {
  organizationId: string;
  draftVersion: number;
  /** null: a new clause. */
  clause: PlaybookClause | null;
  section: LayerKey;
  sections: { key: LayerKey; title: string }[];
  scenarios: { key: string; title: string }[];
  pitches: { key: string; quote: string }[];
  maxRules: number;
}

/** Errors of a list field and of its items ("defends", "defends.2"). */
const errorsOf = (errors: Record<string, string[]>, field: string) =>
  Object.entries(errors)
    .filter(([key]) => key === field || key.startsWith(`${field}.`))
    .flatMap(([, m]) => m);

function ReferenceList({
  legend,
  hint,
  name,
  items,
  checked,
  errors,
}: {
  legend: string;
  hint: string;
  name: "defends" | "counters";
  items: { key: string; label: string }[];
  checked: string[];
  errors: string[];
}) {
  return (
    <fieldset aria-describedby={`${name}-hint${errors.length ? ` ${name}-error` : ""}`}>
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      <p id={`${name}-hint`} className="text-xs text-slate-600">
        {hint}
      </p>
      <div className="mt-2 space-y-1.5">
        {items.map((item, i) => (
          <label key={item.key} className="flex items-start gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              name={name}
              value={item.key}
              defaultChecked={checked.includes(item.key)}
              aria-invalid={i === 0 && errors.length > 0}
              className="mt-0.5 h-4 w-4 shrink-0 rounded border-slate-300 text-brand-600 focus:ring-brand-500"
            />
            <span className="min-w-0 break-words">{item.label}</span>
          </label>
        ))}
        {items.length === 0 && <p className="text-sm text-slate-600">The draft has none yet.</p>}
      </div>
      {errors.length > 0 && (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      )}
    </fieldset>
  );
}

/** Every field of a draft clause, its scenarios and pitches as checkbox lists, and its applicability rules. */
export function ClauseForm({ organizationId, draftVersion, clause, section, sections, scenarios, pitches, maxRules }: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const [rules, setRules] = useState(() => (clause?.rules ?? []).map(ruleRow));
  const isNew = clause === null;
  const { run, pending, errors, failure } = useActionForm(isNew ? addDraftClause : updateDraftClause, {
    onSuccess: (data) => router.push(`/playbook/edit#clause-${data.key}`),
  });
  useFocusFirstInvalid(formRef, failure, pending, messageRef);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    run({
      organizationId,
      draftVersion,
      key: isNew ? text("key") : clause.key,
      section: text("section"),
      priority: text("priority"),
      ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, text(f)])),
      defends: data.getAll("defends").map(String),
      counters: data.getAll("counters").map(String),
      rules: rules.map(toRule),
    });
  }

  const shownInline = [...FIELDS, ...Object.keys(errors).filter((k) => /^(rules|defends|counters)\./.test(k))];
  const textarea = (name: (typeof TEXT_FIELDS)[number], label: string, rows: number, hint?: string) => (
    <Field id={`clause-${name}`} label={label} hint={hint} errors={errors[name]}>
      {(control) => <textarea {...control} name={name} rows={rows} defaultValue={clause?.[name] ?? ""} />}
    </Field>
  );

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="max-w-4xl space-y-5">
      <FormFailure failure={failure} fields={shownInline} ref={messageRef} onReload={() => router.refresh()} />
      <fieldset key={draftVersion} disabled={pending} className="space-y-5">
        <Card className="space-y-5 p-5">
          <h2 className="text-base font-semibold text-slate-900">The clause</h2>
          <Field id="clause-title" label="Title" errors={errors.title}>
            {(control) => <input {...control} name="title" defaultValue={clause?.title ?? ""} maxLength={200} />}
          </Field>
          {isNew && (
            <Field
              id="clause-key"
              label="Key (optional)"
              hint="Deals carry a clause from version to version by its key. Leave empty to make one from the title."
              errors={errors.key}
            >
              {(control) => (
                <input
                  {...control}
                  name="key"
                  defaultValue=""
                  maxLength={80}
                  autoCapitalize="none"
                  spellCheck={false}
                  className={`${control.className} font-mono`}
                />
              )}
            </Field>
          )}
          <div className="grid gap-5 sm:grid-cols-2">
            <Field id="clause-section" label="Section" errors={errors.section}>
              {(control) => (
                <select {...control} name="section" defaultValue={clause?.section ?? section}>
                  {sections.map((s) => (
                    <option key={s.key} value={s.key}>
                      {s.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="clause-priority" label="Priority" errors={errors.priority}>
              {(control) => (
                <select {...control} name="priority" defaultValue={clause?.priority ?? "IMPORTANT"}>
                  {PRIORITIES.map((p) => (
                    <option key={p} value={p}>
                      {PRIORITY_LABEL[p]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          {textarea("whyItMatters", "Why it matters", 3)}
        </Card>

        <Card className="space-y-5 p-5">
          <h2 className="text-base font-semibold text-slate-900">Positions</h2>
          {textarea("mustHave", "Must-have position", 3, "The position to hold.")}
          {textarea("fallback", "Fallback position", 3, "The compromise to accept.")}
          {textarea("walkAway", "Walk-away line", 3, "The line not to cross.")}
          {textarea("sampleLanguage", "Sample language (optional)", 4)}
        </Card>

        <Card className="space-y-5 p-5">
          <h2 className="text-base font-semibold text-slate-900">What it answers</h2>
          <ReferenceList
            legend="Failure scenarios it defends against"
            hint="A deal's coverage of a scenario is read from the clauses that defend it."
            name="defends"
            items={scenarios.map((s) => ({ key: s.key, label: s.title }))}
            checked={clause?.defends ?? []}
            errors={errorsOf(errors, "defends")}
          />
          <ReferenceList
            legend="Vendor pitches it counters"
            hint="Shown with the pitch when it is recognised in a vendor's words."
            name="counters"
            items={pitches.map((p) => ({ key: p.key, label: `“${p.quote}”` }))}
            checked={clause?.counters ?? []}
            errors={errorsOf(errors, "counters")}
          />
        </Card>

        <Card className="p-5">
          <RuleEditor rows={rules} onChange={setRules} errors={errors} maxRules={maxRules} />
        </Card>

        <div className="flex flex-wrap items-center justify-end gap-3">
          <ButtonLink href="/playbook/edit" variant="secondary">
            Cancel
          </ButtonLink>
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : isNew ? "Add the clause" : "Save the clause"}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}

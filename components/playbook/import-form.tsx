"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { importPlaybookDraft } from "@/lib/actions/playbook-versions";
import type { PlaybookProblem } from "@/lib/playbook/format";
import { PLAYBOOK_IMPORT_MAX_BYTES } from "@/lib/validation/playbook-versions";

const FIELDS = ["json", "replaceDraft"];
const MAX_KB = PLAYBOOK_IMPORT_MAX_BYTES / 1024;

function problemsOf(details: unknown): PlaybookProblem[] {
  const problems = (details as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(problems) ? (problems as PlaybookProblem[]) : [];
}

/** A playbook file (chosen or pasted) becomes the organisation's draft; every problem is listed with its JSON path. */
export function ImportForm({ organizationId, hasDraft }: { organizationId: string; hasDraft: boolean }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const [fileText, setFileText] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const { run, pending, errors, failure } = useActionForm(importPlaybookDraft, { onSuccess: () => router.push("/playbook/edit/publish") });
  useFocusFirstInvalid(formRef, failure, pending, messageRef);
  const problems = problemsOf(failure?.details);

  async function onFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    setFileText(null);
    setFileError(null);
    if (!file) return;
    if (file.size > PLAYBOOK_IMPORT_MAX_BYTES) {
      setFileError(`The file is ${Math.ceil(file.size / 1024)} KB; a playbook file can be at most ${MAX_KB} KB.`);
      return;
    }
    setFileText(await file.text());
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    run({ organizationId, json: fileText ?? String(data.get("pasted") ?? ""), replaceDraft: data.get("replaceDraft") === "on" });
  }

  const jsonErrors = problems.length ? undefined : errors.json;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-5" data-testid="import-form">
      <FormFailure failure={failure} fields={FIELDS} ref={messageRef} />
      {problems.length > 0 && (
        <div className="rounded-md bg-red-50 p-4 ring-1 ring-inset ring-red-200" data-testid="import-problems">
          <h2 className="text-sm font-semibold text-red-900">Problems in the file, by JSON path</h2>
          <ul className="mt-2 space-y-1 text-sm text-red-900">
            {problems.map((p, i) => (
              <li key={i} className="break-words">
                <code className="rounded bg-white px-1 text-xs text-red-900 ring-1 ring-inset ring-red-200">{p.path}</code> {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset disabled={pending} className="space-y-5">
        <Field
          id="import-file"
          label="Playbook file"
          hint={`A .json file in the playbook format, at most ${MAX_KB} KB. A file chosen here is used instead of pasted text.`}
          errors={fileError ? [fileError] : jsonErrors}
        >
          {(control) => <input {...control} type="file" accept=".json,application/json" onChange={onFile} />}
        </Field>
        <Field id="import-pasted" label="Or paste the JSON" errors={fileText === null ? jsonErrors : undefined}>
          {(control) => <textarea {...control} name="pasted" rows={8} className={`${control.className} font-mono text-xs`} spellCheck={false} />}
        </Field>
        {hasDraft && (
          <div className="space-y-1.5">
            <div className="flex items-start gap-2">
              <input
                id="import-replace"
                type="checkbox"
                name="replaceDraft"
                className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-600"
                aria-invalid={Boolean(errors.replaceDraft?.length)}
                aria-describedby={errors.replaceDraft?.length ? "import-replace-error" : "import-replace-hint"}
              />
              <label htmlFor="import-replace" className="text-sm font-medium text-slate-700">
                Replace the current draft
              </label>
            </div>
            <p id="import-replace-hint" className="text-xs text-slate-600">
              Your organisation already has a draft. Importing replaces all of it with the file; its unpublished edits are lost.
            </p>
            {errors.replaceDraft?.length ? (
              <p id="import-replace-error" className="text-sm text-red-700">
                {errors.replaceDraft.join(" ")}
              </p>
            ) : null}
          </div>
        )}
        <Button type="submit" disabled={fileError !== null}>
          {pending ? "Importing…" : "Import as the draft"}
        </Button>
      </fieldset>
    </form>
  );
}

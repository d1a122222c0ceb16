"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { publishPlaybookDraft } from "@/lib/actions/playbook-versions";
import { CHANGE_SUMMARY_MAX, CHANGE_SUMMARY_MIN } from "@/lib/validation/playbook-versions";

const FIELDS = ["changeSummary"];

/** The change summary and the Publish button under the diff. */
export function PublishForm({ organizationId, draftVersion, nextVersion }: { organizationId: string; draftVersion: number; nextVersion: number }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const { run, pending, errors, failure } = useActionForm(publishPlaybookDraft, {
    onSuccess: (result) => router.push(`/playbook/versions/${result.version}`),
  });
  useFocusFirstInvalid(formRef, failure, pending, messageRef);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    run({
      organizationId: String(data.get("organizationId") ?? ""),
      draftVersion: String(data.get("draftVersion") ?? ""),
      changeSummary: String(data.get("changeSummary") ?? ""),
    });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4" data-testid="publish-form">
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="draftVersion" value={draftVersion} />
      <FormFailure failure={failure} fields={FIELDS} ref={messageRef} onReload={() => router.refresh()} />
      <fieldset disabled={pending} className="space-y-4">
        <Field
          id="publish-summary"
          label="Change summary"
          hint={`What changed and why, in ${CHANGE_SUMMARY_MIN}–${CHANGE_SUMMARY_MAX.toLocaleString("en")} characters. It is shown in the version history and to deal owners deciding whether to upgrade.`}
          errors={errors.changeSummary}
        >
          {(control) => <textarea {...control} name="changeSummary" rows={4} maxLength={CHANGE_SUMMARY_MAX} />}
        </Field>
        <Button type="submit">{pending ? "Publishing…" : `Publish as version ${nextVersion}`}</Button>
      </fieldset>
    </form>
  );
}

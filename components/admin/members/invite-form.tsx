"use client";

import { useRef } from "react";
import { useActionForm, type ActionFailure } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { inviteMember } from "@/lib/actions/members";
import { ROLES } from "@/lib/domain/enums";
import { ROLE_LABEL } from "@/lib/format/role-labels";

const FIELDS = ["email", "role"];

/** The form's message when the refusal is about its fields: the fields themselves say what is wrong. */
const fieldFailureText = (failure: ActionFailure) =>
  Object.keys(failure.fieldErrors ?? {}).some((key) => FIELDS.includes(key)) ? "Please correct the highlighted fields." : failure.message;

/** Email and role; the link goes out by mail (or to the outbox without SMTP). */
export function InviteForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const { run, pending, errors, failure, message } = useActionForm(inviteMember, {
    success: (data) => ({ tone: "success", text: `Invitation sent to ${data.email}. The link works once and expires in 7 days.` }),
    failureText: fieldFailureText,
    onSuccess: () => formRef.current?.reset(),
  });
  useFocusFirstInvalid(formRef, failure, pending, messageRef);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run({ email: String(form.get("email") ?? ""), role: String(form.get("role") ?? "") });
  }

  const otherErrors = Object.entries(errors)
    .filter(([key]) => !FIELDS.includes(key))
    .flatMap(([, messages]) => messages);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} aria-label="Invite someone" className="space-y-4 p-5">
      {message && (
        <div ref={messageRef} tabIndex={-1} className="outline-none">
          <FormMessage tone={message.tone}>
            {message.text}
            {otherErrors.length > 0 && <span> {otherErrors.join(" ")}</span>}
          </FormMessage>
        </div>
      )}
      <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_12rem_auto] sm:items-start">
        <Field id="invite-email" label="Email" errors={errors.email}>
          {(control) => <input {...control} name="email" type="email" inputMode="email" autoComplete="off" maxLength={254} placeholder="name@company.com" />}
        </Field>
        <Field id="invite-role" label="Role" errors={errors.role}>
          {(control) => (
            <select {...control} name="role" defaultValue="VIEWER">
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABEL[role]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="sm:pt-7">
          <Button type="submit" className="w-full sm:w-auto">
            {pending ? "Sending…" : "Send invitation"}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}

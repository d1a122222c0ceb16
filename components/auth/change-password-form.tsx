"use client";

import { useRef } from "react";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { changePassword } from "@/lib/actions/passwords";
import { PASSWORD_MAX_LENGTH, PASSWORD_RULE_HINT } from "@/lib/validation/password-rules";

const FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;

export function ChangePasswordForm({ email }: { email: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const { run, pending, errors, failure, message } = useActionForm(changePassword, {
    success: "Your password was changed. Every other session has been signed out; this one stays signed in.",
    onSuccess: () => formRef.current?.reset(),
  });
  useFocusFirstInvalid(formRef, failure, pending, messageRef);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run(Object.fromEntries(FIELDS.map((name) => [name, String(form.get(name) ?? "")])));
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-5 p-5">
      <FormFailure failure={failure} fields={FIELDS} ref={messageRef} />
      {message?.tone === "success" && <FormMessage tone="success">{message.text}</FormMessage>}
      {/* For password managers: which account this password belongs to. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <fieldset disabled={pending} className="space-y-5">
        <Field id="current-password" label="Current password" errors={errors.currentPassword}>
          {(control) => <input {...control} name="currentPassword" type="password" autoComplete="current-password" maxLength={PASSWORD_MAX_LENGTH} />}
        </Field>
        <Field id="new-password" label="New password" hint={PASSWORD_RULE_HINT} errors={errors.newPassword}>
          {(control) => <input {...control} name="newPassword" type="password" autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />}
        </Field>
        <Field id="confirm-password" label="Repeat the new password" errors={errors.confirmPassword}>
          {(control) => <input {...control} name="confirmPassword" type="password" autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />}
        </Field>
        <Button type="submit">{pending ? "Changing…" : "Change password"}</Button>
      </fieldset>
    </form>
  );
}

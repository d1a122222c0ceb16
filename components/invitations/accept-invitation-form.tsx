"use client";

import { signIn } from "next-auth/react";
import { useRef } from "react";
import { useActionForm, type ActionFailure } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { acceptInvitationAsNewUser } from "@/lib/actions/invitations";
import { PASSWORD_MAX_LENGTH, PASSWORD_RULE_HINT } from "@/lib/validation/password-rules";

const FIELDS = ["name", "password", "confirmPassword"];

/** The form's message when the refusal is about its fields: the fields themselves say what is wrong. */
const fieldFailureText = (failure: ActionFailure) =>
  Object.keys(failure.fieldErrors ?? {}).some((key) => FIELDS.includes(key)) ? "Please correct the highlighted fields." : failure.message;

/** A new account for the invited email: name and password; then it signs in with them and lands in the organisation. */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const password = useRef("");
  const { run, pending, errors, failure, message } = useActionForm(acceptInvitationAsNewUser, {
    failureText: fieldFailureText,
    // The organisation cookie is set; a full navigation after sign-in renders everything with the new session.
    onSuccess: (data) => void signIn("credentials", { email: data.email, password: password.current, callbackUrl: "/" }),
  });
  useFocusFirstInvalid(formRef, failure, pending, messageRef);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    password.current = String(form.get("password") ?? "");
    run({ token, name: String(form.get("name") ?? ""), password: password.current, confirmPassword: String(form.get("confirmPassword") ?? "") });
  }

  const otherErrors = Object.entries(errors)
    .filter(([key]) => !FIELDS.includes(key) && key !== "token")
    .flatMap(([, messages]) => messages);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-5">
      {failure && message && (
        <div ref={messageRef} tabIndex={-1} className="outline-none">
          <FormMessage tone={message.tone}>
            {message.text}
            {otherErrors.length > 0 && <span> {otherErrors.join(" ")}</span>}
          </FormMessage>
        </div>
      )}
      <fieldset disabled={pending} className="space-y-5">
        <Field id="invite-account-email" label="Email">
          {(control) => (
            <input {...control} className={`${control.className} bg-slate-50 text-slate-700`} type="email" value={email} readOnly autoComplete="username" />
          )}
        </Field>
        <Field id="invite-name" label="Your name" errors={errors.name}>
          {(control) => <input {...control} name="name" autoComplete="name" maxLength={200} />}
        </Field>
        <Field id="invite-password" label="Password" hint={PASSWORD_RULE_HINT} errors={errors.password}>
          {(control) => <input {...control} name="password" type="password" autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />}
        </Field>
        <Field id="invite-confirm-password" label="Repeat the password" errors={errors.confirmPassword}>
          {(control) => <input {...control} name="confirmPassword" type="password" autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />}
        </Field>
        <Button type="submit" className="w-full">
          {pending ? "Creating your account…" : "Create account and join"}
        </Button>
      </fieldset>
    </form>
  );
}

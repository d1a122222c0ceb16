"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { requestPasswordReset } from "@/lib/actions/passwords";

const FIELDS = ["email"] as const;

export function ForgotPasswordForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const [answer, setAnswer] = useState<string | null>(null);
  const { run, pending, errors, failure } = useActionForm(requestPasswordReset, { onSuccess: (data) => setAnswer(data.message) });
  useFocusFirstInvalid(formRef, failure, pending, messageRef);

  if (answer) {
    return (
      <div className="space-y-5">
        <FormMessage tone="success">{answer}</FormMessage>
        <p className="text-sm text-slate-600">
          Nothing arrived? Check the address and your spam folder, or{" "}
          <button type="button" className="font-medium text-brand-700 underline hover:text-brand-900" onClick={() => setAnswer(null)}>
            ask again
          </button>
          .
        </p>
        <Link href="/login" className="inline-block text-sm font-medium text-brand-700 underline hover:text-brand-900">
          Back to sign in
        </Link>
      </div>
    );
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run({ email: String(new FormData(event.currentTarget).get("email") ?? "") });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-5">
      <FormFailure failure={failure} fields={FIELDS} ref={messageRef} />
      <fieldset disabled={pending} className="space-y-5">
        <Field id="email" label="Email" errors={errors.email}>
          {(control) => <input {...control} name="email" type="email" autoComplete="username" maxLength={320} required />}
        </Field>
        <Button type="submit" className="w-full">
          {pending ? "Sending…" : "Send reset link"}
        </Button>
      </fieldset>
      <p className="text-center text-sm">
        <Link href="/login" className="font-medium text-brand-700 underline hover:text-brand-900">
          Back to sign in
        </Link>
      </p>
    </form>
  );
}

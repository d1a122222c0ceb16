"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRef, useState } from "react";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button, ButtonLink } from "@/components/ui/button";
import { AuthPanel } from "@/components/auth/auth-panel";
import { Field, FormMessage } from "@/components/ui/field";
import { resetPassword } from "@/lib/actions/passwords";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { PASSWORD_MAX_LENGTH, PASSWORD_RULE_HINT } from "@/lib/validation/password-rules";

const FIELDS = ["newPassword", "confirmPassword"] as const;

export type ResetLink = { state: "valid"; email: string } | { state: "invalid" | "used" | "expired" };

const GONE = {
  invalid: { title: "This link does not work", text: "This password reset link is not valid. Links work only as sent, once, for a limited time." },
  used: { title: "This link was already used", text: "Each password reset link works once. If you still need to reset your password, ask for a new link." },
  expired: { title: "This link has expired", text: "Password reset links work for a limited time. Ask for a new one." },
} as const;

/**
 * The page of a reset link. Client-side as a whole so that, once the password is set, the success
 * stays on screen although the link (re-read on refresh) is now used.
 */
export function ResetPasswordView({ token, link, lifetime }: { token: string; link: ResetLink; lifetime: string }) {
  const [changed, setChanged] = useState(false);
  if (link.state !== "valid" && !changed) {
    const gone = GONE[link.state];
    return (
      <AuthPanel title={gone.title} description={gone.text}>
        <div className="flex flex-wrap items-center gap-4">
          <ButtonLink href="/forgot-password">Ask for a new link</ButtonLink>
          <Link href="/login" className="text-sm font-medium text-brand-700 underline hover:text-brand-900">
            Back to sign in
          </Link>
        </div>
      </AuthPanel>
    );
  }
  return (
    <AuthPanel
      title={changed ? "Password changed" : "Choose a new password"}
      description={
        changed ? undefined : `For ${link.state === "valid" ? link.email : "your account"}. This link works once, for ${lifetime} after it was sent.`
      }
    >
      <ResetPasswordForm token={token} email={link.state === "valid" ? link.email : ""} onChanged={() => setChanged(true)} />
    </AuthPanel>
  );
}

/**
 * The new password for a valid reset link. After the change the browser signs in with it (as after
 * accepting an invitation); if that is not possible (e.g. the organisation allows only SSO), the
 * page says the password was changed and links to sign-in.
 */
function ResetPasswordForm({ token, email, onChanged }: { token: string; email: string; onChanged: () => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const password = useRef("");
  const [done, setDone] = useState<"signing-in" | "changed" | null>(null);
  const { run, pending, errors, failure } = useActionForm(resetPassword, {
    onSuccess: async (data) => {
      onChanged();
      setDone("signing-in");
      const result = await signIn("credentials", { email: data.email, password: password.current, redirect: false });
      password.current = "";
      // A full navigation, as after sign-in, so every server component renders with the new session.
      if (result?.ok && !result.error) window.location.assign(safeRedirectPath("/"));
      else setDone("changed");
    },
  });
  useFocusFirstInvalid(formRef, failure, pending, messageRef);
  const linkGone = failure?.code === "NOT_FOUND";

  if (done) {
    return (
      <div className="space-y-5">
        <FormMessage tone="success">
          Your password was changed and every session was signed out. {done === "signing-in" ? "Signing you in…" : "Sign in with your new password."}
        </FormMessage>
        {done === "changed" && <ButtonLink href="/login">Sign in</ButtonLink>}
      </div>
    );
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    password.current = String(form.get("newPassword") ?? "");
    run({ token, newPassword: password.current, confirmPassword: String(form.get("confirmPassword") ?? "") });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-5">
      <FormFailure failure={failure} fields={FIELDS} ref={messageRef} />
      {linkGone ? (
        <ButtonLink href="/forgot-password">Ask for a new link</ButtonLink>
      ) : (
        <fieldset disabled={pending} className="space-y-5">
          <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
          <Field id="new-password" label="New password" hint={PASSWORD_RULE_HINT} errors={errors.newPassword}>
            {(control) => <input {...control} name="newPassword" type="password" autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />}
          </Field>
          <Field id="confirm-password" label="Repeat the new password" errors={errors.confirmPassword}>
            {(control) => <input {...control} name="confirmPassword" type="password" autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />}
          </Field>
          <Button type="submit" className="w-full">
            {pending ? "Saving…" : "Set new password"}
          </Button>
        </fieldset>
      )}
      {!linkGone && (
        <p className="text-center text-sm">
          <Link href="/login" className="font-medium text-brand-700 underline hover:text-brand-900">
            Back to sign in
          </Link>
        </p>
      )}
    </form>
  );
}

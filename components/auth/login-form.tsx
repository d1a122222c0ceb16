"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { signInFailureMessage } from "@/lib/auth/sign-in-limits";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { isSsoRequiredMessage } from "@/lib/auth/sso-messages";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      // A full navigation so every server component renders with the new session; checked again
      // here because a URL assigned to window.location can leave the site (/\evil.example).
      window.location.assign(safeRedirectPath(callbackUrl));
      return;
    }
    setPending(false);
    // "<Org> signs in through single sign-on…" comes after a correct password only: shown as it is.
    setError(isSsoRequiredMessage(result?.error) ? result.error : signInFailureMessage(result?.error));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      {error && <FormMessage tone="error">{error}</FormMessage>}
      <Field id="email" label="Email">
        {(control) => <input {...control} name="email" type="email" autoComplete="username" required />}
      </Field>
      <Field id="password" label="Password">
        {(control) => <input {...control} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <p className="-mt-2 text-right text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 underline hover:text-brand-900">
          Forgot your password?
        </Link>
      </p>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}

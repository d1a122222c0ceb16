"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export interface SsoButtonProvider {
  id: string;
  name: string;
}

/**
 * One button per configured identity provider, "Continue with <provider>" (not "Sign in with…", so
 * the password form's "Sign in" stays the only button of that name). next-auth's signIn() posts (with its CSRF token) and
 * then navigates to the provider: a plain form post would be a redirect the CSP's form-action refuses.
 */
export function SsoButtons({ providers, callbackUrl }: { providers: SsoButtonProvider[]; callbackUrl: string }) {
  const [pending, setPending] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      {providers.map((provider) => (
        <Button
          key={provider.id}
          type="button"
          variant="secondary"
          className="w-full"
          disabled={pending !== null}
          onClick={() => {
            setPending(provider.id);
            void signIn(provider.id, { callbackUrl });
          }}
        >
          {pending === provider.id ? `Opening ${provider.name}…` : `Continue with ${provider.name}`}
        </Button>
      ))}
    </div>
  );
}

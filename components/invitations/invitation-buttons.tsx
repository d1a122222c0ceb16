"use client";

import { signIn, signOut } from "next-auth/react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { joinInvitedOrganization } from "@/lib/actions/invitations";

/** Signed in as the invited email: adds the membership, then opens the organisation (a full navigation: new cookie, new actor). */
export function JoinButton({ token, label }: { token: string; label: string }) {
  const { run, pending, message } = useActionForm(joinInvitedOrganization, { onSuccess: () => window.location.assign(new URL("/", window.location.origin)) });
  return (
    <div className="space-y-3">
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <Button type="button" className="w-full" disabled={pending} onClick={() => run({ token })}>
        {pending ? "Joining…" : label}
      </Button>
    </div>
  );
}

/** Signs in through the organisation's identity provider and comes back to the invitation. */
export function SsoButton({ providerId, providerName, token }: { providerId: string; providerName: string; token: string }) {
  return (
    <Button type="button" variant="secondary" className="w-full" onClick={() => void signIn(providerId, { callbackUrl: `/invite/${token}` })}>
      Continue with {providerName}
    </Button>
  );
}

/** Signed in as someone else: sign out (every session of that account) and come back to the invitation. */
export function SignOutAndReturn({ token }: { token: string }) {
  return (
    <Button type="button" variant="secondary" className="w-full" onClick={() => void signOut({ callbackUrl: `/invite/${token}` })}>
      Sign out
    </Button>
  );
}

"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { resendInvitation, revokeInvitation } from "@/lib/actions/members";

/** Re-send (a new link; the old one stops working) and revoke, for an open or expired invitation. */
export function InvitationActions({ invitationId, email }: { invitationId: string; email: string }) {
  const resend = useActionForm(resendInvitation, { success: `A new link was sent to ${email}; the previous one no longer works.` });
  const revoke = useActionForm(revokeInvitation, { success: "Invitation revoked." });
  const pending = resend.pending || revoke.pending;
  const message = resend.message ?? revoke.message;
  return (
    <div className="min-w-[12rem] space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="ghost"
          className="px-2 py-1 text-brand-700 ring-1 ring-inset ring-slate-200"
          disabled={pending}
          onClick={() => {
            revoke.reset();
            resend.run({ invitationId });
          }}
        >
          {resend.pending ? "Sending…" : "Re-send"}
          <span className="sr-only"> the invitation to {email}</span>
        </Button>
        <Button
          type="button"
          variant="ghost"
          className="px-2 py-1 text-red-700 ring-1 ring-inset ring-slate-200"
          disabled={pending}
          onClick={() => {
            resend.reset();
            revoke.run({ invitationId });
          }}
        >
          {revoke.pending ? "Revoking…" : "Revoke"}
          <span className="sr-only"> the invitation to {email}</span>
        </Button>
      </div>
      {message && (
        <div className="max-w-xs">
          <FormMessage tone={message.tone}>{message.text}</FormMessage>
        </div>
      )}
    </div>
  );
}

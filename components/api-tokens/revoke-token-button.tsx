"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { revokeToken } from "@/lib/actions/api-tokens";

/** Revoke, after a confirm step: the token stops working on its next call. */
export function RevokeTokenButton({ tokenId, name, owner }: { tokenId: string; name: string; owner: string | null }) {
  const [confirming, setConfirming] = useState(false);
  const revoke = useActionForm(revokeToken, { success: `“${name}” was revoked: its next call is refused.` });
  const confirmId = `revoke-${tokenId}`;
  return (
    <div className="min-w-[11rem] space-y-2">
      {!confirming && (
        <Button
          type="button"
          variant="ghost"
          className="px-2 py-1 text-red-700 ring-1 ring-inset ring-slate-200"
          disabled={revoke.pending}
          onClick={() => {
            revoke.reset();
            setConfirming(true);
          }}
        >
          {revoke.pending ? "Revoking…" : "Revoke"}
          <span className="sr-only"> the token {name}</span>
        </Button>
      )}
      {confirming && (
        <div role="group" aria-labelledby={confirmId} className="rounded-md bg-red-50 p-3 ring-1 ring-inset ring-red-200">
          <p id={confirmId} className="text-sm text-red-900">
            Revoke <span className="font-semibold">{name}</span>
            {owner ? ` (${owner}’s)` : ""}? Whatever uses it stops working at once. This cannot be undone.
          </p>
          <div className="mt-2 flex gap-2">
            <Button
              type="button"
              variant="danger"
              className="px-3 py-1.5"
              autoFocus
              onClick={() => {
                setConfirming(false);
                revoke.run({ tokenId });
              }}
            >
              Yes, revoke
            </Button>
            <Button type="button" variant="ghost" className="px-3 py-1.5" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {revoke.message && (
        <div className="max-w-xs">
          <FormMessage tone={revoke.message.tone}>{revoke.message.text}</FormMessage>
        </div>
      )}
    </div>
  );
}

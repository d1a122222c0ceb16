"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { deleteDraftRound } from "@/lib/actions/drafts";

/** Deletes an unlogged round after an inline confirmation (no browser dialog: keyboard and screen readers stay in the page). */
export function DeleteRoundButton({ draftId, version, round }: { draftId: string; version: number; round: number }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const group = useRef<HTMLDivElement>(null);
  const { run, pending, message } = useActionForm(deleteDraftRound, { onSuccess: () => setConfirming(false) });
  if (!confirming) {
    return (
      <Button
        type="button"
        variant="ghost"
        className="text-red-700 hover:bg-red-50"
        onClick={() => {
          setConfirming(true);
          requestAnimationFrame(() => group.current?.querySelector("button")?.focus());
        }}
      >
        Delete round {round}
      </Button>
    );
  }
  return (
    <div ref={group} className="w-full space-y-2 rounded-md bg-red-50 p-3 ring-1 ring-inset ring-red-200" role="group" aria-label={`Delete round ${round}?`}>
      <p className="text-sm text-red-900">Delete round {round} with its file, passages, mappings and flags? The deletion is recorded in the activity log.</p>
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="danger" disabled={pending} onClick={() => run({ draftId, version })}>
          {pending ? "Deleting…" : `Yes, delete round ${round}`}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => (message?.tone === "warning" ? router.refresh() : setConfirming(false))}>
          {message?.tone === "warning" ? "Reload" : "Cancel"}
        </Button>
      </div>
    </div>
  );
}

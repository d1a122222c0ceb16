"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { archiveDeal } from "@/lib/actions/deals";

/** Archive (or restore) a deal, after a confirm step. Archiving hides a deal from lists; nothing is deleted. */
export function ArchiveDealButton({ dealId, version, archived, dealName }: { dealId: string; version: number; archived: boolean; dealName: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const target = !archived;
  // Whatever the outcome, the confirm step closes and the message takes its place.
  const { run, pending, message, failure, reset } = useActionForm(archiveDeal, {
    success: target ? "The deal is archived." : "The deal is restored.",
    onSuccess: () => setConfirming(false),
    onFailure: () => setConfirming(false),
  });
  const conflict = failure?.code === "CONFLICT";

  function step(next: boolean) {
    reset();
    setConfirming(next);
  }

  return (
    <div className="space-y-3">
      {message?.tone === "success" && <FormMessage tone="success">{message.text}</FormMessage>}
      {failure && message && (
        <FormMessage tone={message.tone}>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <span>{message.text}</span>
            {conflict && (
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  step(false);
                  router.refresh();
                }}
              >
                Reload
              </Button>
            )}
          </div>
        </FormMessage>
      )}
      {confirming ? (
        <div role="group" aria-labelledby={`archive-confirm-${dealId}`} className="rounded-md bg-slate-50 p-4 ring-1 ring-inset ring-slate-200">
          <p id={`archive-confirm-${dealId}`} className="text-sm text-slate-800">
            {target ? (
              <>
                Archive <span className="font-semibold">{dealName}</span>? It is hidden from the deal list unless you choose to show archived deals. Its
                checklist, responses and history are kept, and you can restore it at any time.
              </>
            ) : (
              <>
                Restore <span className="font-semibold">{dealName}</span>? It comes back to the deal list as it was.
              </>
            )}
          </p>
          <div className="mt-3 flex gap-2">
            <Button
              type="button"
              variant={target ? "danger" : "primary"}
              onClick={() => run({ dealId, version, archived: target })}
              disabled={pending}
              autoFocus
            >
              {pending ? (target ? "Archiving…" : "Restoring…") : target ? "Yes, archive" : "Yes, restore"}
            </Button>
            <Button type="button" variant="ghost" onClick={() => step(false)} disabled={pending}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => step(true)}>
          {archived ? "Restore deal" : "Archive deal"}
        </Button>
      )}
    </div>
  );
}

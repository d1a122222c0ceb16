"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { archiveDeal } from "@/lib/actions/deals";

type State = { step: "idle" } | { step: "confirm" } | { step: "error"; message: string; conflict: boolean } | { step: "done"; archived: boolean };

/** Archive (or restore) a deal, after a confirm step. Archiving hides a deal from lists; nothing is deleted. */
export function ArchiveDealButton({ dealId, version, archived, dealName }: { dealId: string; version: number; archived: boolean; dealName: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<State>({ step: "idle" });
  const target = !archived;

  function confirm() {
    startTransition(async () => {
      const result = await archiveDeal({ dealId, version, archived: target });
      if (result.ok) {
        setState({ step: "done", archived: target });
        router.refresh();
      } else {
        setState({ step: "error", message: result.message, conflict: result.code === "CONFLICT" });
      }
    });
  }

  return (
    <div className="space-y-3">
      {state.step === "done" && <FormMessage tone="success">{state.archived ? "The deal is archived." : "The deal is restored."}</FormMessage>}
      {state.step === "error" && (
        <FormMessage tone={state.conflict ? "warning" : "error"}>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <span>{state.message}</span>
            {state.conflict && (
              <Button type="button" variant="secondary" onClick={() => { setState({ step: "idle" }); router.refresh(); }}>
                Reload
              </Button>
            )}
          </div>
        </FormMessage>
      )}
      {state.step === "confirm" ? (
        <div role="group" aria-labelledby={`archive-confirm-${dealId}`} className="rounded-md bg-slate-50 p-4 ring-1 ring-inset ring-slate-200">
          <p id={`archive-confirm-${dealId}`} className="text-sm text-slate-800">
            {target ? (
              <>
                Archive <span className="font-semibold">{dealName}</span>? It is hidden from the deal list unless you choose to show archived deals. Its checklist,
                responses and history are kept, and you can restore it at any time.
              </>
            ) : (
              <>
                Restore <span className="font-semibold">{dealName}</span>? It comes back to the deal list as it was.
              </>
            )}
          </p>
          <div className="mt-3 flex gap-2">
            <Button type="button" variant={target ? "danger" : "primary"} onClick={confirm} disabled={pending} autoFocus>
              {pending ? (target ? "Archiving…" : "Restoring…") : target ? "Yes, archive" : "Yes, restore"}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setState({ step: "idle" })} disabled={pending}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setState({ step: "confirm" })}>
          {archived ? "Restore deal" : "Archive deal"}
        </Button>
      )}
    </div>
  );
}

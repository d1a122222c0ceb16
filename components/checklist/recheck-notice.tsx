"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { confirmClauseStillHolds } from "@/lib/actions/deal-upgrade";

/**
 * A clause flagged by a playbook upgrade: what changed, and for those who may change the clause a
 * "Still holds" confirmation (saving the clause or logging a response with a status clears it too).
 */
export function RecheckNotice({ dealClauseId, version, reason, canConfirm }: { dealClauseId: string; version: number; reason: string; canConfirm: boolean }) {
  const { run, pending, message, failure } = useActionForm(confirmClauseStillHolds);
  return (
    <section aria-labelledby="recheck-title" data-testid="recheck-notice" className="rounded-xl bg-amber-50 px-5 py-4 ring-1 ring-inset ring-amber-600/30">
      <h2 id="recheck-title" className="text-sm font-semibold text-amber-950">
        Re-check this clause
      </h2>
      <p className="mt-1 text-sm text-amber-950">
        {reason}. Check that what was agreed still meets the positions below{canConfirm ? ": save the clause, or confirm that it still holds." : "."}
      </p>
      {canConfirm && (
        <div className="mt-3 space-y-2">
          {failure && message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
          <Button type="button" variant="secondary" disabled={pending} onClick={() => run({ dealClauseId, version })}>
            {pending ? "Saving…" : "Still holds"}
          </Button>
        </div>
      )}
    </section>
  );
}

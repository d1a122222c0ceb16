"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { removeDealSpecificClause } from "@/lib/actions/deal-rules";

/** Removes a clause added to this deal only, while nothing was negotiated on it. */
export function RemoveDealClauseButton({ dealClauseId, version, backHref }: { dealClauseId: string; version: number; backHref: string }) {
  const router = useRouter();
  const { run, pending, message } = useActionForm(removeDealSpecificClause, { onSuccess: () => router.push(backHref) });
  return (
    <div className="space-y-2">
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <Button type="button" variant="secondary" disabled={pending} onClick={() => run({ dealClauseId, version })}>
        {pending ? "Removing…" : "Remove from this deal"}
      </Button>
      <p className="text-xs text-slate-600">Possible while it is not started and has no vendor response.</p>
    </div>
  );
}

"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { addSuggestedDeliverables } from "@/lib/actions/assets";

/** "Suggested for this deal": the usual assets the manifest lacks, in one change. */
export function SuggestedButton({ dealId, count }: { dealId: string; count: number }) {
  const { run, pending, message } = useActionForm(addSuggestedDeliverables, {
    success: (data) => ({ tone: "success", text: `${data.added} usual asset${data.added === 1 ? "" : "s"} added.` }),
  });
  return (
    <div className="space-y-2">
      <Button type="button" variant="secondary" disabled={pending || count === 0} onClick={() => run({ dealId })}>
        {pending ? "Adding…" : count === 0 ? "Usual assets all listed" : `Add the usual ${count} asset${count === 1 ? "" : "s"}`}
      </Button>
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
    </div>
  );
}

"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { retryOutboxMessage } from "@/lib/actions/outbox";

/** "Retry now" for a failed message: one more attempt, right away. */
export function RetryMessageButton({ messageId, to }: { messageId: string; to: string }) {
  const { run, pending, message } = useActionForm(retryOutboxMessage);
  return (
    <div className="space-y-1">
      <Button
        type="button"
        variant="secondary"
        className="whitespace-nowrap px-2.5 py-1 text-xs"
        disabled={pending}
        onClick={() => run({ messageId })}
        aria-label={`Retry now: message to ${to}`}
      >
        {pending ? "Retrying…" : "Retry now"}
      </Button>
      {message && message.tone !== "success" && (
        <p role="alert" className="text-xs text-red-700">
          {message.text}
        </p>
      )}
    </div>
  );
}

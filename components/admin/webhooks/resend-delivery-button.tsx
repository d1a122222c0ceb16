"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { resendWebhookDelivery } from "@/lib/actions/webhooks";

/** "Re-send": the delivery's event once more, as a fresh delivery sent right away. */
export function ResendDeliveryButton({ deliveryId, event }: { deliveryId: string; event: string }) {
  const { run, pending, message } = useActionForm(resendWebhookDelivery);
  return (
    <div className="space-y-1">
      <Button
        type="button"
        variant="secondary"
        className="whitespace-nowrap px-2.5 py-1 text-xs"
        disabled={pending}
        onClick={() => run({ deliveryId })}
        aria-label={`Re-send ${event}`}
      >
        {pending ? "Sending…" : "Re-send"}
      </Button>
      {message && message.tone !== "success" && (
        <p role="alert" className="text-xs text-red-700">
          {message.text}
        </p>
      )}
    </div>
  );
}

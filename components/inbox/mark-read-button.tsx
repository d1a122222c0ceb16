"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { markNotificationRead } from "@/lib/actions/notifications";

/** "Mark read" for one unread notification; afterwards focus moves to its title, as the button goes away. */
export function MarkReadButton({ notificationId, title }: { notificationId: string; title: string }) {
  const { run, pending, message } = useActionForm(markNotificationRead, {
    onSuccess: () => requestAnimationFrame(() => document.getElementById(`notification-${notificationId}`)?.focus()),
  });
  return (
    <div className="shrink-0 space-y-1 text-right">
      <Button
        type="button"
        variant="secondary"
        className="whitespace-nowrap px-2.5 py-1 text-xs"
        disabled={pending}
        onClick={() => run({ notificationId })}
        aria-label={`Mark read: ${title}`}
      >
        {pending ? "Marking…" : "Mark read"}
      </Button>
      {message && message.tone !== "success" && (
        <p role="alert" className="max-w-48 text-xs text-red-700">
          {message.text}
        </p>
      )}
    </div>
  );
}

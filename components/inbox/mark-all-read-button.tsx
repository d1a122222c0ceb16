"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { markAllNotificationsRead } from "@/lib/actions/notifications";

/**
 * "Mark all read": everything that had arrived when the inbox was shown (`upTo`); what comes in
 * meanwhile stays unread. Stays in place (disabled with nothing unread) so its message is not lost.
 */
export function MarkAllReadButton({ upTo, unread }: { upTo: string; unread: number }) {
  const { run, pending, message } = useActionForm(markAllNotificationsRead, {
    success: ({ marked }) => ({ tone: "success", text: marked === 1 ? "1 notification marked read." : `${marked} notifications marked read.` }),
  });
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button type="button" variant="secondary" disabled={pending || unread === 0} onClick={() => run({ upTo })}>
        {pending ? "Marking…" : "Mark all read"}
      </Button>
      <p role="status" className="text-sm text-emerald-800">
        {message?.tone === "success" ? message.text : ""}
      </p>
      {message && message.tone !== "success" && (
        <p role="alert" className="max-w-xs text-sm text-red-700">
          {message.text}
        </p>
      )}
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { deleteWebhook, rollWebhookSecret } from "@/lib/actions/webhooks";
import { SecretOnce } from "./secret-once";

/** Roll the signing secret (the new one shown once). */
export function RollSecret({ webhookId, version }: { webhookId: string; version: number }) {
  const [secret, setSecret] = useState<string | null>(null);
  const { run, pending, message } = useActionForm(rollWebhookSecret, { onSuccess: (data) => setSecret(data.secret) });
  return (
    <div className="space-y-3">
      {secret && <SecretOnce secret={secret} title="New signing secret" />}
      {message && message.tone !== "success" && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() => {
          if (window.confirm("Roll the signing secret? Deliveries are signed with the new one at once; the old one stops working."))
            run({ webhookId, version: String(version) });
        }}
      >
        {pending ? "Rolling…" : "Roll secret"}
      </Button>
    </div>
  );
}

/** Delete the endpoint and its delivery history, after a confirmation. */
export function DeleteWebhook({ webhookId, version, url }: { webhookId: string; version: number; url: string }) {
  const router = useRouter();
  const { run, pending, message } = useActionForm(deleteWebhook, { onSuccess: () => router.push("/admin/webhooks") });
  return (
    <div className="space-y-3">
      {message && message.tone !== "success" && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <Button
        type="button"
        variant="danger"
        disabled={pending}
        onClick={() => {
          if (window.confirm(`Delete the webhook to ${url}? Its delivery history goes with it, and deliveries still waiting are not sent.`)) {
            run({ webhookId, version: String(version) });
          }
        }}
      >
        {pending ? "Deleting…" : "Delete webhook"}
      </Button>
    </div>
  );
}

"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { startPlaybookDraft } from "@/lib/actions/playbook-editor";

/** Starting a draft writes (a copy of the current version, audited): a POST through its action, never a page visit. */
export function StartDraftButton({ organizationId, currentVersion }: { organizationId: string; currentVersion: number }) {
  const { run, pending, message } = useActionForm(startPlaybookDraft);
  return (
    <div className="space-y-3">
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <Button type="button" disabled={pending} onClick={() => run({ organizationId })}>
        {pending ? "Starting…" : `Start a draft from version ${currentVersion}`}
      </Button>
    </div>
  );
}

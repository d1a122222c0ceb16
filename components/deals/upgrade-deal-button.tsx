"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { upgradeDeal } from "@/lib/actions/deal-upgrade";

/** "Upgrade to version N", after a confirm step; on success, back to the deal with its re-check flags. */
export function UpgradeDealButton({ dealId, version, toVersion, dealName }: { dealId: string; version: number; toVersion: number; dealName: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const { run, pending, message, failure, reset } = useActionForm(upgradeDeal, {
    onSuccess: () => router.push(`/deals/${dealId}`),
    onFailure: () => setConfirming(false),
  });

  return (
    <div className="space-y-3">
      {failure && message && (
        <FormMessage tone={message.tone}>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <span>{message.text}</span>
            {failure.code === "CONFLICT" && (
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  reset();
                  router.refresh();
                }}
              >
                Preview again
              </Button>
            )}
          </div>
        </FormMessage>
      )}
      {confirming ? (
        <div role="group" aria-labelledby="upgrade-confirm" className="rounded-md bg-slate-50 p-4 ring-1 ring-inset ring-slate-200">
          <p id="upgrade-confirm" className="text-sm text-slate-800">
            Upgrade <span className="font-semibold">{dealName}</span> to playbook version {toVersion}? The changes above are made at once and recorded in the
            deal&apos;s activity. The deal cannot go back to the older version.
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button type="button" onClick={() => run({ dealId, version, toVersion })} disabled={pending} autoFocus>
              {pending ? "Upgrading…" : `Yes, upgrade to version ${toVersion}`}
            </Button>
            <Button
              type="button"
              variant="ghost"
              onClick={() => {
                reset();
                setConfirming(false);
              }}
              disabled={pending}
            >
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button
          type="button"
          onClick={() => {
            reset();
            setConfirming(true);
          }}
        >
          Upgrade to version {toVersion}
        </Button>
      )}
    </div>
  );
}

"use client";

import { useId, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { dismissVendorProposal, mergeVendors } from "@/lib/actions/vendors";
import type { MergeProposalDto } from "@/lib/services/vendor-merges";

const deals = (n: number) => (n === 1 ? "1 deal" : `${n} deals`);

/** One proposed pair: which name to keep, then merge — or dismiss, and the pair is not proposed again. */
export function MergeProposalItem({ proposal }: { proposal: MergeProposalDto }) {
  const [a, b] = proposal.vendors;
  const [keep, setKeep] = useState(a.id);
  const name = useId();
  const merge = useActionForm(mergeVendors);
  const dismiss = useActionForm(dismissVendorProposal);
  const message = merge.message ?? dismiss.message;
  const pending = merge.pending || dismiss.pending;
  return (
    <li className="space-y-3 px-5 py-4" data-testid="merge-proposal">
      <p className="text-sm text-slate-700">{proposal.reason}</p>
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <fieldset disabled={pending}>
        <legend className="text-xs font-semibold uppercase tracking-wide text-slate-600">Name to keep</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {[a, b].map((vendor) => (
            <label
              key={vendor.id}
              className="flex cursor-pointer items-start gap-2 rounded-md px-3 py-2 text-sm ring-1 ring-inset ring-slate-200 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-500"
            >
              <input type="radio" name={name} value={vendor.id} checked={keep === vendor.id} onChange={() => setKeep(vendor.id)} className="mt-0.5" />
              <span className="min-w-0">
                <span className="block break-words font-medium text-slate-900">{vendor.name}</span>
                <span className="text-slate-600">{deals(vendor.deals)}</span>
              </span>
            </label>
          ))}
        </div>
        <div className="mt-3 flex flex-wrap gap-2">
          <Button type="button" onClick={() => merge.run({ survivorId: keep, mergedId: keep === a.id ? b.id : a.id })}>
            {merge.pending ? "Merging…" : "Merge"}
          </Button>
          <Button type="button" variant="secondary" onClick={() => dismiss.run({ proposalId: proposal.id })}>
            {dismiss.pending ? "Dismissing…" : "Not the same company"}
          </Button>
        </div>
      </fieldset>
    </li>
  );
}

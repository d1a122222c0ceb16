"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { cn } from "@/components/ui/cn";
import { FormMessage } from "@/components/ui/field";
import { acceptDraftMapping, rejectDraftMapping } from "@/lib/actions/drafts";
import { MAPPING_STATE_LABEL } from "./draft-labels";
import { useDraftReview } from "./review-context";

export interface ChipMapping {
  id: string;
  dealClauseId: string;
  clauseTitle: string;
  origin: "AUTO" | "MANUAL";
  state: "PROPOSED" | "ACCEPTED" | "REJECTED";
  terms: string[];
}

const CHIP = {
  PROPOSED: "bg-brand-50 ring-brand-600/25",
  ACCEPTED: "bg-emerald-50 ring-emerald-600/30",
  REJECTED: "bg-slate-50 ring-slate-400/30 text-slate-600",
} as const;

/** The clauses a passage addresses, each with its state, why it was mapped, and accept / reject. */
export function MappingChips({ dealId, mappings }: { dealId: string; mappings: ChipMapping[] }) {
  if (mappings.length === 0) return <p className="text-sm text-slate-600">Not mapped to any clause.</p>;
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Mapped clauses">
      {mappings.map((m) => (
        <MappingChip key={m.id} dealId={dealId} mapping={m} />
      ))}
    </ul>
  );
}

function MappingChip({ dealId, mapping }: { dealId: string; mapping: ChipMapping }) {
  const router = useRouter();
  const { draftId, version, editable } = useDraftReview();
  const accept = useActionForm(acceptDraftMapping);
  const reject = useActionForm(rejectDraftMapping);
  const pending = accept.pending || reject.pending;
  const message = accept.message ?? reject.message;
  const state = mapping.origin === "MANUAL" && mapping.state === "ACCEPTED" ? "manual" : MAPPING_STATE_LABEL[mapping.state];
  const reason = mapping.origin === "MANUAL" ? "mapped by hand" : mapping.terms.length ? `matched: ${mapping.terms.join(", ")}` : "";
  return (
    <li
      className={cn("max-w-full rounded-lg px-2.5 py-1.5 text-sm ring-1 ring-inset", CHIP[mapping.state])}
      data-testid="mapping-chip"
      data-state={mapping.state}
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <Link
          href={`/deals/${dealId}/clauses/${mapping.dealClauseId}`}
          className={cn("font-medium text-slate-900 hover:underline", mapping.state === "REJECTED" && "text-slate-600 line-through")}
        >
          {mapping.clauseTitle}
        </Link>
        <span className="text-xs font-semibold uppercase tracking-wide text-slate-700">{state}</span>
        {editable && mapping.state !== "ACCEPTED" && (
          <button
            type="button"
            disabled={pending}
            onClick={() => accept.run({ draftId, version, mappingId: mapping.id })}
            className="rounded px-1.5 py-0.5 text-xs font-semibold text-emerald-800 ring-1 ring-inset ring-emerald-600/40 hover:bg-emerald-100 disabled:opacity-60"
            aria-label={`Accept mapping to ${mapping.clauseTitle}`}
          >
            Accept
          </button>
        )}
        {editable && mapping.state !== "REJECTED" && (
          <button
            type="button"
            disabled={pending}
            onClick={() => reject.run({ draftId, version, mappingId: mapping.id })}
            className="rounded px-1.5 py-0.5 text-xs font-semibold text-red-800 ring-1 ring-inset ring-red-600/40 hover:bg-red-100 disabled:opacity-60"
            aria-label={`Reject mapping to ${mapping.clauseTitle}`}
          >
            Reject
          </button>
        )}
      </div>
      {reason && <p className="mt-0.5 break-words text-xs text-slate-600">{reason}</p>}
      {message && (
        <div className="mt-1.5">
          <FormMessage tone={message.tone}>
            {message.text}{" "}
            {message.tone === "warning" && (
              <button
                type="button"
                className="font-semibold underline"
                onClick={() => {
                  accept.reset();
                  reject.reset();
                  router.refresh();
                }}
              >
                Reload
              </button>
            )}
          </FormMessage>
        </div>
      )}
    </li>
  );
}

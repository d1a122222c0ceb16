"use client";

import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { updateDealClause } from "@/lib/actions/deal-clauses";
import { isSettled } from "@/lib/domain/clause-status";
import { CLAUSE_STATUSES, type ClauseStatus } from "@/lib/domain/enums";
import { CLAUSE_STATUS_LABEL } from "@/lib/format/clause-status-labels";
import type { DealClauseDto } from "@/lib/services/deal-clauses";

interface Props {
  item: Pick<DealClauseDto, "id" | "version" | "status" | "priority" | "notApplicableReason" | "agreedLanguage" | "contractReference" | "notes">;
  title: string;
}

/** Changes only the status from the checklist, keeping the clause's other fields as they are. */
export function QuickStatusForm({ item, title }: Props) {
  const [status, setStatus] = useState<ClauseStatus>(item.status);
  const [reason, setReason] = useState(item.notApplicableReason ?? "");
  const [agreedLanguage, setAgreedLanguage] = useState(item.agreedLanguage);
  const [contractReference, setContractReference] = useState(item.contractReference);
  const select = useRef<HTMLSelectElement>(null);
  // The Save button goes away once saved: keep a keyboard user's place on the status they changed.
  const { run, pending, failure } = useActionForm(updateDealClause, { onSuccess: () => select.current?.focus() });
  const error = failure && (failure.fieldErrors ? Object.values(failure.fieldErrors).flat().join(" ") : failure.message);
  const dirty = status !== item.status || (status === "NOT_APPLICABLE" && reason !== (item.notApplicableReason ?? ""));
  // A must-have is settled only with its evidence: asked for here when the clause does not hold it yet.
  const askEvidence = dirty && item.priority === "MUST_HAVE" && isSettled(status) && !(item.agreedLanguage.trim() && item.contractReference.trim());

  function save() {
    run({
      dealClauseId: item.id,
      version: item.version,
      status,
      notApplicableReason: reason,
      agreedLanguage: askEvidence ? agreedLanguage : item.agreedLanguage,
      contractReference: askEvidence ? contractReference : item.contractReference,
      notes: item.notes,
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`status-${item.id}`}>
        Status of {title}
      </label>
      <select
        ref={select}
        id={`status-${item.id}`}
        value={status}
        onChange={(e) => setStatus(e.target.value as ClauseStatus)}
        className="rounded-md border-0 py-1.5 pl-2 pr-8 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-500"
      >
        {CLAUSE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {CLAUSE_STATUS_LABEL[s]}
          </option>
        ))}
      </select>
      {status === "NOT_APPLICABLE" && (
        <input
          aria-label={`Why ${title} does not apply`}
          placeholder="Why it does not apply"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          className="w-56 rounded-md border-0 px-2 py-1.5 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-500"
        />
      )}
      {askEvidence && (
        <>
          <input
            aria-label={`Agreed language for ${title}`}
            placeholder="Agreed language"
            value={agreedLanguage}
            onChange={(e) => setAgreedLanguage(e.target.value)}
            className="w-64 rounded-md border-0 px-2 py-1.5 font-serif text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-500"
          />
          <input
            aria-label={`Contract section for ${title}`}
            placeholder="Contract section, e.g. MSA §7.2"
            value={contractReference}
            onChange={(e) => setContractReference(e.target.value)}
            className="w-56 rounded-md border-0 px-2 py-1.5 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-500"
          />
          <p className="w-full text-xs text-slate-600">A must-have is settled only with the agreed language and the contract section that holds it.</p>
        </>
      )}
      {dirty && (
        <button
          type="button"
          onClick={save}
          disabled={pending}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? "Saving…" : "Save status"}
        </button>
      )}
      {error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

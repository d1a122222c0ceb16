"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { ClauseStatusBadge } from "@/components/checklist/clause-status-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { logDraftRound } from "@/lib/actions/draft-log";
import { isSettled } from "@/lib/domain/clause-status";
import { CLAUSE_STATUSES, OFFER_POSITIONS, VENDOR_STANCES, type ClauseStatus, type OfferPosition, type VendorStance } from "@/lib/domain/enums";
import type { ProposedEntry } from "@/lib/drafts/round-proposal";
import { CLAUSE_STATUS_LABEL } from "@/lib/format/clause-status-labels";
import { PRIORITY_LABEL, PRIORITY_TONE } from "@/lib/format/priority-labels";
import { OFFER_LABEL, STANCE_LABEL } from "@/lib/format/response-labels";

interface Row {
  include: boolean;
  vendorText: string;
  stance: VendorStance;
  offerPosition: OfferPosition;
  newStatus: ClauseStatus | "";
  notApplicableReason: string;
  agreedLanguage: string;
  contractReference: string;
  counterNextStep: string;
}

const rowOf = (e: ProposedEntry): Row => ({
  include: true,
  vendorText: e.vendorText,
  stance: e.stance,
  offerPosition: e.offerPosition,
  newStatus: e.newStatus,
  notApplicableReason: "",
  agreedLanguage: e.agreedLanguage,
  contractReference: e.contractReference,
  counterNextStep: e.counterNextStep,
});

const ROW_FIELDS = [
  "dealClauseId",
  "passageIds",
  "vendorText",
  "stance",
  "offerPosition",
  "newStatus",
  "notApplicableReason",
  "agreedLanguage",
  "contractReference",
  "counterNextStep",
];

/**
 * The proposed responses of a draft round, one row per clause, each editable and included by default;
 * "Log N responses" writes the included ones in one step. A refused entry's errors come back as
 * entries.<submitted index>.<field> and are shown on that row's field.
 */
export function LogRoundForm({ dealId, draftId, version, entries }: { dealId: string; draftId: string; version: number; entries: ProposedEntry[] }) {
  const [rows, setRows] = useState(() => entries.map(rowOf));
  // Which row each submitted entry was: errors name the submitted index.
  const [submitted, setSubmitted] = useState<number[]>([]);
  const form = useRef<HTMLFormElement>(null);
  const notice = useRef<HTMLDivElement>(null);
  const { run, pending, errors, message, failure } = useActionForm(logDraftRound, {
    success: ({ responses }) => ({ tone: "success", text: `Logged ${responses.length} response${responses.length === 1 ? "" : "s"}.` }),
  });
  useFocusFirstInvalid(form, failure, pending, notice);

  const included = rows.filter((r) => r.include).length;
  const set = (index: number, patch: Partial<Row>) => setRows((all) => all.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const errorsOf = (index: number, field: string) => {
    const at = submitted.indexOf(index);
    return at === -1 ? undefined : errors[`entries.${at}.${field}`];
  };
  const shownFields = submitted.flatMap((_, at) => ROW_FIELDS.map((f) => `entries.${at}.${f}`));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const order = rows.flatMap((r, i) => (r.include ? [i] : []));
    setSubmitted(order);
    run({
      draftId,
      version,
      entries: order.map((i) => {
        const e = entries[i];
        const r = rows[i];
        const settles = r.newStatus !== "" && isSettled(r.newStatus);
        return {
          dealClauseId: e.dealClauseId,
          version: e.version,
          passageIds: e.passages.map((p) => p.id),
          vendorText: r.vendorText,
          stance: r.stance,
          offerPosition: r.offerPosition,
          counterNextStep: r.counterNextStep,
          newStatus: r.newStatus,
          notApplicableReason: r.newStatus === "NOT_APPLICABLE" ? r.notApplicableReason : "",
          ...(settles ? { agreedLanguage: r.agreedLanguage, contractReference: r.contractReference } : {}),
        };
      }),
    });
  }

  return (
    <form ref={form} onSubmit={submit} aria-label="Log the round as vendor responses" className="space-y-4">
      <ol className="space-y-4">
        {entries.map((entry, index) => (
          <EntryRow key={entry.dealClauseId} dealId={dealId} entry={entry} index={index} row={rows[index]} set={set} errorsOf={errorsOf} />
        ))}
      </ol>
      <div className="sticky bottom-0 z-10 space-y-3 rounded-xl bg-white/95 px-4 py-3 shadow-sm ring-1 ring-slate-200 backdrop-blur">
        <FormFailure failure={failure} fields={shownFields} ref={notice} />
        {message && !failure && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-600">
            {included} of {entries.length} included · each becomes a vendor response on its clause, dated the day the draft was received.
          </p>
          <Button type="submit" disabled={pending || included === 0}>
            {pending ? "Logging…" : `Log ${included} response${included === 1 ? "" : "s"}`}
          </Button>
        </div>
      </div>
    </form>
  );
}

function EntryRow({
  dealId,
  entry,
  index,
  row,
  set,
  errorsOf,
}: {
  dealId: string;
  entry: ProposedEntry;
  index: number;
  row: Row;
  set: (index: number, patch: Partial<Row>) => void;
  errorsOf: (index: number, field: string) => string[] | undefined;
}) {
  const id = (field: string) => `entry-${index}-${field}`;
  const settles = row.newStatus !== "" && isSettled(row.newStatus);
  const entryErrors = [...(errorsOf(index, "dealClauseId") ?? []), ...(errorsOf(index, "passageIds") ?? [])];
  return (
    <li
      className={`rounded-xl bg-white shadow-sm ring-1 ${row.include ? "ring-slate-200" : "opacity-70 ring-slate-100"}`}
      data-testid="log-entry"
      aria-labelledby={id("title")}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-slate-100 px-5 py-3">
        <input
          id={id("include")}
          type="checkbox"
          checked={row.include}
          onChange={(e) => set(index, { include: e.target.checked })}
          className="h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-brand-500"
          aria-describedby={id("title")}
        />
        <label htmlFor={id("include")} className="sr-only">
          Include {entry.title}
        </label>
        <h3 id={id("title")} className="min-w-0 text-base font-semibold text-slate-900">
          <Link href={`/deals/${dealId}/clauses/${entry.dealClauseId}`} className="hover:underline">
            {entry.title}
          </Link>
        </h3>
        <Badge tone={PRIORITY_TONE[entry.priority]}>{PRIORITY_LABEL[entry.priority]}</Badge>
        <ClauseStatusBadge status={entry.currentStatus} />
        {entry.notReviewed && <Badge tone="warn">Mapping not reviewed</Badge>}
      </div>
      {row.include && (
        <div className="space-y-4 px-5 py-4">
          <div className="space-y-2">
            {entry.passages.map((p) => (
              <figure key={p.id} className="rounded-md bg-slate-50 px-3 py-2 ring-1 ring-inset ring-slate-200">
                <figcaption className="flex flex-wrap items-center gap-2 text-xs font-semibold text-slate-600">
                  <span>{p.number ? `§ ${p.number}` : "Unnumbered passage"}</span>
                  {p.heading && <span className="font-normal">{p.heading}</span>}
                  {p.flags.map((f) => (
                    <Badge key={f.key} tone={f.severity === "high" ? "bad" : "warn"} wrap>
                      {f.title}
                    </Badge>
                  ))}
                </figcaption>
                <blockquote className="mt-1 whitespace-pre-wrap break-words font-serif text-sm text-slate-800">{p.text}</blockquote>
              </figure>
            ))}
          </div>
          {entryErrors.length > 0 && <FormMessage tone="error">{entryErrors.join(" ")}</FormMessage>}
          <div className="grid gap-4 sm:grid-cols-3">
            <Field id={id("stance")} label="Vendor's stance" errors={errorsOf(index, "stance")}>
              {(control) => (
                <select {...control} value={row.stance} onChange={(e) => set(index, { stance: e.target.value as VendorStance })}>
                  {VENDOR_STANCES.map((s) => (
                    <option key={s} value={s}>
                      {STANCE_LABEL[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={id("offerPosition")} label="Their offer reaches" errors={errorsOf(index, "offerPosition")}>
              {(control) => (
                <select {...control} value={row.offerPosition} onChange={(e) => set(index, { offerPosition: e.target.value as OfferPosition })}>
                  {OFFER_POSITIONS.map((p) => (
                    <option key={p} value={p}>
                      {OFFER_LABEL[p]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={id("newStatus")} label="Clause status after" errors={errorsOf(index, "newStatus")}>
              {(control) => (
                <select {...control} value={row.newStatus} onChange={(e) => set(index, { newStatus: e.target.value as ClauseStatus | "" })}>
                  <option value="">Keep current status ({CLAUSE_STATUS_LABEL[entry.currentStatus]})</option>
                  {CLAUSE_STATUSES.filter((s) => s !== entry.currentStatus).map((s) => (
                    <option key={s} value={s}>
                      Move to {CLAUSE_STATUS_LABEL[s]}
                      {s === entry.newStatus ? " (suggested)" : ""}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field id={id("vendorText")} label="What the vendor said" errors={errorsOf(index, "vendorText")}>
            {(control) => (
              <textarea
                {...control}
                rows={Math.min(8, Math.max(3, row.vendorText.split("\n").length + 1))}
                value={row.vendorText}
                onChange={(e) => set(index, { vendorText: e.target.value })}
                className={`${control.className} font-serif`}
              />
            )}
          </Field>
          <Field id={id("counterNextStep")} label="Our counter / next step" errors={errorsOf(index, "counterNextStep")}>
            {(control) => <textarea {...control} rows={2} value={row.counterNextStep} onChange={(e) => set(index, { counterNextStep: e.target.value })} />}
          </Field>
          {row.newStatus === "NOT_APPLICABLE" && (
            <Field id={id("notApplicableReason")} label="Why it does not apply" errors={errorsOf(index, "notApplicableReason")}>
              {(control) => <input {...control} value={row.notApplicableReason} onChange={(e) => set(index, { notApplicableReason: e.target.value })} />}
            </Field>
          )}
          {settles && (
            <div className="grid gap-4 rounded-md bg-slate-50 p-3 ring-1 ring-inset ring-slate-200 sm:grid-cols-[2fr_1fr]">
              <Field id={id("agreedLanguage")} label="Agreed language" errors={errorsOf(index, "agreedLanguage")}>
                {(control) => (
                  <textarea
                    {...control}
                    rows={3}
                    value={row.agreedLanguage}
                    onChange={(e) => set(index, { agreedLanguage: e.target.value })}
                    className={`${control.className} font-serif`}
                  />
                )}
              </Field>
              <Field id={id("contractReference")} label="Contract section" hint="e.g. MSA §7.2" errors={errorsOf(index, "contractReference")}>
                {(control) => <input {...control} value={row.contractReference} onChange={(e) => set(index, { contractReference: e.target.value })} />}
              </Field>
            </div>
          )}
        </div>
      )}
    </li>
  );
}

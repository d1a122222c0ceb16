"use client";

import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { logVendorResponse } from "@/lib/actions/deal-clauses";
import { isSettled, statusFromVendorResponse } from "@/lib/domain/clause-status";
import type { PlaybookPitchText } from "@/lib/domain/red-flags";
import {
  CLAUSE_STATUSES,
  OFFER_POSITIONS,
  RESPONSE_CHANNELS,
  VENDOR_STANCES,
  type ClauseStatus,
  type OfferPosition,
  type Priority,
  type VendorStance,
} from "@/lib/domain/enums";
import { CLAUSE_STATUS_LABEL } from "@/lib/format/clause-status-labels";
import { CHANNEL_LABEL, OFFER_LABEL, STANCE_LABEL } from "@/lib/format/response-labels";
import { LiveRedFlags } from "./live-red-flags";

interface Props {
  dealClauseId: string;
  version: number;
  currentStatus: ClauseStatus;
  /** The priority that counts on this deal: a must-have needs its evidence to be settled. */
  priority: Priority;
  /** The clause's stored agreed language and contract section, to start the evidence fields from. */
  evidence: { agreedLanguage: string; contractReference: string };
  playbookPitches: Record<string, PlaybookPitchText>;
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

const EMPTY = { occurredOn: "", channel: "EMAIL", vendorText: "", stance: "COUNTERS", offerPosition: "UNCLEAR", counterNextStep: "", notApplicableReason: "" };

/** Log what the vendor said; optionally move the clause status in the same step. */
export function ResponseForm({ dealClauseId, version, currentStatus, priority, evidence, playbookPitches }: Props) {
  const [values, setValues] = useState({ ...EMPTY, occurredOn: today(), ...evidence });
  const [statusChoice, setStatusChoice] = useState<"suggested" | "" | ClauseStatus>("suggested");
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, errors, message, failure } = useActionForm(logVendorResponse, {
    success: ({ redFlags }) => {
      const flags = redFlags.length;
      return {
        tone: flags ? "warning" : "success",
        text: flags ? `Logged, with ${flags} red flag${flags === 1 ? "" : "s"} recorded on the entry below.` : "Logged.",
      };
    },
    onSuccess: () => {
      setValues({
        ...EMPTY,
        occurredOn: values.occurredOn,
        channel: values.channel,
        agreedLanguage: values.agreedLanguage,
        contractReference: values.contractReference,
      });
      setStatusChoice("suggested");
    },
    failureText: (failure) => (failure.code === "CONFLICT" ? `${failure.message} Reload the page to log against the current status.` : failure.message),
  });
  useFocusFirstInvalid(form, failure, pending);
  const set = (key: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const suggested = statusFromVendorResponse(values.stance as VendorStance, values.offerPosition as OfferPosition, currentStatus);
  const newStatus = statusChoice === "suggested" ? (suggested === currentStatus ? "" : suggested) : statusChoice;

  const needsEvidence = priority === "MUST_HAVE" && newStatus !== "" && isSettled(newStatus);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const { agreedLanguage, contractReference, ...rest } = values;
    run({ dealClauseId, version, ...rest, newStatus, ...(needsEvidence ? { agreedLanguage, contractReference } : {}) });
  }

  return (
    <form ref={form} onSubmit={submit} className="space-y-4" aria-label="Log a vendor response">
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="occurredOn" label="Date" errors={errors.occurredOn}>
          {(control) => <input {...control} type="date" name="occurredOn" value={values.occurredOn} onChange={set("occurredOn")} />}
        </Field>
        <Field id="channel" label="Channel" errors={errors.channel}>
          {(control) => (
            <select {...control} name="channel" value={values.channel} onChange={set("channel")}>
              {RESPONSE_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_LABEL[c]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        id="vendorText"
        label="What the vendor said"
        hint="Paste the redline or write down their words; red flags are recognised as you type."
        errors={errors.vendorText}
      >
        {(control) => (
          <textarea
            {...control}
            name="vendorText"
            rows={5}
            value={values.vendorText}
            onChange={set("vendorText")}
            className={`${control.className} font-serif`}
          />
        )}
      </Field>
      <LiveRedFlags text={values.vendorText} playbookPitches={playbookPitches} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="stance" label="Vendor's stance" errors={errors.stance}>
          {(control) => (
            <select {...control} name="stance" value={values.stance} onChange={set("stance")}>
              {VENDOR_STANCES.map((s) => (
                <option key={s} value={s}>
                  {STANCE_LABEL[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="offerPosition" label="Their offer reaches" errors={errors.offerPosition}>
          {(control) => (
            <select {...control} name="offerPosition" value={values.offerPosition} onChange={set("offerPosition")}>
              {OFFER_POSITIONS.map((p) => (
                <option key={p} value={p}>
                  {OFFER_LABEL[p]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id="counterNextStep" label="Our counter / next step" errors={errors.counterNextStep}>
        {(control) => <textarea {...control} name="counterNextStep" rows={2} value={values.counterNextStep} onChange={set("counterNextStep")} />}
      </Field>
      <Field id="newStatus" label="Clause status after this response" errors={errors.newStatus} hint={`Now: ${CLAUSE_STATUS_LABEL[currentStatus]}`}>
        {(control) => (
          <select {...control} name="newStatus" value={statusChoice} onChange={(e) => setStatusChoice(e.target.value as typeof statusChoice)}>
            <option value="suggested">
              {suggested === currentStatus ? `Keep ${CLAUSE_STATUS_LABEL[currentStatus]} (suggested)` : `Move to ${CLAUSE_STATUS_LABEL[suggested]} (suggested)`}
            </option>
            <option value="">Keep {CLAUSE_STATUS_LABEL[currentStatus]}</option>
            {CLAUSE_STATUSES.filter((s) => s !== currentStatus).map((s) => (
              <option key={s} value={s}>
                Move to {CLAUSE_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {newStatus === "NOT_APPLICABLE" && (
        <Field id="responseNotApplicableReason" label="Why it does not apply" errors={errors.notApplicableReason}>
          {(control) => <input {...control} name="notApplicableReason" value={values.notApplicableReason} onChange={set("notApplicableReason")} />}
        </Field>
      )}
      {needsEvidence && (
        <div className="space-y-4 rounded-md bg-slate-50 p-3 ring-1 ring-inset ring-slate-200" data-testid="response-evidence">
          <p className="text-sm text-slate-700">This is a must-have clause: to settle it, record the agreed language and the contract section that holds it.</p>
          <Field id="responseAgreedLanguage" label="Agreed language" errors={errors.agreedLanguage}>
            {(control) => (
              <textarea
                {...control}
                name="agreedLanguage"
                rows={3}
                value={values.agreedLanguage}
                onChange={set("agreedLanguage")}
                className={`${control.className} font-serif`}
              />
            )}
          </Field>
          <Field id="responseContractReference" label="Contract section" hint="e.g. MSA §7.2" errors={errors.contractReference}>
            {(control) => <input {...control} name="contractReference" value={values.contractReference} onChange={set("contractReference")} />}
          </Field>
        </div>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Logging…" : "Log response"}
      </Button>
    </form>
  );
}

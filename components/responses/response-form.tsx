"use client";

import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { logVendorResponse } from "@/lib/actions/deal-clauses";
import { statusFromVendorResponse } from "@/lib/domain/clause-status";
import type { PlaybookPitchText } from "@/lib/domain/red-flags";
import {
  CLAUSE_STATUSES,
  OFFER_POSITIONS,
  RESPONSE_CHANNELS,
  VENDOR_STANCES,
  type ClauseStatus,
  type OfferPosition,
  type VendorStance,
} from "@/lib/domain/enums";
import { CLAUSE_STATUS_LABEL } from "@/lib/format/clause-status-labels";
import { CHANNEL_LABEL, OFFER_LABEL, STANCE_LABEL } from "@/lib/format/response-labels";
import { LiveRedFlags } from "./live-red-flags";

interface Props {
  dealClauseId: string;
  version: number;
  currentStatus: ClauseStatus;
  playbookPitches: Record<string, PlaybookPitchText>;
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

const EMPTY = { occurredOn: "", channel: "EMAIL", vendorText: "", stance: "COUNTERS", offerPosition: "UNCLEAR", counterNextStep: "", notApplicableReason: "" };

/** Log what the vendor said; optionally move the clause status in the same step. */
export function ResponseForm({ dealClauseId, version, currentStatus, playbookPitches }: Props) {
  const [values, setValues] = useState({ ...EMPTY, occurredOn: today() });
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
      setValues({ ...EMPTY, occurredOn: values.occurredOn, channel: values.channel });
      setStatusChoice("suggested");
    },
    failureText: (failure) => (failure.code === "CONFLICT" ? `${failure.message} Reload the page to log against the current status.` : failure.message),
  });
  useFocusFirstInvalid(form, failure, pending);
  const set = (key: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const suggested = statusFromVendorResponse(values.stance as VendorStance, values.offerPosition as OfferPosition, currentStatus);
  const newStatus = statusChoice === "suggested" ? (suggested === currentStatus ? "" : suggested) : statusChoice;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    run({ dealClauseId, version, ...values, newStatus });
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
      <Button type="submit" disabled={pending}>
        {pending ? "Logging…" : "Log response"}
      </Button>
    </form>
  );
}

"use client";

import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { recordDelivery, removeDeliverable, verifyDeliverable } from "@/lib/actions/assets";
import { VERIFICATION_METHODS, type VerificationMethod } from "@/lib/domain/enums";
import { DELIVERABLE_KIND_LABEL, DELIVERABLE_STATUS_LABEL, DELIVERABLE_STATUS_TONE, formatBytes, VERIFICATION_METHOD_LABEL } from "@/lib/format/asset-labels";
import { formatCalendarDate, formatDateTime } from "@/lib/format/dates";
import type { DeliverableDto } from "@/lib/services/assets-page";
import { DeliverableForm } from "./deliverable-form";
import { FullHash, ShortHash } from "./hash";

type Panel = null | "edit" | "deliver" | "verify";

export function DeliverableItem({ dealId, item, canManage, canVerify }: { dealId: string; item: DeliverableDto; canManage: boolean; canVerify: boolean }) {
  const [panel, setPanel] = useState<Panel>(null);
  const remove = useActionForm(removeDeliverable);
  const toggle = (p: Panel) => setPanel((current) => (current === p ? null : p));
  return (
    <li className="px-5 py-4" data-testid="deliverable" data-status={item.status}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold text-slate-900">{item.name}</h3>
        <Badge tone="muted">{DELIVERABLE_KIND_LABEL[item.kind]}</Badge>
        <Badge tone={DELIVERABLE_STATUS_TONE[item.status]}>{DELIVERABLE_STATUS_LABEL[item.status]}</Badge>
      </div>
      <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2">
        {(item.format || item.milestone || item.dueOn) && (
          <div>
            <dt className="sr-only">Format and milestone</dt>
            <dd>{[item.format, item.milestone, item.dueOn && `due ${formatCalendarDate(item.dueOn)}`].filter(Boolean).join(" · ")}</dd>
          </div>
        )}
        {item.expectedPath && (
          <div className="min-w-0">
            <dt className="inline text-slate-600">Path: </dt>
            <dd className="inline break-all font-mono text-xs">{item.expectedPath}</dd>
          </div>
        )}
        {item.expectedSha256 && (
          <div>
            <dt className="inline text-slate-600">Stated hash: </dt>
            <dd className="inline">
              <ShortHash value={item.expectedSha256} />
            </dd>
          </div>
        )}
        {item.delivered && (
          <div className="min-w-0">
            <dt className="inline text-slate-600">Delivered: </dt>
            <dd className="inline">
              <span className="break-all">{item.delivered.fileName}</span>
              {item.delivered.sizeBytes !== null && <> · {formatBytes(item.delivered.sizeBytes)}</>} · <ShortHash value={item.delivered.sha256} />
            </dd>
          </div>
        )}
      </dl>
      {item.status === "MISMATCH" && item.delivered && item.expectedSha256 && (
        <div className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-900 ring-1 ring-inset ring-red-200" role="note" data-testid="deliverable-mismatch">
          <p className="font-semibold">The delivered file is not the one the vendor stated.</p>
          <p className="mt-1 text-red-800">Expected</p>
          <FullHash value={item.expectedSha256} />
          <p className="mt-1 text-red-800">Received</p>
          <FullHash value={item.delivered.sha256} />
        </div>
      )}
      {item.checks.length > 0 && (
        <ul className="mt-3 space-y-1 text-sm" aria-label={`Checks of ${item.name}`}>
          {item.checks.map((c) => (
            <li key={c.id} className={c.current ? "text-slate-700" : "text-slate-600"}>
              <Badge tone={!c.current ? "muted" : c.passed ? "good" : "bad"}>{c.passed ? "Passed" : "Failed"}</Badge> {VERIFICATION_METHOD_LABEL[c.method]} —{" "}
              {c.by}, {formatDateTime(c.at)}
              {c.note && <> · “{c.note}”</>}
              {!c.current && <span className="italic"> (on an earlier delivery: no longer counts)</span>}
            </li>
          ))}
        </ul>
      )}
      {(canManage || canVerify) && (
        <div className="mt-3 flex flex-wrap gap-2">
          {canManage && (
            <Button type="button" variant="secondary" aria-expanded={panel === "deliver"} onClick={() => toggle("deliver")}>
              {item.delivered ? "Record a new delivery" : "Record delivery"}
            </Button>
          )}
          {canVerify && item.delivered && (
            <Button type="button" variant="secondary" aria-expanded={panel === "verify"} onClick={() => toggle("verify")}>
              Record a check
            </Button>
          )}
          {canManage && (
            <Button type="button" variant="ghost" aria-expanded={panel === "edit"} onClick={() => toggle("edit")}>
              Edit
            </Button>
          )}
          {canManage && (
            <Button
              type="button"
              variant="ghost"
              className="text-red-700"
              disabled={remove.pending}
              onClick={() => {
                if (window.confirm(`Remove "${item.name}" and its checks from the manifest?`))
                  remove.run({ dealId, deliverableId: item.id, version: String(item.version) });
              }}
            >
              {remove.pending ? "Removing…" : "Remove"}
            </Button>
          )}
        </div>
      )}
      {remove.message && <div className="mt-2">{<FormMessage tone={remove.message.tone}>{remove.message.text}</FormMessage>}</div>}
      {panel && (
        <div className="mt-3 rounded-lg bg-slate-50 p-4 ring-1 ring-inset ring-slate-200">
          {panel === "edit" && <DeliverableForm dealId={dealId} initial={item} onDone={() => setPanel(null)} />}
          {panel === "deliver" && <DeliveryForm dealId={dealId} item={item} onDone={() => setPanel(null)} />}
          {panel === "verify" && item.delivered && <VerifyForm dealId={dealId} item={item} sha256={item.delivered.sha256} onDone={() => setPanel(null)} />}
        </div>
      )}
    </li>
  );
}

function DeliveryForm({ dealId, item, onDone }: { dealId: string; item: DeliverableDto; onDone: () => void }) {
  const [fileName, setFileName] = useState(item.expectedPath);
  const [sizeBytes, setSizeBytes] = useState("");
  const [sha256, setSha256] = useState("");
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, errors, message, failure } = useActionForm(recordDelivery, { onSuccess: onDone });
  useFocusFirstInvalid(form, failure, pending);
  const id = `delivery-${item.id}`;
  return (
    <form
      ref={form}
      aria-label={`Record the delivery of ${item.name}`}
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        run({ dealId, deliverableId: item.id, version: String(item.version), fileName, sizeBytes, sha256 });
      }}
    >
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-file`} label="File name" errors={errors.fileName}>
          {(control) => <input {...control} value={fileName} onChange={(e) => setFileName(e.target.value)} />}
        </Field>
        <Field id={`${id}-size`} label="Size in bytes" errors={errors.sizeBytes}>
          {(control) => <input {...control} inputMode="numeric" value={sizeBytes} onChange={(e) => setSizeBytes(e.target.value)} />}
        </Field>
      </div>
      <Field id={`${id}-sha`} label="SHA-256 of the delivered file" hint="sha256sum prints it: 64 hex characters." errors={errors.sha256}>
        {(control) => <input {...control} className={`${control.className} font-mono`} value={sha256} onChange={(e) => setSha256(e.target.value)} />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Recording…" : "Record delivery"}
      </Button>
    </form>
  );
}

function VerifyForm({ dealId, item, sha256, onDone }: { dealId: string; item: DeliverableDto; sha256: string; onDone: () => void }) {
  const [method, setMethod] = useState<VerificationMethod>("HASH_MATCH");
  const [passed, setPassed] = useState("true");
  const [note, setNote] = useState("");
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, errors, message, failure } = useActionForm(verifyDeliverable, { onSuccess: onDone });
  useFocusFirstInvalid(form, failure, pending);
  const id = `verify-${item.id}`;
  const hint =
    method === "EVALUATION_REPRODUCED"
      ? "Required: the tolerance and the figures you measured against the vendor's."
      : method === "MODEL_LOADED"
        ? "Required: where and how it was loaded, and what it answered."
        : "Optional.";
  return (
    <form
      ref={form}
      aria-label={`Record a check of ${item.name}`}
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        run({ dealId, deliverableId: item.id, sha256, method, passed, note });
      }}
    >
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <p className="text-sm text-slate-700">
        On the delivered file <ShortHash value={sha256} />: a later delivery with another hash needs a new check.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-method`} label="How it was checked" errors={errors.method}>
          {(control) => (
            <select {...control} value={method} onChange={(e) => setMethod(e.target.value as VerificationMethod)}>
              {VERIFICATION_METHODS.map((m) => (
                <option key={m} value={m}>
                  {VERIFICATION_METHOD_LABEL[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-passed`} label="Outcome" errors={errors.passed}>
          {(control) => (
            <select {...control} value={passed} onChange={(e) => setPassed(e.target.value)}>
              <option value="true">Passed</option>
              <option value="false">Failed</option>
            </select>
          )}
        </Field>
      </div>
      <Field id={`${id}-note`} label="Note" hint={hint} errors={errors.note ?? errors.sha256}>
        {(control) => <textarea {...control} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Recording…" : "Record check"}
      </Button>
    </form>
  );
}

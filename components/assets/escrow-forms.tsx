"use client";

import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { recordEscrowDeposit, saveEscrowArrangement } from "@/lib/actions/assets";
import { FRESHNESS_PRESETS } from "@/lib/assets/escrow-freshness";
import { ESCROW_RELEASE_TRIGGERS, type EscrowReleaseTrigger } from "@/lib/domain/enums";
import { ESCROW_TRIGGER_LABEL } from "@/lib/format/asset-labels";
import type { EscrowDto } from "@/lib/services/assets-page";

export function EscrowArrangementForm({ dealId, arrangement, onDone }: { dealId: string; arrangement: EscrowDto["arrangement"]; onDone?: () => void }) {
  const [agent, setAgent] = useState(arrangement?.agent ?? "");
  const [freshnessDays, setFreshnessDays] = useState(String(arrangement?.freshnessDays ?? 90));
  const [triggers, setTriggers] = useState<EscrowReleaseTrigger[]>(arrangement?.releaseTriggers ?? ["INSOLVENCY", "CEASES_BUSINESS"]);
  const [notes, setNotes] = useState(arrangement?.notes ?? "");
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, errors, message, failure } = useActionForm(saveEscrowArrangement, {
    success: "Escrow arrangement saved.",
    onSuccess: () => onDone?.(),
  });
  useFocusFirstInvalid(form, failure, pending);
  const preset = FRESHNESS_PRESETS.find((p) => String(p.days) === freshnessDays);
  return (
    <form
      ref={form}
      aria-label="Escrow arrangement"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        run({ dealId, version: String(arrangement?.version ?? 0), agent, freshnessDays, releaseTriggers: triggers, notes });
      }}
    >
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <Field id="escrow-agent" label="Escrow agent" errors={errors.agent}>
        {(control) => <input {...control} value={agent} onChange={(e) => setAgent(e.target.value)} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="escrow-preset" label="Required freshness">
          {(control) => (
            <select
              {...control}
              value={preset ? String(preset.days) : "custom"}
              onChange={(e) => e.target.value !== "custom" && setFreshnessDays(e.target.value)}
            >
              {FRESHNESS_PRESETS.map((p) => (
                <option key={p.days} value={String(p.days)}>
                  {p.label} ({p.days} days)
                </option>
              ))}
              <option value="custom">Other</option>
            </select>
          )}
        </Field>
        <Field id="escrow-days" label="Days between deposits" hint="A deposit older than this is stale." errors={errors.freshnessDays}>
          {(control) => <input {...control} inputMode="numeric" value={freshnessDays} onChange={(e) => setFreshnessDays(e.target.value)} />}
        </Field>
      </div>
      <fieldset aria-describedby={errors.releaseTriggers ? "escrow-triggers-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">Release triggers</legend>
        <div className="mt-1.5 grid gap-1.5 sm:grid-cols-2">
          {ESCROW_RELEASE_TRIGGERS.map((t) => (
            <label key={t} className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                className="h-4 w-4 rounded border-slate-300 text-brand-600"
                checked={triggers.includes(t)}
                onChange={(e) => setTriggers((list) => (e.target.checked ? [...list, t] : list.filter((x) => x !== t)))}
              />
              {ESCROW_TRIGGER_LABEL[t]}
            </label>
          ))}
        </div>
        {errors.releaseTriggers && (
          <p id="escrow-triggers-error" className="mt-1 text-sm text-red-700">
            {errors.releaseTriggers.join(" ")}
          </p>
        )}
      </fieldset>
      <Field id="escrow-notes" label="Notes" errors={errors.notes}>
        {(control) => <textarea {...control} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save arrangement"}
        </Button>
        {onDone && arrangement && (
          <Button type="button" variant="secondary" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}

export function EscrowDepositForm({ dealId, today, manifests }: { dealId: string; today: string; manifests: { sha256: string; label: string }[] }) {
  const [depositedOn, setDepositedOn] = useState(today);
  const [manifestSha256, setManifestSha256] = useState(manifests[0]?.sha256 ?? "");
  const [note, setNote] = useState("");
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, errors, message, failure } = useActionForm(recordEscrowDeposit, { success: "Deposit recorded.", onSuccess: () => setNote("") });
  useFocusFirstInvalid(form, failure, pending);
  const picked = manifests.some((m) => m.sha256 === manifestSha256) ? manifestSha256 : "typed";
  return (
    <form
      ref={form}
      aria-label="Record an escrow deposit"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        run({ dealId, depositedOn, manifestSha256, note });
      }}
    >
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="deposit-on" label="Deposited on" errors={errors.depositedOn}>
          {(control) => <input {...control} type="date" max={today} value={depositedOn} onChange={(e) => setDepositedOn(e.target.value)} />}
        </Field>
        {manifests.length > 0 && (
          <Field id="deposit-manifest" label="Manifest deposited">
            {(control) => (
              <select {...control} value={picked} onChange={(e) => setManifestSha256(e.target.value === "typed" ? "" : e.target.value)}>
                {manifests.map((m) => (
                  <option key={m.sha256} value={m.sha256}>
                    {m.label}
                  </option>
                ))}
                <option value="typed">Another (type its SHA-256)</option>
              </select>
            )}
          </Field>
        )}
      </div>
      <Field id="deposit-sha" label="Manifest SHA-256" hint="As the agent's receipt states it, or the imported manifest's." errors={errors.manifestSha256}>
        {(control) => (
          <input {...control} className={`${control.className} font-mono`} value={manifestSha256} onChange={(e) => setManifestSha256(e.target.value)} />
        )}
      </Field>
      <Field id="deposit-note" label="Note" errors={errors.note}>
        {(control) => <input {...control} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Recording…" : "Record deposit"}
      </Button>
    </form>
  );
}

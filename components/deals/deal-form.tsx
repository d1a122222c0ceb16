"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { createDeal, updateDeal } from "@/lib/actions/deals";
import { DEAL_STAGES, HOSTING_MODELS, type DealStage, type Role } from "@/lib/domain/enums";
import { CURRENCIES } from "@/lib/domain/money";
import { DEAL_STAGE_LABEL, HOSTING_MODEL_LABEL } from "@/lib/format/deal-labels";
import { ROLE_LABEL } from "@/lib/format/role-labels";
import { FormFailure } from "@/components/forms/form-failure";
import { LicenceFields, LICENCE_FIELD_NAMES, type LicenceFormValues } from "./licence-fields";
import { VendorField, type VendorOption } from "./vendor-field";

export interface DealFormValues extends LicenceFormValues {
  name: string;
  vendor: string;
  useCase: string;
  modelKind: string;
  /** "" until chosen on a new deal. */
  hostingModel: string;
  baseModel: string;
  regulatedSector: boolean;
  /** Major units as typed, e.g. "250000.50" (see minorToInput). */
  contractValue: string;
  currency: string;
  stage: DealStage;
  /** YYYY-MM-DD or "". */
  targetSigningDate: string;
  ownerId: string;
}

export type DealFormMode = { kind: "create" } | { kind: "edit"; dealId: string; version: number; currentStage: DealStage };

interface Owner {
  id: string;
  name: string;
  role: Role;
}

/** Form fields the action can report on; anything else goes into the top-level message. */
const FIELDS = [
  "name",
  "vendor",
  "useCase",
  "modelKind",
  "hostingModel",
  "baseModel",
  ...LICENCE_FIELD_NAMES,
  "regulatedSector",
  "contractValue",
  "currency",
  "stage",
  "targetSigningDate",
  "ownerId",
];

/**
 * Stages a form may set. Approval is a CIO decision recorded on the review and CIO review starts with
 * a submission on the deal overview, never a field edit; "Signed" only follows an approval; the
 * current stage always stays selectable.
 */
function stageOptions(mode: DealFormMode): DealStage[] {
  if (mode.kind === "create") return ["INTAKE", "NEGOTIATING"];
  const current = mode.currentStage;
  return DEAL_STAGES.filter((stage) => stage === current || (stage !== "APPROVED" && stage !== "CIO_REVIEW" && (stage !== "SIGNED" || current === "APPROVED")));
}

function formToObject(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new FormData(form).entries()) {
    if (typeof value === "string") out[key] = value;
  }
  // An empty amount means "not known yet": leave it out so the schema's default (0) applies.
  if (out.contractValue?.trim() === "") delete out.contractValue;
  // An unticked box is absent from the form data; say "false" explicitly.
  out.regulatedSector = out.regulatedSector === "true" ? "true" : "false";
  return out;
}

export function DealForm({ mode, initial, owners, vendors }: { mode: DealFormMode; initial: DealFormValues; owners: Owner[]; vendors?: VendorOption[] }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const { run, pending, errors, failure } = useActionForm(mode.kind === "create" ? createDeal : updateDeal, {
    onSuccess: (data) => router.push(`/deals/${data.id}`),
  });
  const stages = stageOptions(mode);
  const isEdit = mode.kind === "edit";

  useFocusFirstInvalid(formRef, failure, pending, messageRef);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(formToObject(event.currentTarget));
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-6">
      {isEdit && (
        <>
          <input type="hidden" name="dealId" value={mode.dealId} />
          <input type="hidden" name="version" value={mode.version} />
        </>
      )}

      <FormFailure failure={failure} fields={FIELDS} ref={messageRef} onReload={isEdit ? () => router.refresh() : undefined} />

      <fieldset disabled={pending} className="space-y-6">
        <Card className="p-5">
          <h2 className="text-base font-semibold text-slate-900">The deal</h2>
          <p className="mt-0.5 text-sm text-slate-600">Who you are buying from, and what for.</p>
          <div className="mt-5 grid gap-5 md:grid-cols-2">
            <Field id="deal-name" label="Deal name" errors={errors.name}>
              {(control) => (
                <input {...control} name="name" defaultValue={initial.name} maxLength={200} placeholder="e.g. Claims triage model" autoComplete="off" />
              )}
            </Field>
            <VendorField initial={initial.vendor} errors={errors.vendor} vendors={vendors} />
            <div className="md:col-span-2">
              <Field id="deal-use-case" label="Use case" hint="What the model will do for the business, and on which data." errors={errors.useCase}>
                {(control) => <textarea {...control} name="useCase" rows={3} defaultValue={initial.useCase} maxLength={2000} />}
              </Field>
            </div>
          </div>
        </Card>

        <Card className="p-5">
          <h2 className="text-base font-semibold text-slate-900">The model</h2>
          <p className="mt-0.5 text-sm text-slate-600">Where it runs and what it is built on decide which IP layers are at stake.</p>
          <div className="mt-5 grid gap-5 md:grid-cols-2">
            <Field id="deal-model-kind" label="Model kind" hint="e.g. fine-tuned LLM, vision classifier, forecasting model" errors={errors.modelKind}>
              {(control) => <input {...control} name="modelKind" defaultValue={initial.modelKind} maxLength={200} autoComplete="off" />}
            </Field>
            <Field id="deal-hosting" label="Hosting model" errors={errors.hostingModel}>
              {(control) => (
                <select {...control} name="hostingModel" defaultValue={initial.hostingModel}>
                  {initial.hostingModel === "" && (
                    <option value="" disabled>
                      Choose where the model runs…
                    </option>
                  )}
                  {HOSTING_MODELS.map((model) => (
                    <option key={model} value={model}>
                      {HOSTING_MODEL_LABEL[model]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="deal-base-model" label="Base model" hint="The foundation model it starts from, if any." errors={errors.baseModel}>
              {(control) => (
                <input {...control} name="baseModel" defaultValue={initial.baseModel} maxLength={200} placeholder="e.g. Llama 3.1 70B" autoComplete="off" />
              )}
            </Field>
            <LicenceFields initial={initial} errors={errors} />
            <div className="flex items-start gap-3 md:pt-7">
              <input
                id="deal-regulated"
                type="checkbox"
                name="regulatedSector"
                value="true"
                defaultChecked={initial.regulatedSector}
                aria-invalid={Boolean(errors.regulatedSector?.length)}
                aria-describedby={["deal-regulated-hint", errors.regulatedSector?.length ? "deal-regulated-error" : ""].filter(Boolean).join(" ")}
                className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-brand-500"
              />
              <div className="space-y-1">
                <label htmlFor="deal-regulated" className="block text-sm font-medium text-slate-700">
                  Regulated sector
                </label>
                <p id="deal-regulated-hint" className="text-xs text-slate-600">
                  Banking, insurance, health, public sector… A regulator may audit the model, which raises some clauses to must-have.
                </p>
                {errors.regulatedSector?.length ? (
                  <p id="deal-regulated-error" className="text-sm text-red-700">
                    {errors.regulatedSector.join(" ")}
                  </p>
                ) : null}
              </div>
            </div>
          </div>
        </Card>

        <Card className="p-5">
          <h2 className="text-base font-semibold text-slate-900">Commercials and ownership</h2>
          <p className="mt-0.5 text-sm text-slate-600">Value, timeline and who on your side runs the deal.</p>
          <div className="mt-5 grid gap-5 md:grid-cols-2">
            <div className="grid grid-cols-[1fr_7rem] gap-3">
              <Field id="deal-value" label="Contract value" hint="Total over the contract term. Leave empty if not known yet." errors={errors.contractValue}>
                {(control) => (
                  <input
                    {...control}
                    name="contractValue"
                    inputMode="decimal"
                    defaultValue={initial.contractValue}
                    placeholder="250,000"
                    autoComplete="off"
                    className={`${control.className} tabular-nums`}
                  />
                )}
              </Field>
              <Field id="deal-currency" label="Currency" errors={errors.currency}>
                {(control) => (
                  <select {...control} name="currency" defaultValue={initial.currency}>
                    {CURRENCIES.map((currency) => (
                      <option key={currency} value={currency}>
                        {currency}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <Field
              id="deal-stage"
              label="Stage"
              hint={
                isEdit
                  ? "Approved is set by the CIO review, not here; Signed becomes available once the deal is approved."
                  : "A new deal starts at Intake or Negotiating. Approval comes from the CIO review later."
              }
              errors={errors.stage}
            >
              {(control) => (
                <select {...control} name="stage" defaultValue={initial.stage}>
                  {stages.map((stage) => (
                    <option key={stage} value={stage}>
                      {DEAL_STAGE_LABEL[stage]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="deal-signing" label="Target signing date" hint="Optional." errors={errors.targetSigningDate}>
              {(control) => <input {...control} type="date" name="targetSigningDate" defaultValue={initial.targetSigningDate} />}
            </Field>
            <Field id="deal-owner" label="Owner" hint="Who negotiates this deal." errors={errors.ownerId}>
              {(control) => (
                <select {...control} name="ownerId" defaultValue={initial.ownerId}>
                  {initial.ownerId === "" && (
                    <option value="" disabled>
                      Choose an owner…
                    </option>
                  )}
                  {owners.map((owner) => (
                    <option key={owner.id} value={owner.id}>
                      {owner.name} ({ROLE_LABEL[owner.role]})
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        </Card>

        <div className="flex items-center justify-end gap-3">
          <Link href={isEdit ? `/deals/${mode.dealId}` : "/deals"} className="rounded-md px-3.5 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
            Cancel
          </Link>
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : isEdit ? "Save changes" : "Create deal"}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}

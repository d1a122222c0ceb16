"use client";

import { useRef, useState } from "react";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { createPersonalToken, createServiceToken } from "@/lib/actions/api-tokens";
import { isoDayFrom, MAX_TOKEN_DAYS, TOKEN_EXPIRY_CHOICES, type TokenExpiryChoice } from "@/lib/domain/api-tokens";
import { API_SCOPES, type ApiScope } from "@/lib/domain/enums";
import { EXPIRY_CHOICE_LABEL, SCOPE_LABEL } from "@/lib/format/api-token-labels";
import { NewSecretBox } from "./new-secret-box";

const FIELDS = ["name", "scopes", "expiresIn", "expiresOn"];

const SCOPE_HINT: Record<ApiScope, string> = {
  READ: "list and read deals, clauses, readiness, the portfolio and the playbook",
  WRITE: "also create and change deals, clause statuses and vendor responses (includes read)",
};

/**
 * Name, scopes and expiry of a new token; after the create, the secret in a box of its own, once.
 * `service`: an organisation token (an admin's), which may also never expire.
 */
export function CreateTokenForm({ kind, organizationId }: { kind: "personal" | "service"; organizationId: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const [expiresIn, setExpiresIn] = useState<TokenExpiryChoice>("30");
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const action = kind === "service" ? createServiceToken : createPersonalToken;
  const { run, pending, errors, failure } = useActionForm(action, {
    onSuccess: (data) => {
      setCreated({ name: data.name, secret: data.secret });
      formRef.current?.reset();
      setExpiresIn("30");
    },
  });
  useFocusFirstInvalid(formRef, failure, pending, failureRef);
  const choices = TOKEN_EXPIRY_CHOICES.filter((c) => kind === "service" || c !== "never");
  const today = new Date();
  const idPrefix = `${kind}-token`;
  const scopeErrorId = errors.scopes?.length ? `${idPrefix}-scopes-error` : undefined;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setCreated(null);
    run({
      organizationId,
      name: String(form.get("name") ?? ""),
      scopes: form.getAll("scopes").map(String),
      expiresIn: String(form.get("expiresIn") ?? ""),
      expiresOn: String(form.get("expiresOn") ?? ""),
    });
  }

  return (
    <div className="space-y-4 p-5">
      {created && (
        <NewSecretBox
          name={created.name}
          secret={created.secret}
          onDone={() => {
            setCreated(null);
            // The box held focus: give it to the form rather than to the page's start.
            formRef.current?.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
          }}
        />
      )}
      <form
        ref={formRef}
        onSubmit={onSubmit}
        noValidate
        aria-busy={pending}
        aria-label={kind === "service" ? "Create a service token" : "Create a personal token"}
        className="space-y-4"
      >
        <FormFailure failure={failure} fields={FIELDS} ref={failureRef} />
        <fieldset disabled={pending} className="space-y-4">
          <div className="grid gap-4 md:grid-cols-2">
            <Field id={`${idPrefix}-name`} label="Name" hint="What uses it, e.g. “CLM sync” or “BI dashboard”." errors={errors.name}>
              {(control) => <input {...control} name="name" type="text" autoComplete="off" maxLength={100} />}
            </Field>
            <div className="space-y-4 sm:grid sm:grid-cols-2 sm:gap-4 sm:space-y-0">
              <Field id={`${idPrefix}-expires-in`} label="Expires" errors={errors.expiresIn}>
                {(control) => (
                  <select {...control} name="expiresIn" value={expiresIn} onChange={(e) => setExpiresIn(e.target.value as TokenExpiryChoice)}>
                    {choices.map((choice) => (
                      <option key={choice} value={choice}>
                        {EXPIRY_CHOICE_LABEL[choice]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {expiresIn === "date" && (
                <Field id={`${idPrefix}-expires-on`} label="Valid through" hint="Up to one year ahead (UTC)." errors={errors.expiresOn}>
                  {(control) => <input {...control} name="expiresOn" type="date" min={isoDayFrom(today, 1)} max={isoDayFrom(today, MAX_TOKEN_DAYS)} />}
                </Field>
              )}
            </div>
          </div>
          <fieldset aria-describedby={scopeErrorId}>
            <legend className="text-sm font-medium text-slate-700">Scopes</legend>
            <div className="mt-2 grid gap-2 md:grid-cols-2">
              {API_SCOPES.map((scope) => (
                <label key={scope} className="flex items-start gap-2 rounded-md p-2 text-sm ring-1 ring-inset ring-slate-200">
                  <input
                    type="checkbox"
                    name="scopes"
                    value={scope}
                    defaultChecked={scope === "READ"}
                    aria-invalid={Boolean(scopeErrorId)}
                    className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-brand-500"
                  />
                  <span>
                    <span className="font-medium text-slate-900">{SCOPE_LABEL[scope]}</span>
                    <span className="block text-slate-600">{SCOPE_HINT[scope]}</span>
                  </span>
                </label>
              ))}
            </div>
            {scopeErrorId && (
              <p id={scopeErrorId} className="mt-1.5 text-sm text-red-700">
                {errors.scopes!.join(" ")}
              </p>
            )}
          </fieldset>
          {expiresIn === "never" && (
            <FormMessage tone="warning">
              A token that never expires keeps working until someone revokes it, even if it leaks. Prefer a year and renew it; if you choose never, review this
              list regularly.
            </FormMessage>
          )}
          <Button type="submit">{pending ? "Creating…" : kind === "service" ? "Create service token" : "Create token"}</Button>
        </fieldset>
      </form>
    </div>
  );
}

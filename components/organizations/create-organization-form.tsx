"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { createOrganization } from "@/lib/actions/organizations";
import { FormFailure } from "@/components/forms/form-failure";

const FIELDS = ["name", "defaultCurrency"];

/** Name and default currency of a new organisation; on success the creator lands in it. */
export function CreateOrganizationForm({ currencies, defaultCurrency }: { currencies: { code: string; label: string }[]; defaultCurrency: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const { run, pending, errors, failure } = useActionForm(createOrganization, { onSuccess: () => router.push("/") });
  useFocusFirstInvalid(formRef, failure, pending, messageRef);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    run({ name: String(data.get("name") ?? ""), defaultCurrency: String(data.get("defaultCurrency") ?? "") });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-5 p-5">
      <FormFailure failure={failure} fields={FIELDS} ref={messageRef} />
      <fieldset disabled={pending} className="space-y-5">
        <Field
          id="organization-name"
          label="Organisation name"
          hint="As your colleagues know it; you can change it later in the settings."
          errors={errors.name}
        >
          {(control) => <input {...control} name="name" maxLength={100} autoComplete="organization" placeholder="e.g. Acme Insurance" />}
        </Field>
        <Field
          id="organization-currency"
          label="Default currency"
          hint="New deals start in this currency; each deal can use another."
          errors={errors.defaultCurrency}
        >
          {(control) => (
            <select {...control} name="defaultCurrency" defaultValue={defaultCurrency}>
              {currencies.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="flex flex-wrap items-center justify-end gap-3">
          <ButtonLink href="/account" variant="ghost">
            Cancel
          </ButtonLink>
          <Button type="submit" disabled={pending}>
            {pending ? "Creating…" : "Create organisation"}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}

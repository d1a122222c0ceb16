"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { createWebhook, updateWebhook } from "@/lib/actions/webhooks";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/domain/enums";
import { WEBHOOK_EVENT_LABEL } from "@/lib/format/webhook-labels";
import { WEBHOOK_EVENT_NAME } from "@/lib/webhooks/events";
import { SecretOnce } from "./secret-once";

const FIELDS = ["url", "description", "events", "active"];

export interface WebhookFormValues {
  webhookId: string;
  version: number;
  url: string;
  description: string;
  events: WebhookEventType[];
  active: boolean;
}

function valuesOf(form: HTMLFormElement) {
  const data = new FormData(form);
  return { url: String(data.get("url") ?? ""), description: String(data.get("description") ?? ""), events: data.getAll("events").map(String) };
}

function EventBoxes({ idPrefix, checked, errors }: { idPrefix: string; checked: WebhookEventType[]; errors?: string[] }) {
  const errorId = errors?.length ? `${idPrefix}-events-error` : undefined;
  return (
    <fieldset aria-describedby={errorId} className="space-y-2">
      <legend className="text-sm font-medium text-slate-700">Events</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <label key={type} className="flex items-start gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name="events"
              value={type}
              defaultChecked={checked.includes(type)}
              aria-invalid={Boolean(errors?.length)}
              className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-brand-500"
            />
            <span>
              {WEBHOOK_EVENT_LABEL[type]} <code className="text-xs text-slate-600">{WEBHOOK_EVENT_NAME[type]}</code>
            </span>
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Registers an endpoint; its secret is shown once after. */
export function RegisterWebhookForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const { run, pending, errors, failure } = useActionForm(createWebhook, {
    onSuccess: (data) => {
      setSecret(data.secret);
      formRef.current?.reset();
    },
  });
  useFocusFirstInvalid(formRef, failure, pending, messageRef);
  return (
    <div className="space-y-4">
      {secret && <SecretOnce secret={secret} title="Endpoint registered: its signing secret" />}
      <form
        ref={formRef}
        noValidate
        aria-busy={pending}
        onSubmit={(event) => {
          event.preventDefault();
          setSecret(null);
          run(valuesOf(event.currentTarget));
        }}
        className="space-y-5"
      >
        <FormFailure failure={failure} fields={FIELDS} ref={messageRef} />
        <fieldset disabled={pending} className="space-y-5">
          <div className="grid gap-5 md:grid-cols-2">
            <Field id="webhook-url" label="Endpoint URL" hint="https only; it must be reachable from the internet." errors={errors.url}>
              {(control) => <input {...control} name="url" type="url" inputMode="url" placeholder="https://hooks.example.com/dealplaybook" maxLength={2000} />}
            </Field>
            <Field
              id="webhook-description"
              label="Description (optional)"
              hint="What receives these events, for the people who look after it."
              errors={errors.description}
            >
              {(control) => <input {...control} name="description" maxLength={200} />}
            </Field>
          </div>
          <EventBoxes idPrefix="webhook" checked={[]} errors={errors.events} />
          <Button type="submit">{pending ? "Registering…" : "Register endpoint"}</Button>
        </fieldset>
      </form>
    </div>
  );
}

/** Changes an endpoint's URL, description, events and whether it is active (at the version read). */
export function EditWebhookForm({ webhook }: { webhook: WebhookFormValues }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const { run, pending, errors, failure, message } = useActionForm(updateWebhook, { success: "Webhook saved." });
  useFocusFirstInvalid(formRef, failure, pending, messageRef);
  return (
    <form
      ref={formRef}
      noValidate
      aria-busy={pending}
      onSubmit={(event) => {
        event.preventDefault();
        const active = new FormData(event.currentTarget).get("active") === "on" ? "true" : "false";
        run({ ...valuesOf(event.currentTarget), webhookId: webhook.webhookId, version: String(webhook.version), active });
      }}
      className="space-y-5"
    >
      <FormFailure failure={failure} fields={FIELDS} ref={messageRef} onReload={() => router.refresh()} />
      {!failure && message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <fieldset key={webhook.version} disabled={pending} className="space-y-5">
        <div className="grid gap-5 md:grid-cols-2">
          <Field id="webhook-edit-url" label="Endpoint URL" errors={errors.url}>
            {(control) => <input {...control} name="url" type="url" inputMode="url" defaultValue={webhook.url} maxLength={2000} />}
          </Field>
          <Field id="webhook-edit-description" label="Description (optional)" errors={errors.description}>
            {(control) => <input {...control} name="description" defaultValue={webhook.description} maxLength={200} />}
          </Field>
        </div>
        <EventBoxes idPrefix="webhook-edit" checked={webhook.events} errors={errors.events} />
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            name="active"
            defaultChecked={webhook.active}
            className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-brand-500"
          />
          <span>
            Active <span className="text-slate-600">— while switched off, no new events are recorded for it and deliveries still waiting are held.</span>
          </span>
        </label>
        <Button type="submit">{pending ? "Saving…" : "Save changes"}</Button>
      </fieldset>
    </form>
  );
}

"use client";

import { useRef } from "react";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { updateNotificationPreferences } from "@/lib/actions/notifications";
import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS, type NotificationDelivery, type NotificationKind } from "@/lib/domain/enums";
import { DEFAULT_DELIVERY, DELIVERY_LABEL, NOTIFICATION_KIND_LABEL } from "@/lib/notifications/kinds";

const FIELDS: readonly string[] = NOTIFICATION_KINDS;

function formToObject(form: HTMLFormElement) {
  const data = new FormData(form);
  return Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, String(data.get(kind) ?? "")]));
}

/** One group of three choices per kind of notification; the kind's default is marked as such. */
export function NotificationPreferencesForm({ preferences }: { preferences: { kind: NotificationKind; delivery: NotificationDelivery }[] }) {
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const { run, pending, errors, failure, message } = useActionForm(updateNotificationPreferences, {
    success: ({ changed }) => ({
      tone: "success",
      text: changed.length ? "Your notification settings are saved." : "Nothing changed: these were your settings already.",
    }),
  });
  useFocusFirstInvalid(formRef, failure, pending, messageRef);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(formToObject(event.currentTarget));
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-5">
      <FormFailure failure={failure} fields={FIELDS} ref={messageRef} />
      <Card>
        <div className="divide-y divide-slate-100">
          {preferences.map(({ kind, delivery }) => {
            const error = errors[kind]?.length ? `pref-${kind}-error` : undefined;
            return (
              <fieldset
                key={kind}
                disabled={pending}
                aria-describedby={error}
                className="grid gap-3 px-4 py-4 sm:px-5 lg:grid-cols-[minmax(0,1fr)_auto] lg:items-center"
              >
                <legend className="float-left text-sm font-medium text-slate-900">{NOTIFICATION_KIND_LABEL[kind]}</legend>
                <div className="flex flex-wrap gap-x-5 gap-y-2 lg:grid lg:w-[40rem] lg:grid-cols-3">
                  {NOTIFICATION_DELIVERIES.map((choice) => (
                    <label key={choice} className="inline-flex items-center gap-2 text-sm text-slate-700">
                      <input
                        type="radio"
                        name={kind}
                        value={choice}
                        defaultChecked={delivery === choice}
                        className="h-4 w-4 border-slate-300 text-brand-600 focus:ring-brand-500"
                      />
                      {DELIVERY_LABEL[choice]}
                      {DEFAULT_DELIVERY[kind] === choice && <span className="text-xs text-slate-600">(default)</span>}
                    </label>
                  ))}
                </div>
                {error && (
                  <p id={error} className="text-sm text-red-700 lg:col-span-2">
                    {errors[kind].join(" ")}
                  </p>
                )}
              </fieldset>
            );
          })}
        </div>
      </Card>
      {!failure && message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <div className="flex items-center justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}

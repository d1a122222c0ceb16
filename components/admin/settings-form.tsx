"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FormMessage } from "@/components/ui/field";
import { updateOrganizationSettings } from "@/lib/actions/organizations";
import { ROLES, type Role } from "@/lib/domain/enums";
import { ROLE_LABEL } from "@/lib/format/role-labels";
import { FormFailure } from "@/components/forms/form-failure";

export interface SettingsFormValues {
  organizationId: string;
  version: number;
  name: string;
  defaultCurrency: string;
  ssoProviderId: string | null;
  ssoEmailDomains: string[];
  ssoDefaultRole: Role;
  passwordSignInAllowed: boolean;
  requireSecondApproval: boolean;
}

const FIELDS = ["name", "defaultCurrency", "ssoProviderId", "ssoEmailDomains", "ssoDefaultRole", "passwordSignInAllowed", "requireSecondApproval"];
// Newcomers through single sign-on never become admins on their own.
const NEWCOMER_ROLES = ROLES.filter((role) => role !== "ADMIN");

function formToObject(form: HTMLFormElement) {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? "");
  return {
    organizationId: value("organizationId"),
    version: value("version"),
    name: value("name"),
    defaultCurrency: value("defaultCurrency"),
    ssoProviderId: value("ssoProviderId"),
    ssoEmailDomains: value("ssoEmailDomains"),
    ssoDefaultRole: value("ssoDefaultRole"),
    passwordSignInAllowed: data.get("passwordSignInAllowed") === "on" ? "true" : "false",
    requireSecondApproval: data.get("requireSecondApproval") === "on" ? "true" : "false",
  };
}

export function SettingsForm({
  settings,
  currencies,
  providers,
}: {
  settings: SettingsFormValues;
  currencies: { code: string; label: string }[];
  /** The deployment's identity providers; a linked one that is no longer configured is listed too. */
  providers: { id: string; name: string }[];
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const { run, pending, errors, failure, message } = useActionForm(updateOrganizationSettings, { success: "Settings saved." });
  useFocusFirstInvalid(formRef, failure, pending, messageRef);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(formToObject(event.currentTarget));
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-6">
      <input type="hidden" name="organizationId" value={settings.organizationId} />
      <input type="hidden" name="version" value={settings.version} />

      <FormFailure failure={failure} fields={FIELDS} ref={messageRef} onReload={() => router.refresh()} />
      {!failure && message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}

      {/* A new version (saved here or by someone else, then reloaded) remounts the fields with the values as saved. */}
      <fieldset key={settings.version} disabled={pending} className="space-y-6">
        <Card className="p-5">
          <h2 className="text-base font-semibold text-slate-900">The organisation</h2>
          <p className="mt-0.5 text-sm text-slate-600">Shown in the header of every page, and the currency a new deal starts in.</p>
          <div className="mt-5 grid gap-5 md:grid-cols-2">
            <Field id="settings-name" label="Organisation name" errors={errors.name}>
              {(control) => <input {...control} name="name" defaultValue={settings.name} maxLength={100} autoComplete="organization" />}
            </Field>
            <Field id="settings-currency" label="Default currency" hint="Existing deals keep their currency." errors={errors.defaultCurrency}>
              {(control) => (
                <select {...control} name="defaultCurrency" defaultValue={settings.defaultCurrency}>
                  {currencies.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        </Card>

        <Card className="p-5">
          <h2 className="text-base font-semibold text-slate-900">Single sign-on</h2>
          <p className="mt-0.5 text-sm text-slate-600">
            People sign in with your company&apos;s identity provider (OpenID Connect). Someone whose verified email is in one of the allowed domains joins this
            organisation on their first sign-in.
          </p>
          {providers.length === 0 && (
            <p className="mt-3 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700 ring-1 ring-inset ring-slate-200" data-testid="no-sso-providers">
              This deployment has no identity provider configured. Whoever runs it adds one with environment variables —{" "}
              <code className="text-xs">OIDC_PROVIDERS=corp</code>, <code className="text-xs">OIDC_CORP_ISSUER</code>,{" "}
              <code className="text-xs">OIDC_CORP_CLIENT_ID</code> and <code className="text-xs">OIDC_CORP_CLIENT_SECRET</code> (the README explains them) — and
              it then appears here.
            </p>
          )}
          <div className="mt-5 grid gap-5 md:grid-cols-2">
            <Field id="settings-sso-provider" label="Identity provider" errors={errors.ssoProviderId}>
              {(control) => (
                <select {...control} name="ssoProviderId" defaultValue={settings.ssoProviderId ?? ""}>
                  <option value="">None: password sign-in only</option>
                  {providers.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              id="settings-sso-role"
              label="Role of people who join through it"
              hint="Admins can change it afterwards; nobody becomes an admin automatically."
              errors={errors.ssoDefaultRole}
            >
              {(control) => (
                <select {...control} name="ssoDefaultRole" defaultValue={settings.ssoDefaultRole}>
                  {NEWCOMER_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {ROLE_LABEL[role]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div className="md:col-span-2">
              <Field
                id="settings-sso-domains"
                label="Allowed email domains"
                hint="One per line or separated by commas, e.g. example.com. At most 20. Leave empty to let only invited people in."
                errors={errors.ssoEmailDomains}
              >
                {(control) => (
                  <textarea
                    {...control}
                    name="ssoEmailDomains"
                    rows={3}
                    defaultValue={settings.ssoEmailDomains.join("\n")}
                    autoCapitalize="none"
                    spellCheck={false}
                    className={`${control.className} font-mono`}
                  />
                )}
              </Field>
            </div>
            <div className="md:col-span-2">
              <div className="flex items-start gap-3">
                <input
                  id="settings-password-allowed"
                  type="checkbox"
                  name="passwordSignInAllowed"
                  defaultChecked={settings.passwordSignInAllowed}
                  aria-invalid={Boolean(errors.passwordSignInAllowed?.length)}
                  aria-describedby={["settings-password-allowed-hint", errors.passwordSignInAllowed?.length ? "settings-password-allowed-error" : ""]
                    .filter(Boolean)
                    .join(" ")}
                  className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-brand-500"
                />
                <div className="space-y-1">
                  <label htmlFor="settings-password-allowed" className="block text-sm font-medium text-slate-700">
                    Members may also sign in with a password
                  </label>
                  <p id="settings-password-allowed-hint" className="text-xs text-slate-600">
                    Turned off, members of this organisation must sign in through the identity provider: a password sign-in is refused. It can only be turned
                    off while a provider is linked.
                  </p>
                  {errors.passwordSignInAllowed?.length ? (
                    <p id="settings-password-allowed-error" className="text-sm text-red-700">
                      {errors.passwordSignInAllowed.join(" ")}
                    </p>
                  ) : null}
                </div>
              </div>
            </div>
          </div>
        </Card>

        <Card className="p-5">
          <h2 className="text-base font-semibold text-slate-900">Approval policy</h2>
          <div className="mt-4 flex items-start gap-3">
            <input
              id="settings-second-approval"
              type="checkbox"
              name="requireSecondApproval"
              defaultChecked={settings.requireSecondApproval}
              aria-invalid={Boolean(errors.requireSecondApproval?.length)}
              aria-describedby={["settings-second-approval-hint", errors.requireSecondApproval?.length ? "settings-second-approval-error" : ""]
                .filter(Boolean)
                .join(" ")}
              className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-brand-500"
            />
            <div className="space-y-1">
              <label htmlFor="settings-second-approval" className="block text-sm font-medium text-slate-700">
                Require a second approver
              </label>
              <p id="settings-second-approval-hint" className="text-xs text-slate-600">
                A deal counts as approved only once a CIO and another member flagged as approver (on the members page) have both approved it as it stands.
                Whatever this setting, someone who accepted one of a deal&apos;s risks is never its only approver.
              </p>
              {errors.requireSecondApproval?.length ? (
                <p id="settings-second-approval-error" className="text-sm text-red-700">
                  {errors.requireSecondApproval.join(" ")}
                </p>
              ) : null}
            </div>
          </div>
        </Card>

        <div className="flex items-center justify-end gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save settings"}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}

"use client";

import { useState } from "react";
import { Field } from "@/components/ui/field";
import { BASE_MODEL_LICENCE_TYPES, USE_CASE_CATEGORIES, type BaseModelLicenceType, type UseCaseCategory } from "@/lib/domain/enums";
import { BASE_MODEL_LICENCE_TYPE_LABEL } from "@/lib/format/deal-labels";
import { formatUsers, USE_CASE_CATEGORY_LABEL } from "@/lib/format/licence-labels";
import { findLicence } from "@/lib/licences/findings";
import { LICENCE_REGISTRY } from "@/lib/licences/registry";

/** The deal form's licence facts: the registry pick (or free text), expected users, use case category. */
export interface LicenceFormValues {
  baseModelLicence: string;
  baseModelLicenceType: BaseModelLicenceType;
  /** A registry key, or "" for a free-text licence. */
  baseModelLicenceKey: string;
  /** As typed, e.g. "900,000,000"; "" when not stated. */
  expectedMonthlyUsers: string;
  useCaseCategory: UseCaseCategory;
}

/** Field names the action may report errors on (the deal form lists them with its own). */
export const LICENCE_FIELD_NAMES = ["baseModelLicenceKey", "baseModelLicence", "baseModelLicenceType", "expectedMonthlyUsers", "useCaseCategory"];

const GROUPS = BASE_MODEL_LICENCE_TYPES.map((type) => ({ type, entries: LICENCE_REGISTRY.filter((e) => e.licenceType === type) })).filter(
  (g) => g.entries.length > 0,
);

export function LicenceFields({ initial, errors }: { initial: LicenceFormValues; errors: Record<string, string[] | undefined> }) {
  const [key, setKey] = useState(initial.baseModelLicenceKey);
  const entry = findLicence(key);
  const threshold = entry?.facts.userThreshold.value ?? null;
  return (
    <>
      <Field
        id="deal-licence-key"
        label="Base model licence"
        hint="Pick it from the reviewed registry so its terms are checked against this deal; Other keeps a free-text licence, unchecked."
        errors={errors.baseModelLicenceKey}
      >
        {(control) => (
          <select {...control} name="baseModelLicenceKey" value={key} onChange={(e) => setKey(e.target.value)}>
            {GROUPS.map((group) => (
              <optgroup key={group.type} label={BASE_MODEL_LICENCE_TYPE_LABEL[group.type]}>
                {group.entries.map((e) => (
                  <option key={e.key} value={e.key}>
                    {e.name} ({e.models.join(", ")})
                  </option>
                ))}
              </optgroup>
            ))}
            <option value="">Other (free text, unchecked)</option>
          </select>
        )}
      </Field>
      {entry ? (
        <div
          className="rounded-md bg-slate-50 px-3 py-2.5 text-sm text-slate-700 ring-1 ring-inset ring-slate-200 md:col-span-2"
          data-testid="licence-entry-summary"
        >
          <p>
            <span className="font-medium text-slate-900">{entry.name}</span>, {entry.version}. {BASE_MODEL_LICENCE_TYPE_LABEL[entry.licenceType]}.
          </p>
          <p className="mt-0.5 text-xs text-slate-600">
            Reviewed on {entry.reviewedOn}.{" "}
            <a href={entry.textUrl} target="_blank" rel="noreferrer" className="text-brand-700 underline">
              Licence text
            </a>
          </p>
        </div>
      ) : (
        <>
          <Field id="deal-base-licence" label="Licence as written (free text)" errors={errors.baseModelLicence}>
            {(control) => (
              <input
                {...control}
                name="baseModelLicence"
                defaultValue={initial.baseModelLicenceKey ? "" : initial.baseModelLicence}
                maxLength={200}
                placeholder="e.g. Vendor's own model terms"
                autoComplete="off"
              />
            )}
          </Field>
          <Field
            id="deal-base-licence-type"
            label="Base model licence type"
            hint="Decides which licence clauses apply to this deal."
            errors={errors.baseModelLicenceType}
          >
            {(control) => (
              <select {...control} name="baseModelLicenceType" defaultValue={initial.baseModelLicenceType}>
                {BASE_MODEL_LICENCE_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {BASE_MODEL_LICENCE_TYPE_LABEL[type]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
      <Field
        id="deal-expected-users"
        label="Expected monthly active users"
        hint={
          threshold !== null
            ? `Optional. This licence needs the licensor's separate permission above ${formatUsers(threshold)}.`
            : "Optional. Some licences need the licensor's permission above a number of users."
        }
        errors={errors.expectedMonthlyUsers}
      >
        {(control) => (
          <input
            {...control}
            name="expectedMonthlyUsers"
            inputMode="numeric"
            defaultValue={initial.expectedMonthlyUsers}
            placeholder="e.g. 250,000"
            autoComplete="off"
            className={`${control.className} tabular-nums`}
          />
        )}
      </Field>
      <Field id="deal-use-case-category" label="Use case category" hint="Licences restrict some fields of use." errors={errors.useCaseCategory}>
        {(control) => (
          <select {...control} name="useCaseCategory" defaultValue={initial.useCaseCategory}>
            {USE_CASE_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {USE_CASE_CATEGORY_LABEL[category]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}

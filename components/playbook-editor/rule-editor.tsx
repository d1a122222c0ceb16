"use client";

import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { BASE_MODEL_LICENCE_TYPES, HOSTING_MODELS, PRIORITIES, type BaseModelLicenceType, type HostingModel, type Priority } from "@/lib/domain/enums";
import { HOSTING_MODEL_LABEL } from "@/lib/format/deal-labels";
import { LICENCE_TYPE_LABEL, RULE_EFFECT_LABEL, VALUE_BAND_LABEL } from "@/lib/format/playbook-editor-labels";
import { PRIORITY_LABEL } from "@/lib/format/priority-labels";
// Types only from the format: its zod schemas stay on the server (built in the browser, they would probe for eval).
import type { ApplicabilityRule, ContractValueBand, RuleEffect } from "@/lib/playbook/format";

const CONTRACT_VALUE_BANDS = Object.keys(VALUE_BAND_LABEL) as ContractValueBand[];
const RULE_EFFECTS = Object.keys(RULE_EFFECT_LABEL) as RuleEffect[];

// A clause's applicability rules as editable rows. Each row holds what the form shows (words as
// typed, "any" for a condition left open); `toRule` turns it into the rule the action receives, with
// only the conditions that were set.

export interface RuleRow {
  /** React's key for the row: rows are added and removed in place. */
  id: number;
  effect: RuleEffect;
  priority: Priority;
  reason: string;
  hostingModels: HostingModel[];
  modelKindMentions: string;
  baseModelLicenceTypes: BaseModelLicenceType[];
  regulatedSector: "any" | "yes" | "no";
  contractValueBands: ContractValueBand[];
}

let nextId = 1;

export function ruleRow(rule?: ApplicabilityRule): RuleRow {
  const when = rule?.when ?? {};
  return {
    id: nextId++,
    effect: rule?.effect ?? "NOT_APPLICABLE",
    priority: rule?.effect === "RAISE_PRIORITY" ? rule.priority : "MUST_HAVE",
    reason: rule?.reason ?? "",
    hostingModels: when.hostingModels ?? [],
    modelKindMentions: (when.modelKindMentions ?? []).join(", "),
    baseModelLicenceTypes: when.baseModelLicenceTypes ?? [],
    regulatedSector: when.regulatedSector === undefined ? "any" : when.regulatedSector ? "yes" : "no",
    contractValueBands: when.contractValueBands ?? [],
  };
}

/** The rule as the action takes it: conditions left open are left out. */
export function toRule(row: RuleRow) {
  const words = row.modelKindMentions
    .split(/[,\n]/)
    .map((w) => w.trim())
    .filter(Boolean);
  const when = {
    ...(row.hostingModels.length ? { hostingModels: row.hostingModels } : {}),
    ...(words.length ? { modelKindMentions: words } : {}),
    ...(row.baseModelLicenceTypes.length ? { baseModelLicenceTypes: row.baseModelLicenceTypes } : {}),
    ...(row.regulatedSector === "any" ? {} : { regulatedSector: row.regulatedSector === "yes" }),
    ...(row.contractValueBands.length ? { contractValueBands: row.contractValueBands } : {}),
  };
  return row.effect === "RAISE_PRIORITY"
    ? { effect: row.effect, when, priority: row.priority, reason: row.reason }
    : { effect: row.effect, when, reason: row.reason };
}

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

function Checkboxes<T extends string>({
  legend,
  name,
  values,
  labels,
  checked,
  onChange,
}: {
  legend: string;
  name: string;
  values: readonly T[];
  labels: Record<T, string>;
  checked: T[];
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset>
      <legend className="text-xs font-medium text-slate-700">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {values.map((value) => (
          <label key={value} className="flex items-center gap-1.5 text-sm text-slate-700">
            <input
              type="checkbox"
              name={name}
              value={value}
              checked={checked.includes(value)}
              onChange={(e) => onChange(toggle(checked, value, e.target.checked))}
              className="h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-brand-500"
            />
            {labels[value]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const SMALL_CONTROL = controlClass;

export function RuleEditor({
  rows,
  onChange,
  errors,
  maxRules,
}: {
  rows: RuleRow[];
  onChange: (rows: RuleRow[]) => void;
  errors: Record<string, string[]>;
  /** The format's limit (MAX_RULES_PER_CLAUSE), given by the page. */
  maxRules: number;
}) {
  const update = (id: number, patch: Partial<RuleRow>) => onChange(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const listErrors = errors.rules;
  return (
    <fieldset className="space-y-3" aria-describedby={listErrors?.length ? "rules-error" : undefined}>
      <legend className="text-base font-semibold text-slate-900">Applicability rules</legend>
      <p className="text-xs text-slate-600">
        A rule is checked against each deal&apos;s facts. When every condition it sets holds (within one condition, any ticked value matches), the clause is not
        applicable on that deal, or counts at a higher priority. Leave a condition open to ignore it.
      </p>
      {listErrors?.length ? (
        <p id="rules-error" className="text-sm text-red-700">
          {listErrors.join(" ")}
        </p>
      ) : null}
      {rows.length === 0 && <p className="text-sm text-slate-600">No rules: the clause applies to every deal at its own priority.</p>}
      <ol className="space-y-3">
        {rows.map((row, index) => {
          const prefix = `rules.${index}.`;
          const ruleErrors = Object.entries(errors)
            .filter(([key]) => key.startsWith(prefix) && key !== `${prefix}reason`)
            .flatMap(([, messages]) => messages);
          const reasonErrors = errors[`${prefix}reason`];
          const id = `rule-${index + 1}`;
          return (
            <li key={row.id} className="space-y-3 rounded-lg bg-slate-50 p-4 ring-1 ring-inset ring-slate-200" data-testid="rule-row">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="text-sm font-semibold text-slate-900">Rule {index + 1}</h3>
                <Button
                  type="button"
                  variant="ghost"
                  className="px-2 py-1 text-xs text-red-700 ring-1 ring-inset ring-slate-200"
                  onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
                >
                  Remove rule {index + 1}
                </Button>
              </div>
              <div className="grid gap-3 sm:grid-cols-2">
                <div className="space-y-1">
                  <label htmlFor={`${id}-effect`} className="block text-xs font-medium text-slate-700">
                    Effect
                  </label>
                  <select
                    id={`${id}-effect`}
                    className={SMALL_CONTROL}
                    value={row.effect}
                    onChange={(e) => update(row.id, { effect: e.target.value as RuleEffect })}
                  >
                    {RULE_EFFECTS.map((effect) => (
                      <option key={effect} value={effect}>
                        {RULE_EFFECT_LABEL[effect]}
                      </option>
                    ))}
                  </select>
                </div>
                {row.effect === "RAISE_PRIORITY" && (
                  <div className="space-y-1">
                    <label htmlFor={`${id}-priority`} className="block text-xs font-medium text-slate-700">
                      Raise to
                    </label>
                    <select
                      id={`${id}-priority`}
                      className={SMALL_CONTROL}
                      value={row.priority}
                      onChange={(e) => update(row.id, { priority: e.target.value as Priority })}
                    >
                      {PRIORITIES.map((p) => (
                        <option key={p} value={p}>
                          {PRIORITY_LABEL[p]}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
              </div>
              <fieldset className="space-y-3" aria-describedby={ruleErrors.length ? `${id}-error` : undefined}>
                <legend className="text-xs font-semibold uppercase tracking-wide text-slate-600">When</legend>
                <Checkboxes
                  legend="Hosting model"
                  name={`${id}-hosting`}
                  values={HOSTING_MODELS}
                  labels={HOSTING_MODEL_LABEL}
                  checked={row.hostingModels}
                  onChange={(v) => update(row.id, { hostingModels: v })}
                />
                <div className="space-y-1">
                  <label htmlFor={`${id}-words`} className="block text-xs font-medium text-slate-700">
                    The model kind mentions (words, separated by commas)
                  </label>
                  <input
                    id={`${id}-words`}
                    className={SMALL_CONTROL}
                    value={row.modelKindMentions}
                    aria-invalid={ruleErrors.length > 0}
                    aria-describedby={ruleErrors.length ? `${id}-error` : undefined}
                    onChange={(e) => update(row.id, { modelKindMentions: e.target.value })}
                  />
                </div>
                <Checkboxes
                  legend="Base model licence"
                  name={`${id}-licence`}
                  values={BASE_MODEL_LICENCE_TYPES}
                  labels={LICENCE_TYPE_LABEL}
                  checked={row.baseModelLicenceTypes}
                  onChange={(v) => update(row.id, { baseModelLicenceTypes: v })}
                />
                <div className="space-y-1">
                  <label htmlFor={`${id}-regulated`} className="block text-xs font-medium text-slate-700">
                    Regulated sector
                  </label>
                  <select
                    id={`${id}-regulated`}
                    className={`${SMALL_CONTROL} sm:w-48`}
                    value={row.regulatedSector}
                    onChange={(e) => update(row.id, { regulatedSector: e.target.value as RuleRow["regulatedSector"] })}
                  >
                    <option value="any">Any</option>
                    <option value="yes">Yes</option>
                    <option value="no">No</option>
                  </select>
                </div>
                <Checkboxes
                  legend="Contract value"
                  name={`${id}-bands`}
                  values={CONTRACT_VALUE_BANDS}
                  labels={VALUE_BAND_LABEL}
                  checked={row.contractValueBands}
                  onChange={(v) => update(row.id, { contractValueBands: v })}
                />
                {ruleErrors.length > 0 && (
                  <p id={`${id}-error`} className="text-sm text-red-700">
                    {ruleErrors.join(" ")}
                  </p>
                )}
              </fieldset>
              <div className="space-y-1">
                <label htmlFor={`${id}-reason`} className="block text-xs font-medium text-slate-700">
                  Reason (shown on the deal)
                </label>
                <input
                  id={`${id}-reason`}
                  className={SMALL_CONTROL}
                  value={row.reason}
                  maxLength={500}
                  aria-invalid={Boolean(reasonErrors?.length)}
                  aria-describedby={reasonErrors?.length ? `${id}-reason-error` : undefined}
                  onChange={(e) => update(row.id, { reason: e.target.value })}
                />
                {reasonErrors?.length ? (
                  <p id={`${id}-reason-error`} className="text-sm text-red-700">
                    {reasonErrors.join(" ")}
                  </p>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      <Button type="button" variant="secondary" disabled={rows.length >= maxRules} onClick={() => onChange([...rows, ruleRow()])}>
        Add a rule
      </Button>
    </fieldset>
  );
}

import Link from "next/link";
import { Field } from "@/components/ui/field";
import { auditActionLabel } from "@/lib/format/audit-labels";

export interface AuditFilterValues {
  actorId: string;
  action: string;
  from: string;
  to: string;
}

/** The audit log's filters as a plain GET form: they live in the URL and work without JavaScript. */
export function AuditFilterForm({
  values,
  errors,
  people,
  actions,
}: {
  values: AuditFilterValues;
  errors: Partial<Record<keyof AuditFilterValues, string[]>>;
  people: { id: string; name: string }[];
  actions: string[];
}) {
  const byLabel = [...actions].sort((a, b) => auditActionLabel(a).localeCompare(auditActionLabel(b)));
  const filtered = Object.values(values).some(Boolean);
  return (
    <form
      method="get"
      action="/admin/audit"
      className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]"
      aria-label="Filter the audit log"
    >
      <Field id="audit-actor" label="Person" errors={errors.actorId}>
        {(control) => (
          <select {...control} name="actorId" defaultValue={values.actorId}>
            <option value="">Anyone</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="audit-action" label="Action" errors={errors.action}>
        {(control) => (
          <select {...control} name="action" defaultValue={values.action}>
            <option value="">Any action</option>
            {byLabel.map((a) => (
              <option key={a} value={a}>
                {auditActionLabel(a)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="audit-from" label="From (UTC)" errors={errors.from}>
        {(control) => <input {...control} type="date" name="from" defaultValue={values.from} />}
      </Field>
      <Field id="audit-to" label="To (UTC, inclusive)" errors={errors.to}>
        {(control) => <input {...control} type="date" name="to" defaultValue={values.to} />}
      </Field>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-1">
        <button type="submit" className="rounded-md bg-white px-3.5 py-2 text-sm font-medium shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
          Filter
        </button>
        {filtered && (
          <Link href="/admin/audit" className="py-2 text-sm text-brand-700 hover:underline">
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}

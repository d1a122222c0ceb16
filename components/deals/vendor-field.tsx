"use client";

import { useId, useState } from "react";
import { Field } from "@/components/ui/field";
import { nearDuplicate, normalizeVendorName, tidyVendorName } from "@/lib/domain/vendor-names";

export interface VendorOption {
  id: string;
  name: string;
  deals: number;
}

/** What the typed name will do on save: pick an existing vendor, add a new one (maybe like another), or nothing yet. */
function verdict(typed: string, vendors: VendorOption[]) {
  const name = tidyVendorName(typed);
  const key = normalizeVendorName(name);
  if (!key) return null;
  const same = vendors.find((v) => normalizeVendorName(v.name) === key);
  if (same) return { kind: "existing" as const, vendor: same };
  const similar = vendors.find((v) => nearDuplicate(v.name, name));
  return { kind: "new" as const, name, similar };
}

/**
 * The deal's vendor: one of the organisation's vendors (the browser's list filters them as you type)
 * or a new name, which becomes a new vendor on save. A name that differs from an existing vendor only
 * in case, spacing or punctuation is that vendor; the line under the field says which will happen.
 */
export function VendorField({ initial, errors, vendors = [] }: { initial: string; errors?: string[]; vendors?: VendorOption[] }) {
  const listId = useId();
  const [typed, setTyped] = useState(initial);
  const result = verdict(typed, vendors);
  return (
    <div>
      <Field id="deal-vendor" label="Vendor" hint="Pick one of your vendors or type a new name." errors={errors}>
        {(control) => (
          <input
            {...control}
            aria-describedby={[control["aria-describedby"], "deal-vendor-match"].filter(Boolean).join(" ")}
            name="vendor"
            list={listId}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            maxLength={200}
            placeholder="e.g. Acme AI Ltd"
            autoComplete="off"
          />
        )}
      </Field>
      <datalist id={listId}>
        {vendors.map((v) => (
          <option key={v.id} value={v.name}>
            {v.deals === 1 ? "1 deal" : `${v.deals} deals`}
          </option>
        ))}
      </datalist>
      <p id="deal-vendor-match" className="mt-1 text-xs text-slate-700" aria-live="polite" data-testid="vendor-match">
        {result?.kind === "existing" &&
          (result.vendor.name === tidyVendorName(typed)
            ? `An existing vendor (${result.vendor.deals === 1 ? "1 deal" : `${result.vendor.deals} deals`}).`
            : `Saved as the existing vendor “${result.vendor.name}”.`)}
        {result?.kind === "new" && (
          <>
            “{result.name}” will be added as a new vendor.
            {result.similar && <span className="text-amber-800"> It looks like “{result.similar.name}”: pick that one if it is the same company.</span>}
          </>
        )}
      </p>
    </div>
  );
}

"use client";

import { useRef } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { mergeVendors } from "@/lib/actions/vendors";

interface Option {
  id: string;
  name: string;
  deals: number;
}

/** Merge any two vendors: the first keeps its name and gets the second's deals. */
export function ManualMergeForm({ vendors }: { vendors: Option[] }) {
  const form = useRef<HTMLFormElement>(null);
  const merge = useActionForm(mergeVendors, {
    success: (data) => ({ tone: "success", text: `Merged: ${data.dealsMoved === 1 ? "1 deal" : `${data.dealsMoved} deals`} moved.` }),
    onSuccess: () => form.current?.reset(),
  });
  useFocusFirstInvalid(form, merge.failure, merge.pending);
  const options = (placeholder: string) => (
    <>
      <option value="">{placeholder}</option>
      {vendors.map((v) => (
        <option key={v.id} value={v.id}>
          {v.name} ({v.deals === 1 ? "1 deal" : `${v.deals} deals`})
        </option>
      ))}
    </>
  );
  return (
    <form
      ref={form}
      aria-label="Merge two vendors"
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        merge.run({ survivorId: String(data.get("survivorId") ?? ""), mergedId: String(data.get("mergedId") ?? "") });
      }}
    >
      {merge.message && <FormMessage tone={merge.message.tone}>{merge.message.text}</FormMessage>}
      <fieldset disabled={merge.pending} className="grid gap-4 md:grid-cols-2">
        <Field id="merge-survivor" label="Keep this vendor" hint="Its name stays." errors={merge.errors.survivorId}>
          {(control) => (
            <select {...control} name="survivorId" defaultValue="">
              {options("Choose a vendor…")}
            </select>
          )}
        </Field>
        <Field id="merge-merged" label="Merge this one into it" hint="Its deals move over; the record goes." errors={merge.errors.mergedId}>
          {(control) => (
            <select {...control} name="mergedId" defaultValue="">
              {options("Choose a vendor…")}
            </select>
          )}
        </Field>
      </fieldset>
      <Button type="submit" disabled={merge.pending}>
        {merge.pending ? "Merging…" : "Merge the two"}
      </Button>
    </form>
  );
}

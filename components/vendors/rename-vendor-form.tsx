"use client";

import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { renameVendor } from "@/lib/actions/vendors";

/** Rename a vendor; its deals take the new name. Another vendor's name is refused (merge them instead). */
export function RenameVendorForm({ vendorId, version, name }: { vendorId: string; version: number; name: string }) {
  const [value, setValue] = useState(name);
  const form = useRef<HTMLFormElement>(null);
  const rename = useActionForm(renameVendor, { success: "Renamed; its deals show the new name." });
  useFocusFirstInvalid(form, rename.failure, rename.pending);
  return (
    <form
      ref={form}
      className="space-y-3"
      aria-label="Rename the vendor"
      onSubmit={(e) => {
        e.preventDefault();
        rename.run({ vendorId, version, name: value });
      }}
    >
      {rename.message && <FormMessage tone={rename.message.tone}>{rename.message.text}</FormMessage>}
      <Field id="vendor-name" label="Name" hint="How the vendor appears on every deal and in the portfolio." errors={rename.errors.name}>
        {(control) => <input {...control} name="name" value={value} onChange={(e) => setValue(e.target.value)} maxLength={200} autoComplete="off" />}
      </Field>
      <Button type="submit" variant="secondary" disabled={rename.pending || value.trim() === name}>
        {rename.pending ? "Renaming…" : "Rename"}
      </Button>
    </form>
  );
}

import { FormMessage } from "@/components/ui/field";
import type { ActionFailure } from "@/components/forms/use-action-form";

/** The message of a failed submit, with the errors no field of the form shows; focusable so the form can move focus to it. */
export function FormFailure({ failure, fields, ref }: { failure: ActionFailure | null; fields: readonly string[]; ref: React.Ref<HTMLDivElement> }) {
  if (!failure) return null;
  const otherErrors = Object.entries(failure.fieldErrors ?? {})
    .filter(([key]) => !fields.includes(key))
    .flatMap(([, messages]) => messages);
  return (
    <div ref={ref} tabIndex={-1} className="outline-none">
      <FormMessage tone={failure.code === "CONFLICT" ? "warning" : "error"}>
        {failure.message}
        {otherErrors.length > 0 && <span> {otherErrors.join(". ")}.</span>}
      </FormMessage>
    </div>
  );
}

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionFailure } from "@/components/forms/use-action-form";

/**
 * The message of a failed submit, with the errors no field of the form shows; focusable so the form
 * can move focus to it. A stale save (CONFLICT) of a form that can reload offers the reload.
 */
export function FormFailure({
  failure,
  fields,
  ref,
  onReload,
}: {
  failure: ActionFailure | null;
  fields: readonly string[];
  ref: React.Ref<HTMLDivElement>;
  onReload?: () => void;
}) {
  if (!failure) return null;
  const otherErrors = Object.entries(failure.fieldErrors ?? {})
    .filter(([key]) => !fields.includes(key))
    .flatMap(([, messages]) => messages);
  const conflict = failure.code === "CONFLICT";
  return (
    <div ref={ref} tabIndex={-1} className="outline-none">
      <FormMessage tone={conflict ? "warning" : "error"}>
        {conflict && onReload ? (
          <div className="flex flex-wrap items-center justify-between gap-3">
            <span>{failure.message}</span>
            <Button type="button" variant="secondary" onClick={onReload}>
              Reload
            </Button>
          </div>
        ) : (
          <>
            {failure.message}
            {otherErrors.length > 0 && <span> {otherErrors.join(". ")}.</span>}
          </>
        )}
      </FormMessage>
    </div>
  );
}

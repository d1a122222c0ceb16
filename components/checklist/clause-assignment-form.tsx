"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { assignClause } from "@/lib/actions/clause-assignment";

/** Who works on the clause and by when; names the clause version it read. */
export function ClauseAssignmentForm({
  dealClauseId,
  version,
  assigneeId,
  dueOn,
  members,
}: {
  dealClauseId: string;
  version: number;
  assigneeId: string | null;
  dueOn: string | null;
  members: readonly { userId: string; name: string }[];
}) {
  const router = useRouter();
  const [assignee, setAssignee] = useState(assigneeId ?? "");
  const [due, setDue] = useState(dueOn ?? "");
  const form = useRef<HTMLFormElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const assign = useActionForm(assignClause, { success: "Assignment saved." });
  useFocusFirstInvalid(form, assign.failure, assign.pending, failureRef);
  // An assignee who has since left stays selectable as they are until someone changes it.
  const options = assigneeId && !members.some((m) => m.userId === assigneeId) ? [...members, { userId: assigneeId, name: "A former member" }] : members;
  return (
    <form
      ref={form}
      aria-label="Assignment"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        assign.run({ dealClauseId, version: String(version), assigneeId: assignee, dueOn: due });
      }}
    >
      <FormFailure
        failure={assign.failure}
        fields={["assigneeId", "dueOn"]}
        ref={failureRef}
        onReload={() => {
          assign.reset();
          router.refresh();
        }}
      />
      {!assign.failure && assign.message && <FormMessage tone={assign.message.tone}>{assign.message.text}</FormMessage>}
      <Field id="assigneeId" label="Assigned to" errors={assign.errors.assigneeId}>
        {(control) => (
          <select {...control} name="assigneeId" value={assignee} onChange={(e) => setAssignee(e.target.value)}>
            <option value="">Nobody</option>
            {options.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="dueOn" label="Due date" hint="Optional." errors={assign.errors.dueOn}>
        {(control) => <input {...control} type="date" name="dueOn" value={due} onChange={(e) => setDue(e.target.value)} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={assign.pending}>
        {assign.pending ? "Saving…" : "Save assignment"}
      </Button>
    </form>
  );
}

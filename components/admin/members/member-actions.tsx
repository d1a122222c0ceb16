"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { changeMemberRole, removeMember, setMemberDisabled } from "@/lib/actions/members";
import { ROLES, type Role } from "@/lib/domain/enums";
import { ROLE_LABEL } from "@/lib/format/role-labels";

/** The form control look (components/ui/field.tsx), sized to sit beside its button in a table row. */
const ROLE_SELECT =
  "w-36 rounded-md border-0 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-brand-500 aria-[invalid=true]:ring-red-500";

interface Member {
  membershipId: string;
  name: string;
  role: Role;
  disabled: boolean;
  isYou: boolean;
}

type RowMessage = { tone: "error" | "success" | "warning"; text: string } | null;

/** Role (select + save), disable / re-enable, remove (with a confirm step) for one member. */
export function MemberActions({ member }: { member: Member }) {
  const [role, setRole] = useState<Role>(member.role);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  // The last outcome of any of the row's actions, in one place under its controls.
  const [rowMessage, setRowMessage] = useState<RowMessage>(null);
  const common = {
    onFailure: (failure: { message: string; code: string }) =>
      setRowMessage({ tone: failure.code === "CONFLICT" ? "warning" : "error", text: failure.message }),
  };
  const roleForm = useActionForm(changeMemberRole, {
    ...common,
    onSuccess: (data) => setRowMessage({ tone: "success", text: `Role changed to ${ROLE_LABEL[data.role]}.` }),
  });
  const disableForm = useActionForm(setMemberDisabled, {
    ...common,
    onSuccess: (data) => setRowMessage({ tone: "success", text: data.disabled ? "Disabled: signed out on their next request." : "Re-enabled." }),
  });
  const removeForm = useActionForm(removeMember, {
    ...common,
    onSuccess: () => setRowMessage({ tone: "success", text: "Removed from the organisation." }),
  });
  const pending = roleForm.pending || disableForm.pending || removeForm.pending;
  const roleErrors = roleForm.errors.role;
  const selectId = `role-${member.membershipId}`;
  const who = member.isYou ? "yourself" : member.name;

  return (
    <div className="min-w-[16rem] space-y-2">
      <form
        className="flex items-center gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          setRowMessage(null);
          roleForm.run({ membershipId: member.membershipId, role });
        }}
      >
        <label htmlFor={selectId} className="sr-only">
          Role of {member.name}
        </label>
        <select
          id={selectId}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          disabled={pending}
          aria-invalid={Boolean(roleErrors?.length)}
          className={ROLE_SELECT}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABEL[r]}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary" className="whitespace-nowrap px-3 py-1.5" disabled={pending || role === member.role}>
          {roleForm.pending ? "Saving…" : "Save role"}
        </Button>
      </form>
      <div className="flex flex-wrap items-center gap-2">
        <Button
          type="button"
          variant="ghost"
          className="px-2 py-1 text-brand-700 ring-1 ring-inset ring-slate-200"
          disabled={pending}
          onClick={() => {
            setRowMessage(null);
            disableForm.run({ membershipId: member.membershipId, disabled: member.disabled ? "false" : "true" });
          }}
        >
          {member.disabled ? "Re-enable" : "Disable"}
          <span className="sr-only"> {who}</span>
        </Button>
        {!confirmingRemove && (
          <Button
            type="button"
            variant="ghost"
            className="px-2 py-1 text-red-700 ring-1 ring-inset ring-slate-200"
            disabled={pending}
            onClick={() => {
              setRowMessage(null);
              setConfirmingRemove(true);
            }}
          >
            Remove<span className="sr-only"> {who}</span>
          </Button>
        )}
      </div>
      {confirmingRemove && (
        <div role="group" aria-labelledby={`remove-${member.membershipId}`} className="rounded-md bg-red-50 p-3 ring-1 ring-inset ring-red-200">
          <p id={`remove-${member.membershipId}`} className="text-sm text-red-900">
            Remove {member.isYou ? "yourself" : <span className="font-semibold">{member.name}</span>} from the organisation? Their past work and its history
            stay.
          </p>
          <div className="mt-2 flex gap-2">
            <Button
              type="button"
              variant="danger"
              className="px-3 py-1.5"
              autoFocus
              disabled={pending}
              onClick={() => {
                setConfirmingRemove(false);
                removeForm.run({ membershipId: member.membershipId });
              }}
            >
              {removeForm.pending ? "Removing…" : "Yes, remove"}
            </Button>
            <Button type="button" variant="ghost" className="px-3 py-1.5" onClick={() => setConfirmingRemove(false)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {rowMessage && (
        <div className="max-w-xs">
          <FormMessage tone={rowMessage.tone}>{rowMessage.text}</FormMessage>
        </div>
      )}
    </div>
  );
}

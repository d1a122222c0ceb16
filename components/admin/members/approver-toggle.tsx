"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { setMemberApprover } from "@/lib/actions/members";
import type { Role } from "@/lib/domain/enums";

/** The approval policy's flag on one member: may give the second approval (for example a legal reviewer). */
export function ApproverToggle({ member }: { member: { membershipId: string; name: string; approver: boolean; role: Role } }) {
  const { run, pending, message } = useActionForm(setMemberApprover);
  // A viewer only reads: the flag needs a role that acts (a viewer made an approver loses it).
  if (member.role === "VIEWER" && !member.approver) return <span className="text-sm text-slate-600">Not for viewers</span>;
  return (
    <div className="min-w-[9rem] space-y-1.5">
      {member.approver ? <Badge tone="info">Approver</Badge> : <span className="text-sm text-slate-600">Not an approver</span>}
      <div>
        <Button
          type="button"
          variant="secondary"
          className="whitespace-nowrap px-3 py-1.5"
          disabled={pending}
          aria-label={member.approver ? `Remove ${member.name}'s approver flag` : `Flag ${member.name} as approver`}
          onClick={() => run({ membershipId: member.membershipId, approver: member.approver ? "false" : "true" })}
        >
          {pending ? "Saving…" : member.approver ? "Remove flag" : "Flag as approver"}
        </Button>
      </div>
      {message && message.tone !== "success" && <p className="text-xs text-red-700">{message.text}</p>}
    </div>
  );
}

"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/auth/actor";
import {
  changeMemberRole as changeRole,
  inviteMember as invite,
  removeMember as remove,
  resendInvitation as resend,
  revokeInvitation as revoke,
  setMemberApprover as setApprover,
  setMemberDisabled as setDisabled,
} from "@/lib/services/members";
import { ZChangeMemberRole, ZInvitationRef, ZInviteMember, ZMemberRef, ZSetMemberApprover, ZSetMemberDisabled } from "@/lib/validation/members";

// Members and invitations (/admin/members). A change reaches the member on their next request: the
// actor is re-read from the database every time (lib/auth/load-actor.ts).

const MEMBERS_PAGE = "/admin/members";

/** The service, then the members page shows the change. */
function thenRefresh<I, T>(service: (actor: Actor, input: I) => Promise<T>) {
  return async (actor: Actor, input: I) => {
    const result = await service(actor, input);
    revalidatePath(MEMBERS_PAGE);
    return result;
  };
}

export const inviteMember = defineAction({ name: "inviteMember", permission: "members:manage", schema: ZInviteMember, handler: thenRefresh(invite) });

export const resendInvitation = defineAction({ name: "resendInvitation", permission: "members:manage", schema: ZInvitationRef, handler: thenRefresh(resend) });

export const revokeInvitation = defineAction({ name: "revokeInvitation", permission: "members:manage", schema: ZInvitationRef, handler: thenRefresh(revoke) });

export const changeMemberRole = defineAction({
  name: "changeMemberRole",
  permission: "members:manage",
  schema: ZChangeMemberRole,
  handler: thenRefresh(changeRole),
});

export const setMemberDisabled = defineAction({
  name: "setMemberDisabled",
  permission: "members:manage",
  schema: ZSetMemberDisabled,
  handler: thenRefresh(setDisabled),
});

export const setMemberApprover = defineAction({
  name: "setMemberApprover",
  permission: "members:manage",
  schema: ZSetMemberApprover,
  handler: thenRefresh(setApprover),
});

export const removeMember = defineAction({ name: "removeMember", permission: "members:manage", schema: ZMemberRef, handler: thenRefresh(remove) });

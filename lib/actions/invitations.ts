"use server";

import { getSignedInUser } from "@/lib/auth/actor";
import { setCurrentOrganization } from "@/lib/auth/org-cookie";
import { definePublicAction } from "@/lib/actions/define-public-action";
import { unauthenticated } from "@/lib/errors";
import { acceptInvitationAsNewUser as acceptAsNewUser, joinInvitedOrganization as join } from "@/lib/services/invitations";
import { ZAcceptInvitationAsNewUser, ZJoinInvitedOrganization } from "@/lib/validation/members";

// Accepting an invitation (/invite/<token>). Public actions: the person may have no account yet, or
// an account without any membership (requireActor would refuse them); the token proves the right to
// join, and joining as an existing account checks the session itself.

/** Signed out, no account with the invited email: creates it; the page then signs in with the chosen password. */
export const acceptInvitationAsNewUser = definePublicAction({
  name: "acceptInvitationAsNewUser",
  schema: ZAcceptInvitationAsNewUser,
  handler: async (input, { ip }) => {
    const accepted = await acceptAsNewUser(input, { ip });
    await setCurrentOrganization(accepted.organizationId);
    return accepted;
  },
});

/** Signed in as the invited email (with or without other organisations): adds the membership. */
export const joinInvitedOrganization = definePublicAction({
  name: "joinInvitedOrganization",
  schema: ZJoinInvitedOrganization,
  handler: async (input, { ip }) => {
    const user = await getSignedInUser();
    if (!user) throw unauthenticated();
    const joined = await join(user, input.token, { ip });
    await setCurrentOrganization(joined.organizationId);
    return joined;
  },
});

"use server";

import { setTimeout as sleep } from "node:timers/promises";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { definePublicAction } from "@/lib/actions/define-public-action";
import { renewSessionCookie } from "@/lib/auth/renew-session";
import {
  changePassword as changePasswordService,
  requestPasswordReset as requestPasswordResetService,
  resetPassword as resetPasswordService,
  RESET_LINK_LIFETIME_TEXT,
} from "@/lib/services/passwords";
import { ZChangePassword, ZForgotPassword, ZResetPassword } from "@/lib/validation/password";

/** Every answer to a reset request takes at least this long, whatever happened, so its timing does not tell whether the account exists. */
const RESET_REQUEST_MIN_MS = 400;

export const changePassword = defineAction({
  name: "changePassword",
  permission: "account:update",
  schema: ZChangePassword,
  handler: async (actor, input) => {
    const { sessionVersion } = await changePasswordService(actor, input);
    // Every other session has ended; this browser carries on with the new session version.
    await renewSessionCookie(actor.userId, sessionVersion);
    revalidatePath("/account");
    return { changed: true };
  },
});

export const requestPasswordReset = definePublicAction({
  name: "requestPasswordReset",
  schema: ZForgotPassword,
  handler: async (input, { ip }) => {
    await Promise.all([requestPasswordResetService(input, { ip }), sleep(RESET_REQUEST_MIN_MS)]);
    return {
      message: `If an account with a password exists for ${input.email}, we have sent it a link to choose a new password. The link works once, for ${RESET_LINK_LIFETIME_TEXT}.`,
    };
  },
});

export const resetPassword = definePublicAction({
  name: "resetPassword",
  schema: ZResetPassword,
  handler: (input) => resetPasswordService(input),
});

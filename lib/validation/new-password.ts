import "./zod-config";
import { z } from "zod";

// The rule for a password someone chooses (an invitation accepted as a new account; password change and reset use it too).
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** A password someone chooses. The upper bound matches sign-in's (lib/auth/authenticate.ts); never trimmed. */
export const ZNewPassword = z
  .string({ error: "Choose a password" })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `A password can be at most ${PASSWORD_MAX} characters`);

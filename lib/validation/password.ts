import "./zod-config";
import { z } from "zod";
import { TOKEN_PATTERN } from "@/lib/auth/tokens";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-rules";

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_RULE_HINT } from "./password-rules";

/** A password being chosen. Not trimmed: every character counts. */
export const ZNewPassword = z
  .string({ error: "Enter a new password" })
  .min(1, "Enter a new password")
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`)
  .refine((value) => value.trim().length > 0, "A password cannot be only spaces")
  .refine((value) => value.isWellFormed() && !value.includes("\u0000"), "The password contains characters that cannot be used");

/** A password being checked: anything up to the maximum length. */
export const ZPasswordAttempt = z
  .string({ error: "Enter your current password" })
  .min(1, "Enter your current password")
  .max(PASSWORD_MAX_LENGTH, "Incorrect password");

export const ZEmailAddress = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address")
  .max(320, "An email address has at most 320 characters")
  .pipe(z.email("Enter a valid email address, like name@company.com"));

// Unbounded on its own: only its match with the new password is checked, so a new password that is
// wrong in itself (too short, too long) gets one message, on its own field.
const confirmation = z.string({ error: "Repeat the new password" });

function matching<T extends { newPassword: string; confirmPassword: string }>(value: T, ctx: z.core.$RefinementCtx<T>) {
  if (value.newPassword === value.confirmPassword) return;
  const message = value.confirmPassword === "" ? "Repeat the new password" : "The passwords do not match";
  ctx.addIssue({ code: "custom", path: ["confirmPassword"], message });
}

export const ZChangePassword = z.object({ currentPassword: ZPasswordAttempt, newPassword: ZNewPassword, confirmPassword: confirmation }).superRefine(matching);
export type TChangePassword = z.infer<typeof ZChangePassword>;

export const ZForgotPassword = z.object({ email: ZEmailAddress });
export type TForgotPassword = z.infer<typeof ZForgotPassword>;

export const ZResetToken = z.string({ error: "This link is not valid" }).regex(TOKEN_PATTERN, "This link is not valid");

export const ZResetPassword = z.object({ token: ZResetToken, newPassword: ZNewPassword, confirmPassword: confirmation }).superRefine(matching);
export type TResetPassword = z.infer<typeof ZResetPassword>;

import { z } from "zod";
import { ROLES } from "@/lib/domain/enums";
import { TOKEN_PATTERN } from "@/lib/auth/tokens";
import { oneOf, requiredText, ZId } from "./common";
import { PASSWORD_MAX_LENGTH, ZNewPassword } from "./password";

/** Trimmed and lower-cased: one person, one address, however it was typed. */
export const ZEmail = z
  .string({ error: "Enter an email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address")
  .max(254, "An email address can be at most 254 characters")
  .pipe(z.email("Enter a valid email address, e.g. name@company.com"));

export const ZRole = oneOf(ROLES, "role");

export const ZInviteMember = z.object({ email: ZEmail, role: ZRole });
export type TInviteMember = z.infer<typeof ZInviteMember>;

export const ZInvitationRef = z.object({ invitationId: ZId });
export type TInvitationRef = z.infer<typeof ZInvitationRef>;

export const ZChangeMemberRole = z.object({ membershipId: ZId, role: ZRole });
export type TChangeMemberRole = z.infer<typeof ZChangeMemberRole>;

export const ZSetMemberDisabled = z.object({
  membershipId: ZId,
  disabled: z.enum(["true", "false"], { error: "Choose disable or re-enable" }).transform((v) => v === "true"),
});
export type TSetMemberDisabled = z.infer<typeof ZSetMemberDisabled>;

export const ZSetMemberApprover = z.object({
  membershipId: ZId,
  approver: z.enum(["true", "false"], { error: "Choose approver or not" }).transform((v) => v === "true"),
});
export type TSetMemberApprover = z.infer<typeof ZSetMemberApprover>;

export const ZMemberRef = z.object({ membershipId: ZId });
export type TMemberRef = z.infer<typeof ZMemberRef>;

/** A link's token: anything but the 43-character form is refused before a lookup. */
export const ZInvitationToken = z.string({ error: "This invitation link is not valid" }).regex(TOKEN_PATTERN, "This invitation link is not valid");

export const ZAcceptInvitationAsNewUser = z
  .object({
    token: ZInvitationToken,
    name: requiredText("Name", 200),
    password: ZNewPassword,
    confirmPassword: z.string({ error: "Repeat the password" }).max(PASSWORD_MAX_LENGTH, "The passwords do not match"),
  })
  .superRefine((value, ctx) => {
    if (value.password !== value.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The passwords do not match" });
  });
export type TAcceptInvitationAsNewUser = z.infer<typeof ZAcceptInvitationAsNewUser>;

export const ZJoinInvitedOrganization = z.object({ token: ZInvitationToken });
export type TJoinInvitedOrganization = z.infer<typeof ZJoinInvitedOrganization>;

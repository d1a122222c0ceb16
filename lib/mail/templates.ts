import { appBaseUrl } from "@/lib/mail/config";
import { ROLE_LABEL } from "@/lib/format/role-labels";
import type { Role } from "@/lib/domain/enums";

// The text of every message the app sends. Plain text: it reads the same in every client and in
// the outbox. Links are absolute (NEXTAUTH_URL).

export interface EmailContent {
  subject: string;
  text: string;
}

export function invitationLink(token: string): string {
  return `${appBaseUrl()}/invite/${token}`;
}

export function passwordResetLink(token: string): string {
  return `${appBaseUrl()}/reset-password/${token}`;
}

export function invitationEmail(input: { organizationName: string; inviterName: string; role: Role; token: string; expiresAt: Date }): EmailContent {
  return {
    subject: `${input.inviterName} invited you to ${input.organizationName} on Dealplaybook`,
    text: [
      `${input.inviterName} invited you to join ${input.organizationName} on Dealplaybook as ${ROLE_LABEL[input.role]}.`,
      "",
      "Open this link to accept (it works once):",
      invitationLink(input.token),
      "",
      `The link expires on ${input.expiresAt.toUTCString()}.`,
      "If you did not expect this invitation, you can ignore this message.",
    ].join("\n"),
  };
}

export function passwordResetEmail(input: { name: string; token: string; expiresAt: Date }): EmailContent {
  return {
    subject: "Reset your Dealplaybook password",
    text: [
      `Hello ${input.name},`,
      "",
      "Someone asked to reset the password of your Dealplaybook account. To choose a new password, open this link (it works once):",
      passwordResetLink(input.token),
      "",
      `The link expires on ${input.expiresAt.toUTCString()}.`,
      "If you did not ask for this, ignore this message: your password stays as it is.",
    ].join("\n"),
  };
}

export function passwordChangedEmail(input: { name: string }): EmailContent {
  return {
    subject: "Your Dealplaybook password was changed",
    text: [
      `Hello ${input.name},`,
      "",
      "The password of your Dealplaybook account was just changed, and every other session was signed out.",
      "If this was not you, use “Forgot password” on the sign-in page and tell your organisation's admin.",
    ].join("\n"),
  };
}

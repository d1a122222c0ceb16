import type { NotificationKind } from "@/lib/domain/enums";
import { appBaseUrl } from "@/lib/mail/config";
import type { EmailContent } from "@/lib/mail/templates";
import { NOTIFICATION_KIND_LABEL } from "./kinds";

// The email of one notification sent at once. The daily digest (lib/notifications/digest.ts) lists many.

export function notificationEmail(input: { name: string; kind: NotificationKind; title: string; body: string; link: string }): EmailContent {
  return {
    subject: input.title,
    text: [
      `Hello ${input.name},`,
      "",
      input.title,
      ...(input.body ? ["", input.body] : []),
      "",
      `Open it: ${appBaseUrl()}${input.link}`,
      "",
      `You get this email for "${NOTIFICATION_KIND_LABEL[input.kind]}". Choose how you are told at ${appBaseUrl()}/account/notifications.`,
    ].join("\n"),
  };
}

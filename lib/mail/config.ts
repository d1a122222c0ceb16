// Where email goes. With SMTP_URL (smtp:// or smtps://, credentials in the URL) messages are sent
// through that server; without it (the embedded default) nothing leaves the machine: messages are
// stored and admins read them at /admin/outbox.

export type MailMode = "smtp" | "outbox";

export function mailMode(): MailMode {
  return process.env.SMTP_URL ? "smtp" : "outbox";
}

export function smtpUrl(): string | undefined {
  return process.env.SMTP_URL || undefined;
}

/** The sender of every message: MAIL_FROM, or a no-reply address of the app. */
export function mailFrom(): string {
  return process.env.MAIL_FROM || "Dealplaybook <no-reply@dealplaybook.invalid>";
}

/** The app's public address for links in messages (NEXTAUTH_URL, as for sign-in). */
export function appBaseUrl(): string {
  return (process.env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/+$/, "");
}

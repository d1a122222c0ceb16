import type { Metadata } from "next";
import { ResetPasswordView } from "@/components/auth/reset-password-form";
import { inspectResetLink, RESET_LINK_LIFETIME_TEXT } from "@/lib/services/passwords";

export const metadata: Metadata = { title: "Reset your password", referrer: "no-referrer" };

/** Opened from the reset email; works signed in or out (the reset ends every session anyway). */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await inspectResetLink(token);
  return <ResetPasswordView token={token} link={link} lifetime={RESET_LINK_LIFETIME_TEXT} />;
}

import type { Metadata } from "next";
import { AuthPanel } from "@/components/auth/auth-panel";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { RESET_LINK_LIFETIME_TEXT } from "@/lib/services/passwords";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <AuthPanel
      title="Forgot your password?"
      description={`Enter the email you sign in with. We will send you a link to choose a new password; it works once, for ${RESET_LINK_LIFETIME_TEXT}.`}
    >
      <ForgotPasswordForm />
    </AuthPanel>
  );
}

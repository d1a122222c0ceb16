import type { Tone } from "./tone";

// Labels of the members page (/admin/members).

export type InvitationStatusLabelKey = "open" | "expired" | "accepted" | "revoked";

export const INVITATION_STATUS_LABEL: Record<InvitationStatusLabelKey, string> = {
  open: "Open",
  expired: "Expired",
  accepted: "Accepted",
  revoked: "Revoked",
};

export const INVITATION_STATUS_TONE: Record<InvitationStatusLabelKey, Tone> = {
  open: "info",
  expired: "warn",
  accepted: "good",
  revoked: "muted",
};

/** Membership.joinedVia. */
export const JOINED_VIA_LABEL: Record<string, string> = {
  seed: "set up with the app",
  invitation: "by invitation",
  sso: "through single sign-on",
  created: "created the organisation",
};

/** "Password", "SSO (Example SSO)", "Password and SSO (Example SSO)"; "No sign-in method" for neither. */
export function signInMethodsLabel(methods: { password: boolean; sso: string[] }): string {
  const sso = methods.sso.length ? `SSO (${methods.sso.join(", ")})` : null;
  if (methods.password && sso) return `Password and ${sso}`;
  if (methods.password) return "Password";
  return sso ?? "No sign-in method";
}

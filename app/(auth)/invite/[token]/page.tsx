import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { JoinButton, SignOutAndReturn, SsoButton } from "@/components/invitations/invitation-buttons";
import { InvitationShell } from "@/components/invitations/invitation-shell";
import { ButtonLink } from "@/components/ui/button";
import { getSignedInUser } from "@/lib/auth/actor";
import { ROLE_LABEL } from "@/lib/format/role-labels";
import { describeInvitation } from "@/lib/services/invitations";

export const metadata: Metadata = { title: "Invitation" };

function Or() {
  return (
    <div className="flex items-center gap-3 text-xs uppercase tracking-wide text-slate-600" aria-hidden="true">
      <span className="h-px flex-1 bg-slate-200" /> or <span className="h-px flex-1 bg-slate-200" />
    </div>
  );
}

/**
 * An invitation link (signed-out reachable, see proxy.ts). A link that cannot be used says only that;
 * a valid one offers what fits who is here: a new account, "sign in to accept", or "join".
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await describeInvitation(token);
  if (invitation.state === "invalid") {
    const admin = invitation.organizationName ? `${invitation.organizationName}'s admin` : "the organisation's admin";
    return (
      <InvitationShell title="This invitation link is no longer valid">
        <p className="text-sm text-slate-700" data-testid="invitation-invalid">
          It may have been used already, replaced by a newer link, revoked, or it has expired. Ask {admin} to send a new one.
        </p>
        <ButtonLink href="/login" variant="secondary">
          Go to sign-in
        </ButtonLink>
      </InvitationShell>
    );
  }

  const role = ROLE_LABEL[invitation.role];
  const user = await getSignedInUser();
  const intro = (
    <p className="text-sm text-slate-700">
      You are invited to join <span className="font-semibold">{invitation.organizationName}</span> as <span className="font-semibold">{role}</span>.
    </p>
  );
  const sso = invitation.sso && <SsoButton providerId={invitation.sso.id} providerName={invitation.sso.name} token={token} />;

  if (user && user.email === invitation.email) {
    return (
      <InvitationShell title={`Join ${invitation.organizationName}`}>
        {intro}
        <p className="text-sm text-slate-600">You are signed in as {user.email}.</p>
        <JoinButton token={token} label={`Join ${invitation.organizationName} as ${role}`} />
      </InvitationShell>
    );
  }
  if (user) {
    return (
      <InvitationShell title="This invitation is for someone else">
        <p className="text-sm text-slate-700">
          You are signed in as <span className="font-semibold">{user.email}</span>, but this invitation to {invitation.organizationName} was sent to another
          email address. Sign out, then open the link again and sign in with the invited address.
        </p>
        <SignOutAndReturn token={token} />
      </InvitationShell>
    );
  }
  if (invitation.accountExists) {
    return (
      <InvitationShell title="Sign in to accept">
        {intro}
        <p className="text-sm text-slate-600">There is already an account for {invitation.email}. Sign in with it and come back here to join.</p>
        <ButtonLink href={`/login?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`} className="w-full">
          Sign in to accept
        </ButtonLink>
        {sso && (
          <>
            <Or />
            {sso}
          </>
        )}
      </InvitationShell>
    );
  }
  return (
    <InvitationShell title={`Join ${invitation.organizationName}`}>
      {intro}
      {sso && (
        <>
          {sso}
          <Or />
          <p className="text-sm text-slate-600">Or create a password for Dealplaybook:</p>
        </>
      )}
      <AcceptInvitationForm token={token} email={invitation.email} />
      <p className="text-xs text-slate-600">
        Already have an account with another email?{" "}
        <Link href="/login" className="font-medium text-brand-700 hover:underline">
          Sign in
        </Link>{" "}
        and ask the admin to invite that address instead.
      </p>
    </InvitationShell>
  );
}

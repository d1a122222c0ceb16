import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { ROLE_LABEL } from "@/lib/format/role-labels";
import { hasPassword } from "@/lib/services/passwords";

export const metadata: Metadata = { title: "Your account" };

/** Who you are signed in as, and your role in each organisation. */
export default async function AccountPage() {
  const actor = await requireActor();
  const withPassword = await hasPassword(actor);
  return (
    <>
      <PageHeader
        title="Your account"
        description="Your role decides what you can change in each organisation."
        actions={
          <ButtonLink href="/docs/api" variant="secondary">
            API reference
          </ButtonLink>
        }
      />
      <Card className="max-w-2xl">
        <CardHeader
          title={actor.name}
          description={actor.email}
          actions={
            <ButtonLink href="/organizations/new" variant="secondary">
              Create an organisation
            </ButtonLink>
          }
        />
        <ul className="divide-y divide-slate-100" aria-label="Your organisations">
          {actor.memberships.map((m) => (
            <li key={m.organizationId} className="flex items-center justify-between px-5 py-3 text-sm">
              <span className="font-medium text-slate-900">
                {m.organizationName}
                {m.organizationId === actor.organizationId && <span className="ml-2 text-xs font-normal text-slate-600">(current)</span>}
              </span>
              <span className="text-slate-600">{ROLE_LABEL[m.role]}</span>
            </li>
          ))}
        </ul>
      </Card>
      <Card className="mt-6 max-w-2xl">
        <CardHeader
          title="Notifications"
          description="Everything arrives in your inbox; choose which kinds also reach you by email, at once or in a daily digest."
          actions={
            <ButtonLink href="/account/notifications" variant="secondary">
              Notification settings
            </ButtonLink>
          }
        />
      </Card>
      <Card className="mt-6 max-w-2xl">
        <CardHeader
          title="API tokens"
          description="Let a script or another system call the Dealplaybook API as you, with your role."
          actions={
            <ButtonLink href="/account/tokens" variant="secondary">
              API tokens
            </ButtonLink>
          }
        />
      </Card>
      <Card className="mt-6 max-w-2xl">
        {withPassword ? (
          <>
            <CardHeader title="Password" description="Changing it signs you out everywhere else; this browser stays signed in." />
            <ChangePasswordForm email={actor.email} />
          </>
        ) : (
          <CardHeader
            title="Password"
            description="You sign in through your organisation's single sign-on, so your account has no password here. Your identity provider manages it."
          />
        )}
      </Card>
    </>
  );
}

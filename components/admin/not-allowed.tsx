import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Actor } from "@/lib/auth/load-actor";
import { rolesFor, type Permission } from "@/lib/auth/permissions";
import { ROLE_LABEL } from "@/lib/format/role-labels";

/** What an administration page shows a role that may not use it: who can, and the way back. */
export function NotAllowed({ actor, title, permission, what }: { actor: Actor; title: string; permission: Permission; what: string }) {
  const roles = rolesFor(permission).map((role) => `${ROLE_LABEL[role]}s`);
  return (
    <>
      <PageHeader eyebrow="Administration" title={title} />
      <Card className="max-w-xl p-6" data-testid="not-allowed">
        <h2 className="text-base font-semibold text-slate-900">Your role cannot {what}</h2>
        <p className="mt-1 text-sm text-slate-600">
          You are signed in as {ROLE_LABEL[actor.role]} in {actor.organizationName}. Only {roles.join(" and ")} can {what}.
        </p>
        <ButtonLink href="/" variant="secondary" className="mt-5">
          Back to home
        </ButtonLink>
      </Card>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { NotAllowed } from "@/components/admin/not-allowed";
import { InvitationTable } from "@/components/admin/members/invitation-table";
import { InviteForm } from "@/components/admin/members/invite-form";
import { MemberTable } from "@/components/admin/members/member-table";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { plural } from "@/lib/format/plural";
import { listMembers } from "@/lib/services/members";

export const metadata: Metadata = { title: "Members" };

/** The organisation's members and invitations, for its admins. */
export default async function MembersPage() {
  const actor = await requireActor();
  if (!can(actor.role, "members:manage")) return <NotAllowed actor={actor} title="Members" permission="members:manage" what="manage members" />;
  const { members, invitations } = await listMembers(actor);
  const now = new Date();
  const open = invitations.filter((i) => i.status === "open").length;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/admin" className="hover:underline">
            Administration
          </Link>
        }
        title="Members"
        description={`Who belongs to ${actor.organizationName}, with which role. A change applies on the member's next request; the organisation always keeps at least one active admin.`}
      />
      <div className="space-y-6">
        <Card>
          <CardHeader title="Invite someone" description="They get a link by email that works once and expires after 7 days. Admins may invite admins." />
          <InviteForm />
        </Card>
        <Card>
          <CardHeader
            title="Members"
            description={`${plural(members.length, "member")}. A member flagged as approver may give the second approval of a deal, for example a legal reviewer (Settings › Approval policy).`}
          />
          <MemberTable members={members} now={now} />
        </Card>
        <Card>
          <CardHeader title="Invitations" description={invitations.length ? `${plural(open, "open invitation")}` : "No invitations yet."} />
          {invitations.length > 0 && <InvitationTable invitations={invitations} now={now} />}
        </Card>
      </div>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { NotAllowed } from "@/components/admin/not-allowed";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";
import { TokenTable } from "@/components/api-tokens/token-table";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { plural } from "@/lib/format/plural";
import { listOrganizationTokens } from "@/lib/services/api-tokens";

export const metadata: Metadata = { title: "API tokens" };

/** The organisation's service tokens and every member's personal tokens, for its admins. */
export default async function AdminTokensPage() {
  const actor = await requireActor();
  if (!can(actor.role, "api-token:service")) return <NotAllowed actor={actor} title="API tokens" permission="api-token:service" what="manage API tokens" />;
  const tokens = await listOrganizationTokens(actor);
  const now = new Date();
  const service = tokens.filter((t) => t.kind === "SERVICE");
  const personal = tokens.filter((t) => t.kind === "PERSONAL");
  const liveCount = (list: typeof tokens) => list.filter((t) => t.status === "active").length;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/admin" className="hover:underline">
            Administration
          </Link>
        }
        title="API tokens"
        description={
          <>
            Tokens let other systems (CLM, procurement, BI) call the API in {actor.organizationName}. A token acts with its owner’s current role — a service
            token with the role of the admin who made it — and a read token only reads. See the{" "}
            <Link href="/docs/api" className="font-medium text-brand-700 underline">
              API reference
            </Link>
            .
          </>
        }
      />
      <div className="space-y-6">
        <Card>
          <CardHeader
            title="Create a service token"
            description="For an integration of the organisation rather than of one person. It is yours: if you stop being an admin or leave, it stops working."
          />
          <CreateTokenForm kind="service" organizationId={actor.organizationId} />
        </Card>
        <Card>
          <CardHeader
            title="Service tokens"
            description={service.length ? `${plural(liveCount(service), "live service token")}.` : "The organisation has no service tokens yet."}
          />
          {service.length > 0 && <TokenTable tokens={service} now={now} label="Service tokens" showOwner />}
        </Card>
        <Card>
          <CardHeader
            title="Personal tokens"
            description={
              personal.length
                ? `${plural(liveCount(personal), "live personal token")} of the organisation's members. Revoke any that should no longer work.`
                : "No member has made a personal token in this organisation yet."
            }
          />
          {personal.length > 0 && <TokenTable tokens={personal} now={now} label="Personal tokens of members" showOwner />}
        </Card>
      </div>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";
import { TokenTable } from "@/components/api-tokens/token-table";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { LIVE_PERSONAL_TOKEN_CAP } from "@/lib/domain/api-tokens";
import { ROLE_LABEL } from "@/lib/format/role-labels";
import { listOwnTokens } from "@/lib/services/api-tokens";

export const metadata: Metadata = { title: "API tokens" };

/** The signed-in person's personal API tokens in the current organisation: create, see their use, revoke. */
export default async function AccountTokensPage() {
  const actor = await requireActor();
  const tokens = await listOwnTokens(actor);
  const now = new Date();
  const live = tokens.filter((t) => t.status === "active").length;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/account" className="hover:underline">
            Your account
          </Link>
        }
        title="API tokens"
        description={
          <>
            A token lets a script or another system call the Dealplaybook API as you, in {actor.organizationName}. It acts with your current role (
            {ROLE_LABEL[actor.role]}), never more; a read token only reads. See the{" "}
            <Link href="/docs/api" className="font-medium text-brand-700 underline">
              API reference
            </Link>
            .
          </>
        }
      />
      <div className="space-y-6">
        <Card>
          <CardHeader title="Create a token" description="The token is shown once, right here. It expires on the date you choose, at most a year from now." />
          <CreateTokenForm kind="personal" organizationId={actor.organizationId} />
        </Card>
        <Card>
          <CardHeader
            title="Your tokens"
            description={
              tokens.length
                ? `${live} of at most ${LIVE_PERSONAL_TOKEN_CAP} live. Revoke a token you no longer use; an admin can revoke it too. If you lose your role or leave, your tokens stop working.`
                : "You have no tokens in this organisation yet."
            }
          />
          {tokens.length > 0 && <TokenTable tokens={tokens} now={now} label="Your tokens" />}
        </Card>
      </div>
    </>
  );
}

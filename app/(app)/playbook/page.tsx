import type { Metadata } from "next";
import { PlaybookBody } from "@/components/playbook/playbook-view";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getPlaybook } from "@/lib/services/playbook";

export const metadata: Metadata = { title: "Playbook" };

export default async function PlaybookPage() {
  const actor = await requireActor();
  const playbook = await getPlaybook(actor);
  const clauseCount = playbook.layers.reduce((n, l) => n + l.clauses.length, 0);
  return (
    <>
      <PageHeader
        eyebrow={`Version ${playbook.version}`}
        title={playbook.name}
        description={`${clauseCount} clauses across ${playbook.layers.length} sections, each with the position to hold, the compromise to accept and the line not to cross.`}
        actions={
          <div className="flex flex-wrap gap-2">
            <ButtonLink href="/playbook/versions" variant="secondary">
              Versions
            </ButtonLink>
            {can(actor.role, "playbook:edit") && (
              <ButtonLink href="/playbook/edit" variant="secondary">
                Edit playbook
              </ButtonLink>
            )}
          </div>
        }
      />
      <PlaybookBody playbook={playbook} />
    </>
  );
}

import type { Metadata } from "next";
import { VersionsTable } from "@/components/playbook/versions-table";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { listPlaybookVersions } from "@/lib/services/playbook-versions";

export const metadata: Metadata = { title: "Playbook versions" };

export default async function PlaybookVersionsPage() {
  const actor = await requireActor();
  const versions = await listPlaybookVersions(actor);
  return (
    <>
      <PageHeader
        eyebrow="Playbook"
        title="Versions"
        description="Every published version stays readable. A deal keeps the version it started on until its owner upgrades it; new deals start on the current one."
        actions={
          can(actor.role, "playbook:edit") ? (
            <ButtonLink href="/playbook/edit/import" variant="secondary">
              Import a playbook
            </ButtonLink>
          ) : undefined
        }
      />
      <Card>
        <VersionsTable versions={versions} />
      </Card>
    </>
  );
}

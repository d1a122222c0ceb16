import type { Metadata } from "next";
import { NotAllowed } from "@/components/admin/not-allowed";
import { diffSummary, PlaybookDiffView } from "@/components/playbook/diff-view";
import { PublishForm } from "@/components/playbook/publish-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getPublishPreview } from "@/lib/services/playbook-versions";

export const metadata: Metadata = { title: "Publish the playbook draft" };

export default async function PublishPlaybookPage() {
  const actor = await requireActor();
  if (!can(actor.role, "playbook:edit")) {
    return <NotAllowed actor={actor} title="Publish the playbook" permission="playbook:edit" what="publish the playbook" />;
  }
  const preview = await getPublishPreview(actor);
  if (!preview) {
    return (
      <>
        <PageHeader eyebrow="Playbook" title="Publish the draft" />
        <EmptyState
          title="There is no draft to publish"
          description="Edit the playbook or import a playbook file: either starts a draft, which you review here before publishing it as the next version."
          action={
            <div className="flex flex-wrap justify-center gap-2">
              <ButtonLink href="/playbook/edit">Edit the playbook</ButtonLink>
              <ButtonLink href="/playbook/edit/import" variant="secondary">
                Import a file
              </ButtonLink>
            </div>
          }
        />
      </>
    );
  }
  const nextVersion = preview.currentVersion + 1;
  return (
    <>
      <PageHeader
        eyebrow="Playbook"
        title="Publish the draft"
        description={`What the draft changes against version ${preview.currentVersion}, the current one. Publishing makes it version ${nextVersion}: new deals start on it; deals in progress stay on their version until their owner upgrades.`}
        actions={
          <>
            <ButtonLink href="/playbook/edit" variant="secondary">
              Back to the draft
            </ButtonLink>
            <ButtonLink href="/playbook/edit/export" variant="secondary" download>
              Download the draft
            </ButtonLink>
          </>
        }
      />
      <p className="mb-4 text-sm text-slate-700" data-testid="diff-summary">
        {diffSummary(preview.diff)}
      </p>
      <div className="space-y-6">
        <PlaybookDiffView diff={preview.diff} />
        <Card aria-labelledby="publish-title">
          <CardHeader title={<span id="publish-title">Publish</span>} />
          <div className="p-5">
            {preview.outdated ? (
              <FormMessage tone="warning">
                The draft was started from version {preview.basedOnVersion}, but version {preview.currentVersion} has been published since: publishing it would
                undo that version&apos;s changes unseen. Download the draft and import it again: the import starts it from version {preview.currentVersion}, and
                this page then shows every difference, theirs included.
              </FormMessage>
            ) : preview.diff.identical ? (
              <FormMessage tone="warning">The draft is the same as version {preview.currentVersion}: there is nothing to publish yet.</FormMessage>
            ) : (
              <PublishForm organizationId={actor.organizationId} draftVersion={preview.draftVersion} nextVersion={nextVersion} />
            )}
          </div>
        </Card>
      </div>
    </>
  );
}

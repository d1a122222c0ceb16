import type { Metadata } from "next";
import { NotAllowed } from "@/components/admin/not-allowed";
import { DraftActionButton } from "@/components/playbook-editor/draft-action-button";
import { DraftOverview, draftCounts } from "@/components/playbook-editor/draft-overview";
import { StartDraftButton } from "@/components/playbook-editor/start-draft-button";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatRelative } from "@/lib/format/dates";
import { getPlaybookEditor } from "@/lib/services/playbook-editor";

export const metadata: Metadata = { title: "Edit the playbook" };

export default async function PlaybookEditPage() {
  const actor = await requireActor();
  if (!can(actor.role, "playbook:edit")) {
    return <NotAllowed actor={actor} title="Edit the playbook" permission="playbook:edit" what="edit the playbook" />;
  }
  const { organizationId, currentVersion, draft } = await getPlaybookEditor(actor);

  if (!draft) {
    return (
      <>
        <PageHeader eyebrow="Playbook" title="Edit the playbook" description={`Version ${currentVersion} is the playbook new deals start on.`} />
        <Card className="max-w-2xl space-y-4 p-6" data-testid="no-draft">
          <h2 className="text-base font-semibold text-slate-900">Work on a draft</h2>
          <p className="text-sm text-slate-600">
            Changes are made in a draft: a copy of version {currentVersion} that only admins see. Deals keep using version {currentVersion} until the draft is
            published as version {currentVersion + 1}, and then only when their owners upgrade them.
          </p>
          <div className="flex flex-wrap items-start gap-3">
            <StartDraftButton organizationId={organizationId} currentVersion={currentVersion} />
            <ButtonLink href="/playbook/edit/import" variant="secondary">
              Import a playbook file
            </ButtonLink>
          </div>
        </Card>
      </>
    );
  }

  const now = new Date();
  const saved = `last saved ${formatRelative(draft.updatedAt, now)}${draft.updatedBy ? ` by ${draft.updatedBy}` : ""}`;
  return (
    <>
      <PageHeader
        eyebrow={`Draft based on version ${draft.basedOnVersion}`}
        title="Edit the playbook"
        description={`${draftCounts(draft.document)}; ${saved}. Deals are not affected until the draft is published and they are upgraded.`}
        actions={
          <div className="flex flex-wrap gap-2">
            <ButtonLink href="/playbook/edit/import" variant="secondary">
              Import
            </ButtonLink>
            <ButtonLink href="/playbook/edit/publish">Review changes and publish</ButtonLink>
          </div>
        }
      />
      {draft.basedOnVersion < currentVersion && (
        <div className="mb-6 max-w-3xl">
          <FormMessage tone="warning">
            Version {currentVersion} was published after this draft started from version {draft.basedOnVersion}. Publishing the draft would replace it: review
            the changes first, or discard the draft and start again from version {currentVersion}.
          </FormMessage>
        </div>
      )}
      <DraftOverview organizationId={organizationId} draftVersion={draft.version} document={draft.document} />
      <Card className="mt-6 flex flex-wrap items-center justify-between gap-3 p-5">
        <div className="min-w-0">
          <h2 className="text-base font-semibold text-slate-900">Discard the draft</h2>
          <p className="text-sm text-slate-600">Throws away every change since version {draft.basedOnVersion}. Published versions stay as they are.</p>
        </div>
        <DraftActionButton
          action="discardDraft"
          input={{ organizationId, draftVersion: draft.version }}
          label="Discard draft"
          tone="danger"
          confirm="Discard every change in this draft?"
          confirmLabel="Discard the draft"
        />
      </Card>
    </>
  );
}

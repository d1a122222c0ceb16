import type { Metadata } from "next";
import { NotAllowed } from "@/components/admin/not-allowed";
import { DraftItemForm } from "@/components/playbook-editor/draft-item-form";
import { NoDraft } from "@/components/playbook-editor/no-draft";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getPlaybookEditor } from "@/lib/services/playbook-editor";
import { KEY_FIELD, STEP_FIELDS } from "@/components/playbook-editor/item-fields";

export const metadata: Metadata = { title: "Add a process step" };

export default async function NewDraftStepPage() {
  const actor = await requireActor();
  if (!can(actor.role, "playbook:edit")) return <NotAllowed actor={actor} title="Add a process step" permission="playbook:edit" what="edit the playbook" />;
  const { organizationId, draft } = await getPlaybookEditor(actor);
  if (!draft) return <NoDraft title="Add a process step" />;
  return (
    <>
      <PageHeader eyebrow="Playbook draft" title="Add a process step" description="It is added as the last step; move it up on the overview." />
      <DraftItemForm
        kind="add step"
        hidden={{ organizationId, draftVersion: draft.version }}
        fields={[STEP_FIELDS[0], KEY_FIELD, ...STEP_FIELDS.slice(1)]}
        values={{}}
        submitLabel="Add the step"
        anchor="step-"
      />
    </>
  );
}
